package org.oversight.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oversight.OversightTest;
import org.oversight.plan.OrganisationRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may reach each route of the sharing feature, the adviser among them, with no form fields
 * (as the permissions matrix asks). Outcomes: ALLOW (a page, a redirect back to the form),
 * DENY (403), SIGN_IN (sent to sign in), NOT_FOUND (404: nothing of theirs to share or withdraw).
 * Columns: anonymous, viewer, NHS lead, council lead, plan manager, administrator (whole
 * instance), plan manager of another council, adviser of the region. The indicator compared is
 * Kingsmead's, shared with no group: out of reach of the NHS trust, Ashcombe and the adviser.
 */
@OversightTest
@Transactional
class SharingPermissionsTest {
    static final List<String> PEOPLE = List.of("anonymous", "viewer", "nhslead", "lead", "manager", "admin", "neighbour",
            "adviser");
    static final String TABLE = """
            GET  /overview            SIGN_IN ALLOW ALLOW ALLOW ALLOW ALLOW ALLOW ALLOW
            GET  /overview.csv        SIGN_IN ALLOW ALLOW ALLOW ALLOW ALLOW ALLOW ALLOW
            GET  /overview.xlsx       SIGN_IN ALLOW ALLOW ALLOW ALLOW ALLOW ALLOW ALLOW
            GET  /sharing             SIGN_IN DENY  DENY  DENY  ALLOW ALLOW ALLOW DENY
            POST /sharing/plans       SIGN_IN DENY  DENY  DENY  ALLOW NOT_FOUND ALLOW DENY
            POST /sharing/indicators  SIGN_IN DENY  DENY  DENY  ALLOW NOT_FOUND ALLOW DENY
            POST /sharing/withdraw    SIGN_IN DENY  DENY  DENY  NOT_FOUND NOT_FOUND NOT_FOUND DENY
            GET  /sharing/neighbours  SIGN_IN DENY  DENY  DENY  ALLOW NOT_FOUND ALLOW DENY
            POST /sharing/neighbours  SIGN_IN DENY  DENY  DENY  ALLOW NOT_FOUND ALLOW DENY
            GET  /sharing/comparators SIGN_IN DENY  DENY  DENY  ALLOW ALLOW ALLOW DENY
            POST /sharing/comparators SIGN_IN DENY  DENY  DENY  ALLOW ALLOW ALLOW DENY
            GET  /indicators/{indicator}/compared SIGN_IN ALLOW NOT_FOUND ALLOW ALLOW ALLOW NOT_FOUND NOT_FOUND
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    SharingGroupRepository groups;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    static Stream<Arguments> cases() {
        return TABLE.lines().map(String::strip).filter(l -> !l.isEmpty()).flatMap(line -> {
            List<String> cells = Arrays.asList(line.split("\\s+"));
            return PEOPLE.stream().map(p -> Arguments.of(cells.get(0), cells.get(1), p, cells.get(2 + PEOPLE.indexOf(p))));
        });
    }

    @ParameterizedTest(name = "{0} {1} as {2}: {3}")
    @MethodSource("cases")
    @DisplayName("should let each person through, or refuse them, as the table says")
    void outcomeIsAsExpected(String method, String path, String person, String expected) throws Exception {
        String filled = path.replace("{indicator}", String.valueOf(jdbc.queryForObject("select min(id) from indicator", Long.class)));
        MockHttpServletResponse response = mvc.perform(request(HttpMethod.valueOf(method), filled).with(as(person))
                .with(csrf())).andReturn().getResponse();
        assertThat(outcome(response)).as("%s %s as %s answered %d", method, path, person, response.getStatus())
                .isEqualTo(expected);
    }

    private RequestPostProcessor as(String person) {
        long kingsmead = organisations.findByName("Kingsmead Borough Council").orElseThrow().getId();
        return switch (person) {
            case "anonymous" -> anonymous();
            case "viewer" -> Sharers.councilPerson(person, "VIEWER", kingsmead);
            case "lead" -> Sharers.councilPerson(person, "ACTION_LEAD", kingsmead);
            case "nhslead" -> Sharers.councilPerson(person, "ACTION_LEAD",
                    organisations.findByName("Kingsmead and District NHS Foundation Trust").orElseThrow().getId());
            case "manager" -> Sharers.councilPerson(person, "PLAN_MANAGER", kingsmead);
            case "admin" -> Sharers.wholeInstance(person, "ADMINISTRATOR");
            case "neighbour" -> Sharers.councilPerson(person, "PLAN_MANAGER",
                    organisations.findByName("Ashcombe Borough Council").orElseThrow().getId());
            case "adviser" -> Sharers.adviserOf(groups.findByName("Vale and Downs region").orElseThrow().getId());
            default -> throw new IllegalArgumentException(person);
        };
    }

    private static String outcome(MockHttpServletResponse response) {
        int status = response.getStatus();
        String location = response.getRedirectedUrl();
        if (status == 403) {
            return "DENY";
        }
        if (status == 404) {
            return "NOT_FOUND";
        }
        if (status >= 300 && status < 400 && location != null && location.matches("(https?://[^/]+)?/sign-in")) {
            return "SIGN_IN";
        }
        return status < 400 ? "ALLOW" : "STATUS_" + status;
    }
}
