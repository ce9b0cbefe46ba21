package org.oversight.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.OversightTest;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every route of the permissions matrix, sent a bounded set of hostile values: in its path
 * variables, in every form field and query parameter its handler reads, as a file where it takes
 * one, and with a wrong content type. Sent by the instance's administrator (who reaches
 * everything, so the values reach the code) and by another council's plan manager (whose writes
 * are refused). Fails on any server error, and on any change to the database from a refused
 * request; prints what it sent and found.
 */
@OversightTest
@Transactional
class HostileInputSweepTest {
    /** The hostile values, each sent in every field of a route (a route gets at most {@link #PER_ROUTE} of them). */
    static final List<String> VALUES = List.of(
            "x".repeat(5_000),
            "' OR '1'='1'; drop table plan_action; --",
            "${7*7}[[${T(java.lang.Runtime).getRuntime()}]]*{7*7}",
            "-1",
            "99999999999999999999",
            "\u0000\uD83D\uDE00\u202E\uFEFF\u0301 e\u0301",
            "<script>alert(1)</script>%00%2e%2e%2f",
            "2026-02-30");
    /** How many of the values each route gets, taken in turn so that every value reaches every kind of route. */
    static final int PER_ROUTE = 4;
    private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z]+)}");
    private static final Set<String> SKIPPED = Set.of("ANY /error", "POST /sign-in", "POST /sign-out",
            "GET /oauth2/authorization/{registrationId}", "GET /login/oauth2/code/{registrationId}");

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired EntityManager entities;
    @Autowired ApplicationContext context;

    private int sent;
    private final List<String> serverErrors = new ArrayList<>();
    private final List<String> changes = new ArrayList<>();

    @Test
    @DisplayName("should answer every hostile value on every route without a server error, and change nothing when it refuses")
    void sweepsEveryRoute() throws Exception {
        DemoIds ids = DemoIds.from(jdbc);
        Map<String, HandlerMethod> handlers = handlers();
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables where table_schema = 'PUBLIC'"
                + " and table_type in ('TABLE', 'BASE TABLE')", String.class).stream()
                .filter(t -> !t.startsWith("SPRING_SESSION") && !t.equalsIgnoreCase("flyway_schema_history")
                        && !t.equalsIgnoreCase("SHEDLOCK")).toList();
        int routes = 0;
        for (PermissionsMatrix.Row row : PermissionsMatrix.load()) {
            if (SKIPPED.contains(row.route())) {
                continue;
            }
            routes++;
            String method = row.method().equals("ANY") ? "GET" : row.method();
            List<String> fields = fieldsOf(handlers.get(row.route()));
            boolean takesFile = takesFile(handlers.get(row.route()));
            for (int i = 0; i < PER_ROUTE; i++) {
                String value = VALUES.get((routes + i * 2) % VALUES.size());
                send(row, method, hostilePath(row.path(), ids, value), fields, takesFile, value, Subject.ADMINISTRATOR, ids, null);
                send(row, method, ids.fill(row.path()), fields, takesFile, value, Subject.ADMINISTRATOR, ids, null);
                if (!method.equals("GET")) {
                    send(row, method, ids.fill(row.path()), fields, takesFile, value,
                            Subject.OTHER_ORGANISATION_MANAGER, ids, tables);
                }
            }
            if (!method.equals("GET")) {
                wrongContentType(row, method, ids);
            }
        }
        System.out.printf("Hostile input sweep: %d requests sent, %d server errors, %d database changes from refused requests%n",
                sent, serverErrors.size(), changes.size());
        serverErrors.forEach(e -> System.out.println("  server error: " + e));
        changes.forEach(c -> System.out.println("  changed by a refused request: " + c));
        assertThat(serverErrors).as("requests answered with a server error").isEmpty();
        assertThat(changes).as("refused requests that changed the database").isEmpty();
    }

    private void send(PermissionsMatrix.Row row, String method, String path, List<String> fields, boolean takesFile,
                      String value, Subject subject, DemoIds ids, List<String> tables) throws Exception {
        AbstractMockHttpServletRequestBuilder<?> request = takesFile && method.equals("POST")
                ? multipart(path).file(new MockMultipartFile("file", "figures.xlsx", "application/octet-stream",
                        value.getBytes(StandardCharsets.UTF_8)))
                : request(HttpMethod.valueOf(method), path);
        for (String field : fields) {
            request.param(field, value);
        }
        request.with(subject.signIn(ids)).with(csrf());
        if (path.startsWith("/api/") && method.equals("POST")) {
            request.contentType(MediaType.APPLICATION_JSON).content("{\"asAt\":\"" + json(value) + "\",\"text\":\"" + json(value)
                    + "\",\"rag\":\"" + json(value) + "\",\"expectedVersion\":" + (value.matches("-?\\d+") ? value : "\"" + json(value) + "\"")
                    + ",\"evidence\":[{\"label\":\"" + json(value) + "\",\"url\":\"" + json(value) + "\"}]}");
        }
        Map<String, Object> before = tables == null ? null : snapshot(tables);
        MockHttpServletResponse response = perform(request, row, subject, value);
        if (tables != null && refused(response)) {
            Map<String, Object> after = snapshot(tables);
            if (!after.equals(before)) {
                changes.add(row.route() + " as " + subject.column + " with " + shorten(value) + ": " + differences(before, after));
            }
        }
    }

    private void wrongContentType(PermissionsMatrix.Row row, String method, DemoIds ids) throws Exception {
        for (MediaType type : List.of(MediaType.APPLICATION_XML, MediaType.TEXT_PLAIN, MediaType.MULTIPART_FORM_DATA)) {
            MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), ids.fill(row.path()))
                    .contentType(type).content("<a>&xxe;</a>\u0000{{".getBytes(StandardCharsets.UTF_8))
                    .with(Subject.ADMINISTRATOR.signIn(ids)).with(csrf());
            perform(request, row, Subject.ADMINISTRATOR, "a body of " + type);
        }
    }

    private MockHttpServletResponse perform(AbstractMockHttpServletRequestBuilder<?> request, PermissionsMatrix.Row row, Subject subject,
                                            String value) throws Exception {
        sent++;
        MockHttpServletResponse response = null;
        try {
            response = mvc.perform(request).andReturn().getResponse();
            if (response.getStatus() >= 500) {
                serverErrors.add(row.route() + " as " + subject.column + " with " + shorten(value) + ": " + response.getStatus());
            }
        } catch (Exception e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            serverErrors.add(row.route() + " as " + subject.column + " with " + shorten(value) + ": " + firstLine(cause));
        }
        try {
            entities.flush(); // what the request's commit would write, refused by the database or not
        } catch (RuntimeException e) {
            serverErrors.add(row.route() + " as " + subject.column + " with " + shorten(value) + ": on commit, " + firstLine(e));
            entities.clear();
        }
        return response;
    }

    private static String firstLine(Throwable e) {
        String text = e.toString();
        return text.length() > 300 ? text.substring(0, 300) : text.split("\n")[0];
    }

    private static boolean refused(MockHttpServletResponse response) {
        if (response == null) {
            return true;
        }
        Outcome outcome = Outcome.of(response);
        return outcome == Outcome.DENY || outcome == Outcome.NOT_FOUND || outcome == Outcome.UNAUTHORIZED
                || outcome == Outcome.REDIRECT_SIGN_IN;
    }

    /** Row counts of every table, and the sum of every version column: what any write would move. */
    private Map<String, Object> snapshot(List<String> tables) {
        entities.flush();
        Map<String, Object> state = new LinkedHashMap<>();
        for (String table : tables) {
            state.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        for (String table : List.of("plan_action", "action_plan", "recommendation", "indicator", "indicator_value",
                "follow_up", "work_programme_item", "meeting", "board", "account")) {
            state.put(table + ".state", jdbc.queryForList("select * from " + table + " order by id").hashCode());
        }
        return state;
    }

    private static String differences(Map<String, Object> before, Map<String, Object> after) {
        List<String> changed = new ArrayList<>();
        after.forEach((k, v) -> {
            if (!v.equals(before.get(k))) {
                changed.add(k + " " + before.get(k) + " -> " + v);
            }
        });
        return String.join(", ", changed);
    }

    /** The path with its first variable set to the hostile value (URL-encoded) and the others to demo ids. */
    private static String hostilePath(String template, DemoIds ids, String value) {
        Matcher matcher = VARIABLE.matcher(template);
        if (!matcher.find()) {
            return ids.fill(template);
        }
        String marked = template.substring(0, matcher.start()) + "HOSTILE" + template.substring(matcher.end());
        String encoded = java.net.URLEncoder.encode(value.length() > 200 ? value.substring(0, 200) : value, StandardCharsets.UTF_8);
        return fillOthers(marked, ids).replace("HOSTILE", encoded);
    }

    private static String fillOthers(String template, DemoIds ids) {
        return VARIABLE.matcher(template).find() ? ids.fill(template) : template;
    }

    private Map<String, HandlerMethod> handlers() {
        Map<String, HandlerMethod> handlers = new LinkedHashMap<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
                for (String path : entry.getKey().getPatternValues()) {
                    var methods = entry.getKey().getMethodsCondition().getMethods();
                    if (methods.isEmpty()) {
                        handlers.put("ANY " + path, entry.getValue());
                    }
                    methods.forEach(m -> handlers.put(m.name() + " " + path, entry.getValue()));
                }
            }
        }
        return handlers;
    }

    /** The names of the request parameters and form fields the handler reads. */
    static List<String> fieldsOf(HandlerMethod handler) {
        Set<String> names = new LinkedHashSet<>();
        if (handler == null) {
            return List.of();
        }
        for (MethodParameter parameter : handler.getMethodParameters()) {
            Class<?> type = parameter.getParameterType();
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (parameter.hasParameterAnnotation(PathVariable.class) || MultipartFile.class.isAssignableFrom(type)) {
                continue;
            }
            if (param != null) {
                String name = !param.name().isEmpty() ? param.name() : !param.value().isEmpty() ? param.value()
                        : parameter.getParameterName();
                if (name != null && !Map.class.isAssignableFrom(type)) {
                    names.add(name);
                }
            } else if (type.getName().startsWith("org.oversight.") && !type.isEnum() && !type.isRecord()
                    && !type.getSimpleName().equals("CurrentUser")) {
                for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                    for (Field field : c.getDeclaredFields()) {
                        if (!Modifier.isStatic(field.getModifiers()) && BeanUtils.isSimpleValueType(field.getType())) {
                            names.add(field.getName());
                        }
                    }
                }
            } else if (BeanUtils.isSimpleValueType(type) && parameter.getParameterName() != null) {
                names.add(parameter.getParameterName());
            }
        }
        return List.copyOf(names);
    }

    private static boolean takesFile(HandlerMethod handler) {
        if (handler == null) {
            return false;
        }
        for (MethodParameter parameter : handler.getMethodParameters()) {
            Class<?> type = parameter.getParameterType();
            if (MultipartFile.class.isAssignableFrom(type)) {
                return true;
            }
            for (Field field : type.getDeclaredFields()) {
                if (MultipartFile.class.isAssignableFrom(field.getType())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String json(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            out.append(c == '"' || c == '\\' || c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }

    private static String shorten(String value) {
        String shown = value.length() > 40 ? value.substring(0, 40) + "... (" + value.length() + " characters)" : value;
        return "\"" + shown.replace("\u0000", "\\0") + "\"";
    }
}
