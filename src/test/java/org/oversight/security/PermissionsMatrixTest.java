package org.oversight.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oversight.OversightTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every route the application maps, for every kind of person, against the expectations in
 * {@code src/test/resources/security/permissions.csv}. A route without a row fails the build,
 * and so does a row for a route that no longer exists. Every HTML page answered along the
 * way is also checked for inline script and for the Content Security Policy header.
 */
@OversightTest
@Transactional
class PermissionsMatrixTest {
    /** Routes answered by Spring Security's filters rather than by a controller. */
    static final List<String> SECURITY_ENDPOINTS = List.of("POST /sign-in", "POST /sign-out",
            "GET /oauth2/authorization/{registrationId}", "GET /login/oauth2/code/{registrationId}");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    static Stream<Arguments> requests() {
        return PermissionsMatrix.load().stream()
                .flatMap(row -> Stream.of(Subject.values()).map(subject -> Arguments.of(row, subject)));
    }

    @Test
    @DisplayName("should have a row in permissions.csv for every route the application maps, and no other")
    void everyRouteHasARow() {
        Set<String> mapped = mappedRoutes();
        Set<String> rows = new TreeSet<>();
        PermissionsMatrix.load().forEach(row -> assertThat(rows.add(row.route()))
                .as("a second row for %s in %s", row.route(), PermissionsMatrix.SOURCE).isTrue());
        List<String> problems = new ArrayList<>();
        for (String route : mapped) {
            if (!rows.contains(route)) {
                String[] parts = route.split(" ", 2);
                problems.add(PermissionsMatrix.howToAdd(parts[0], parts[1]));
            }
        }
        for (String row : rows) {
            if (!mapped.contains(row)) {
                problems.add("remove the row for " + row + " from " + PermissionsMatrix.SOURCE
                        + ": the application no longer maps it");
            }
        }
        assertThat(problems).as("The permissions matrix does not match the routes:%n%s",
                String.join(System.lineSeparator(), problems)).isEmpty();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("requests")
    @DisplayName("should let each person through, or refuse them, as the matrix says")
    void outcomeIsAsExpected(PermissionsMatrix.Row row, Subject subject) throws Exception {
        DemoIds ids = DemoIds.from(jdbc);
        MockHttpServletResponse response = mvc.perform(build(row, subject, ids)).andReturn().getResponse();

        assertThat(Outcome.of(response))
                .as("%s as %s answered %d%s", row.route(), subject.column, response.getStatus(),
                        response.getRedirectedUrl() == null ? "" : " to " + response.getRedirectedUrl())
                .isEqualTo(row.expected().get(subject));
        assertThat(response.getHeader("Content-Security-Policy")).as("CSP on %s", row.route())
                .contains("script-src 'self'").doesNotContain("unsafe-inline");
        String type = response.getContentType();
        if (type != null && type.startsWith("text/html") && response.getStatus() == 200) {
            assertNoInlineScript(row, Jsoup.parse(response.getContentAsString()));
        }
    }

    private static void assertNoInlineScript(PermissionsMatrix.Row row, Document page) {
        for (Element script : page.select("script")) {
            assertThat(script.hasAttr("src") && script.data().isBlank())
                    .as("inline script on %s: %s", row.route(), script.outerHtml()).isTrue();
        }
        assertThat(page.select("[^on]")).as("inline event handlers on %s", row.route()).isEmpty();
        assertThat(page.select("a[href^=javascript:]")).as("javascript: links on %s", row.route()).isEmpty();
    }

    private MockHttpServletRequestBuilder build(PermissionsMatrix.Row row, Subject subject, DemoIds ids) {
        String method = row.method().equals("ANY") ? "GET" : row.method();
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), ids.fill(row.path()))
                .with(subject.signIn(ids)).with(csrf());
        if (row.path().startsWith("/api/")) {
            request.accept(MediaType.APPLICATION_JSON);
            if (method.equals("POST")) {
                request.contentType(MediaType.APPLICATION_JSON).content(String.format(
                        "{\"asAt\":\"%s\",\"text\":\"Permissions matrix check\",\"rag\":\"GREEN\",\"expectedVersion\":%d}",
                        LocalDate.now(), ids.actionVersion()));
            }
        }
        return request;
    }

    private Set<String> mappedRoutes() {
        Set<String> routes = new TreeSet<>(SECURITY_ENDPOINTS);
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
                .values()) {
            for (Map.Entry<RequestMappingInfo, ?> entry : mapping.getHandlerMethods().entrySet()) {
                RequestMappingInfo info = entry.getKey();
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String path : info.getPatternValues()) {
                    if (methods.isEmpty()) {
                        routes.add("ANY " + path);
                    }
                    methods.forEach(m -> routes.add(m.name() + " " + path));
                }
            }
        }
        return routes;
    }
}
