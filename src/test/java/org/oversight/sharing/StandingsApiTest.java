package org.oversight.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.OversightTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** {@code PUT /api/shared-standings} as another instance calls it: checked whole before anything is stored. */
@OversightTest
@Transactional
class StandingsApiTest {
    private static final String GOOD = """
            {"councils":[{"name":"Fenwick Council","region":"Northmoor","laCode":"951",
              "plans":[{"key":"7","title":"Improvement plan","inspection":"Ofsted ILACS","inspectionDate":"2025-05-01",
                "standings":[{"asAt":"2026-01-01","red":1,"amber":2,"green":3,"complete":4,"total":10,"completeColour":"BLUE",
                              "overdue":1,"movedTwice":0,"lastRound":null,"trend":"NONE"},
                             {"asAt":"2026-02-01","red":0,"amber":1,"green":3,"complete":6,"total":10,"completeColour":"BLUE",
                              "overdue":0,"movedTwice":1,"lastRound":"2026-01-20","trend":"BETTER"}]}],
              "figures":[{"code":"LAC 1","period":"2025/26 Q2","value":63.5}]}]}
            """;
    @Autowired MockMvc mvc;
    @Autowired ReceivedStandings received;
    @Autowired SharingGroupRepository groups;

    @Test
    @DisplayName("should store a good publication and show each plan's latest standing as at the date, and refuse a bad one whole")
    void storesAGoodPublicationAndRefusesABadOne() throws Exception {
        SharingGroup national = groups.findByName("National").orElseThrow();
        String token = received.issueToken("Northmoor instance", "National", "test");

        mvc.perform(put("/api/shared-standings").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(GOOD)).andExpect(status().isOk());

        assertThat(received.rows(national, LocalDate.of(2026, 1, 15), null)).singleElement().satisfies(row -> {
            assertThat(row.council()).isEqualTo("Fenwick Council");
            assertThat(row.fromInstance()).isEqualTo("Northmoor instance");
            assertThat(row.red()).isEqualTo(1);
            assertThat(row.complete()).isEqualTo(4);
        });
        assertThat(received.rows(national, LocalDate.of(2026, 3, 1), null)).singleElement().satisfies(row -> {
            assertThat(row.red()).isZero();
            assertThat(row.movedTwice()).isEqualTo(1);
            assertThat(row.daysSinceRound()).isEqualTo(40);
            assertThat(row.trend()).isEqualTo(Trend.BETTER);
        });
        assertThat(received.rows(national, LocalDate.of(2025, 12, 31), null)).as("before any standing sent").isEmpty();
        assertThat(received.rows(national, LocalDate.of(2026, 3, 1), "Elsewhere")).as("another region").isEmpty();

        String bad = GOOD.replace("\"red\":0", "\"red\":-3").replace("2025/26 Q2", "next spring");
        String answer = mvc.perform(put("/api/shared-standings").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(bad)).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(answer).contains("councils[0].plans[0].standings[1]", "councils[0].figures[0].period");
        assertThat(received.rows(national, LocalDate.of(2026, 3, 1), null)).as("the earlier publication stands")
                .singleElement().satisfies(row -> assertThat(row.movedTwice()).isEqualTo(1));
    }

    @Test
    @DisplayName("should refuse a revoked token, and a body that is not JSON with a live one")
    void refusesRevokedTokensAndNonsense() throws Exception {
        String token = received.issueToken("Northmoor instance", "National", "test");
        mvc.perform(put("/api/shared-standings").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content("{\"councils\": [")).andExpect(status().isBadRequest());

        received.revoke("Northmoor instance");

        mvc.perform(put("/api/shared-standings").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(GOOD)).andExpect(status().isUnauthorized());
    }
}
