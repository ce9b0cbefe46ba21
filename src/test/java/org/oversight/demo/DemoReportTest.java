package org.oversight.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.OversightTest;
import org.oversight.committee.CommitteeReport;
import org.oversight.committee.CommitteeReports;
import org.oversight.committee.ReportStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The demo holds a scrutiny meeting whose public agenda pack carries the report on the improvement plan. */
@OversightTest
@org.springframework.transaction.annotation.Transactional
class DemoReportTest {
    @Autowired MockMvc mvc;
    @Autowired CommitteeReports reports;

    @Test
    @DisplayName("should publish the improvement plan report, cleared by all four officers, in its meeting's agenda pack")
    void demoMeetingHasThePlanReport() throws Exception {
        List<CommitteeReport> published = reports.findByStatusOrderById(ReportStatus.PUBLISHED).stream()
                .filter(r -> r.getTitle().equals("Improvement plan: progress report")).toList();
        assertThat(published).singleElement().satisfies(r -> {
            assertThat(r.getMeeting().getBoard().getName()).isEqualTo(DemoBoards.SCRUTINY);
            assertThat(r.getClearances()).hasSize(4);
        });
        String agenda = mvc.perform(get("/meetings/{id}/agenda", published.get(0).getMeeting().getId()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(agenda).contains("1. Improvement plan: progress report", "That the committee notes the progress made",
                "Consultation", "The Children in Care Council and the young people");
    }
}
