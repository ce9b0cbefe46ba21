package org.oversight.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.OversightTest;
import org.oversight.account.OrganisationAuthority;
import org.oversight.audit.AuditTrail;
import org.oversight.governance.Board;
import org.oversight.governance.BoardKind;
import org.oversight.governance.Boards;
import org.oversight.governance.Meeting;
import org.oversight.governance.Meetings;
import org.oversight.governance.MemberRole;
import org.oversight.plan.Organisation;
import org.oversight.plan.OrganisationKind;
import org.oversight.plan.OrganisationRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing, clearing and publishing a committee report through its pages: every step audited,
 * publication only once all four officers have cleared, a late change asks them again, a
 * returned report carries the comment, and another council reaches none of it.
 */
@OversightTest
@Transactional
class CommitteeReportPagesTest {
    private static final String[] OFFICERS = {"legal", "finance", "equalities", "director"};

    @Autowired MockMvc mvc;
    @Autowired Boards boards;
    @Autowired Meetings meetings;
    @Autowired CommitteeReports reports;
    @Autowired OrganisationRepository organisations;
    @Autowired AuditTrail audit;
    @Autowired org.oversight.account.Accounts accounts;

    private long councilA;
    private Meeting meeting;

    @BeforeEach
    void aPanelOfCouncilA() {
        councilA = organisations.save(new Organisation("Council A", OrganisationKind.COUNCIL)).getId();
        ClearingAccounts.of(accounts, councilA);
        Board panel = new Board("Corporate Parenting Panel", BoardKind.CORPORATE_PARENTING_PANEL).belongTo(councilA);
        panel.addMember("Cllr Ann Brown", MemberRole.CHAIR, "chair");
        panel.addMember("Democratic Services Officer", MemberRole.SUPPORTING_OFFICER, "clerk");
        meeting = meetings.save(new Meeting(boards.save(panel), LocalDate.now().plusDays(60), null, "Town Hall"));
    }

    private RequestPostProcessor ofA(String username, String role) {
        return user(username).authorities(() -> "ROLE_" + role, () -> OrganisationAuthority.of(councilA));
    }

    private long draft(String title) throws Exception {
        mvc.perform(post("/meetings/{id}/committee-reports", meeting.getId()).with(ofA("author", "ACTION_LEAD")).with(csrf())
                .param("title", title)).andExpect(status().is3xxRedirection());
        return reports.findByMeetingOrderById(meeting).stream().filter(r -> r.getTitle().equals(title)).findFirst()
                .orElseThrow().getId();
    }

    static MockHttpServletRequestBuilder written(long id, String title, Integer exemptParagraph, String content) {
        MockHttpServletRequestBuilder form = post("/committee-reports/{id}/edit", id).with(csrf()).param("title", title)
                .param("reportOf", "Director of Children's Services").param("contactName", "Sam Okafor")
                .param("contactPost", "Improvement Officer").param("contactEmail", "sam.okafor@council-a.example")
                .param("wardsAffected", "All wards").param("purpose", "To report progress on the improvement plan")
                .param("recommendations", "That the Panel notes the progress made.\nThat the Panel asks for a further report.")
                .param("recommendationReasons", "So that members oversee the plan").param("background", "Ofsted inspected in 2025.")
                .param("mainContent", content);
        if (exemptParagraph != null) {
            form.param("exempt", "true").param("exemptParagraph", exemptParagraph.toString())
                    .param("publicInterestReason", "Naming the provider would prejudice negotiations");
        }
        for (int i = 0; i < ImplicationKind.values().length; i++) {
            form.param("implications[" + i + "].wording", i == 0 ? "The council acts under s.22 Children Act 1989." : "None")
                    .param("implications[" + i + "].author", "Officer " + i);
        }
        return form;
    }

    private void sendForClearance(long id) throws Exception {
        mvc.perform(post("/committee-reports/{id}/clearance", id).with(ofA("author", "ACTION_LEAD")).with(csrf())
                .param("legal", "legal").param("finance", "finance").param("equalities", "equalities").param("director", "director"))
                .andExpect(status().is3xxRedirection());
    }

    private void clear(long id, String officer) throws Exception {
        long clearance = reports.findById(id).orElseThrow().getClearances().stream().filter(c -> c.isFor(officer))
                .findFirst().orElseThrow().getId();
        mvc.perform(post("/committee-reports/{id}/clearances/{c}", id, clearance).with(ofA(officer, "VIEWER")).with(csrf())
                .param("decision", "clear")).andExpect(status().is3xxRedirection());
    }

    private Document page(long id, RequestPostProcessor who) throws Exception {
        return Jsoup.parse(mvc.perform(get("/committee-reports/{id}", id).with(who)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private org.springframework.test.web.servlet.MvcResult publishAgenda(Meeting of, String urgencyReason) throws Exception {
        var request = post("/meetings/{id}/agenda/publish", of.getId()).with(ofA("clerk", "VIEWER")).with(csrf());
        if (urgencyReason != null) {
            request.param("urgencyReason", urgencyReason);
        }
        return mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn();
    }

    /** The meeting's reports page as the redirect after a step shows it, with the step's message. */
    private Document after(org.springframework.test.web.servlet.MvcResult step) throws Exception {
        return Jsoup.parse(mvc.perform(get(step.getResponse().getRedirectedUrl()).flashAttrs(step.getFlashMap())
                .with(ofA("clerk", "VIEWER"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private String publicPack(Meeting of) throws Exception {
        return Jsoup.parse(mvc.perform(get("/meetings/{id}/agenda", of.getId())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).text();
    }

    @Test
    @DisplayName("should publish the agenda pack only once all four officers have cleared its report, each step in the audit trail")
    void writesClearsAndPublishes() throws Exception {
        long id = draft("Improvement plan: progress");
        mvc.perform(written(id, "Improvement plan: progress", null, "Twenty of 29 actions are on track.")
                .with(ofA("author", "ACTION_LEAD"))).andExpect(status().is3xxRedirection());
        sendForClearance(id);
        for (String officer : new String[] {"legal", "finance", "equalities"}) {
            clear(id, officer);
        }
        Document refused = after(publishAgenda(meeting, null));
        assertThat(refused.select(".govuk-error-summary a[href=#urgencyReason]").text())
                .contains("cannot be published until every clearance is given for: Improvement plan: progress");
        assertThat(refused.select(".agenda-status").text()).contains("has not been published yet");
        assertThat(reports.findById(id).orElseThrow().getStatus()).isEqualTo(ReportStatus.IN_CLEARANCE);
        assertThat(publicPack(meeting)).contains("has not been published yet").doesNotContain("Twenty of 29", "Improvement plan");

        clear(id, "director");
        Document report = page(id, ofA("clerk", "VIEWER"));
        assertThat(report.select("#recommendations li").eachText()).hasSize(2).first().asString().startsWith("That the Panel notes");
        mvc.perform(post("/meetings/{id}/agenda/publish", meeting.getId()).with(ofA("author", "ACTION_LEAD")).with(csrf()))
                .andExpect(status().isForbidden());
        Document published = after(publishAgenda(meeting, null));
        assertThat(published.select(".govuk-notification-banner").text()).contains("The agenda pack has been published with 1 report");
        assertThat(published.select(".agenda-status").text()).contains("The agenda pack was published on");

        assertThat(reports.findById(id).orElseThrow().getStatus()).isEqualTo(ReportStatus.PUBLISHED);
        assertThat(audit.historyOf(ReportWorkflow.AUDIT_TYPE, id)).extracting(e -> e.getChangeKind())
                .containsExactly("drafted", "rewritten", "sent for clearance", "cleared", "cleared", "cleared", "cleared", "published");
        assertThat(audit.historyOf(ReportWorkflow.AGENDA_AUDIT_TYPE, meeting.getId())).extracting(e -> e.getChangeKind())
                .containsExactly("published");
        assertThat(publicPack(meeting)).contains("Twenty of 29 actions are on track.").doesNotContain("has not been published yet");
        assertThat(after(publishAgenda(meeting, null)).select(".govuk-error-summary").text())
                .contains("no other report is waiting for it");
    }

    @Test
    @DisplayName("should refuse to publish the agenda pack with fewer than five clear working days left unless the clerk gives the reason for urgency")
    void lateAgendaNeedsAReasonForUrgency() throws Exception {
        meeting = meetings.save(new Meeting(meeting.getBoard(), LocalDate.now().plusDays(2), null, "Town Hall"));
        long id = draft("Emergency placement sufficiency");
        mvc.perform(written(id, "Emergency placement sufficiency", null, "Three beds are needed by March.")
                .with(ofA("author", "ACTION_LEAD"))).andExpect(status().is3xxRedirection());
        sendForClearance(id);
        for (String officer : OFFICERS) {
            clear(id, officer);
        }
        Document refused = after(publishAgenda(meeting, " "));
        assertThat(refused.select(".govuk-error-summary a[href=#urgencyReason]").text())
                .contains("Fewer than five clear working days", "give the reason for urgency");
        assertThat(refused.select("#urgencyReason-error").text()).contains("reason for urgency");
        assertThat(publicPack(meeting)).doesNotContain("Three beds");

        publishAgenda(meeting, "The provider's offer lapses before the next meeting");
        assertThat(reports.findById(id).orElseThrow().getStatus()).isEqualTo(ReportStatus.PUBLISHED);
        assertThat(publicPack(meeting)).contains("Three beds are needed by March.");
        assertThat(audit.historyOf(ReportWorkflow.AGENDA_AUDIT_TYPE, meeting.getId())).singleElement()
                .satisfies(e -> assertThat(e.getAfter()).contains("Reason for urgency", "The provider's offer lapses before the next meeting"));
    }

    @Test
    @DisplayName("should ask every officer again after a change made in clearance")
    void aLateChangeAsksAgain() throws Exception {
        long id = draft("Adoption Support Fund");
        mvc.perform(written(id, "Adoption Support Fund", null, "First text").with(ofA("author", "ACTION_LEAD")));
        sendForClearance(id);
        clear(id, "legal");
        clear(id, "finance");

        mvc.perform(written(id, "Adoption Support Fund", null, "A late change").with(ofA("author", "ACTION_LEAD")))
                .andExpect(status().is3xxRedirection());

        assertThat(reports.findById(id).orElseThrow().getClearances()).extracting(Clearance::getStatus)
                .containsOnly(ClearanceStatus.PENDING);
        assertThat(page(id, ofA("author", "ACTION_LEAD")).select(".clearance-row").eachText()).allMatch(r -> r.contains("Waiting"));
    }

    @Test
    @DisplayName("should return the report to its author with the officer's comment, and say what a draft still needs")
    void returnsWithAComment() throws Exception {
        long id = draft("Post-Ofsted action plan");
        assertThat(page(id, ofA("author", "ACTION_LEAD")).select("#missing li").eachText())
                .contains("the purpose of the report", "at least one recommendation");
        mvc.perform(written(id, "Post-Ofsted action plan", null, "Text").with(ofA("author", "ACTION_LEAD")));
        sendForClearance(id);
        long legal = reports.findById(id).orElseThrow().getClearances().get(0).getId();

        mvc.perform(post("/committee-reports/{id}/clearances/{c}", id, legal).with(ofA("legal", "VIEWER")).with(csrf())
                .param("decision", "return").param("comment", "Cite the statutory guidance"));

        assertThat(reports.findById(id).orElseThrow().getStatus()).isEqualTo(ReportStatus.DRAFT);
        assertThat(page(id, ofA("author", "ACTION_LEAD")).select(".clearance-row").first().text())
                .contains("Returned with a comment: Cite the statutory guidance");
    }

    @Test
    @DisplayName("should show an exempt report only to those with a role on the board, its author and its clearing officers")
    void exemptReportStaysWithTheBoard() throws Exception {
        long id = draft("Residential placement contract");
        mvc.perform(written(id, "Residential placement contract", 3, "The provider's price per week").with(ofA("author", "ACTION_LEAD")))
                .andExpect(status().is3xxRedirection());

        assertThat(page(id, ofA("chair", "VIEWER")).text()).contains("The provider's price per week");
        mvc.perform(get("/committee-reports/{id}", id).with(ofA("someone-else", "VIEWER"))).andExpect(status().isNotFound());
        String list = mvc.perform(get("/meetings/{id}/committee-reports", meeting.getId()).with(ofA("someone-else", "VIEWER")))
                .andReturn().getResponse().getContentAsString();
        assertThat(list).doesNotContain("Residential placement contract");
    }

    @Test
    @DisplayName("should answer 'not found' to another council and change nothing")
    void anotherCouncilReachesNothing() throws Exception {
        long id = draft("Improvement plan: progress");
        long b = organisations.save(new Organisation("Council B", OrganisationKind.COUNCIL)).getId();
        RequestPostProcessor managerOfB = user("b-manager").authorities(() -> "ROLE_PLAN_MANAGER", () -> OrganisationAuthority.of(b));

        mvc.perform(get("/committee-reports/{id}", id).with(managerOfB)).andExpect(status().isNotFound());
        mvc.perform(get("/meetings/{id}/committee-reports", meeting.getId()).with(managerOfB)).andExpect(status().isNotFound());
        mvc.perform(written(id, "Taken over", null, "Other text").with(managerOfB)).andExpect(status().isNotFound());
        mvc.perform(post("/meetings/{id}/committee-reports", meeting.getId()).with(managerOfB).with(csrf())
                .param("title", "Council B's report")).andExpect(status().isNotFound());

        assertThat(reports.findByMeetingOrderById(meeting)).singleElement()
                .satisfies(r -> assertThat(r.getTitle()).isEqualTo("Improvement plan: progress"));
        assertThat(audit.historyOf(ReportWorkflow.AUDIT_TYPE, id)).hasSize(1);
    }

    @Test
    @DisplayName("should show the form's errors in a summary and save nothing")
    void namesFormErrors() throws Exception {
        long id = draft("Fostering recruitment");
        Document form = Jsoup.parse(mvc.perform(written(id, "", null, "x").param("contactEmail", "not an address")
                .param("exempt", "true").with(ofA("author", "ACTION_LEAD"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());

        assertThat(form.select(".govuk-error-summary a").eachText()).contains("Enter the report's title",
                "Enter the contact officer's e-mail address, like name@council.gov.uk",
                "Choose the paragraph of Schedule 12A the report is exempt under");
        assertThat(reports.findById(id).orElseThrow().getPurpose()).isNull();
    }

    @Test
    @DisplayName("should offer the council's own accounts as clearing officers and refuse anyone else with an error beside the officer")
    void clearersAreTheCouncilsAccounts() throws Exception {
        long b = organisations.save(new Organisation("Council B", OrganisationKind.COUNCIL)).getId();
        accounts.create("b-lawyer", "B Lawyer", org.oversight.account.Role.VIEWER, "orange copper lantern b", b);
        long id = draft("Improvement plan: progress");
        mvc.perform(written(id, "Improvement plan: progress", null, "Text").with(ofA("author", "ACTION_LEAD")));
        assertThat(page(id, ofA("author", "ACTION_LEAD")).select("#officer-legal option").eachAttr("value"))
                .contains("legal", "finance", "equalities", "director").doesNotContain("b-lawyer");

        var session = mvc.perform(post("/committee-reports/{id}/clearance", id).with(ofA("author", "ACTION_LEAD")).with(csrf())
                .param("legal", "b-lawyer").param("finance", "nobody-at-all").param("equalities", "equalities").param("director", "director"))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap();
        Document refused = Jsoup.parse(mvc.perform(get("/committee-reports/{id}", id).with(ofA("author", "ACTION_LEAD"))
                .flashAttrs(session)).andReturn().getResponse().getContentAsString());

        assertThat(refused.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#officer-legal", "#officer-finance");
        assertThat(refused.select("#officer-finance-error").text()).contains("there is no such account as nobody-at-all");
        assertThat(refused.select("#officer-equalities option[selected]").attr("value")).isEqualTo("equalities");
        assertThat(reports.findById(id).orElseThrow().getStatus()).isEqualTo(ReportStatus.DRAFT);
    }

    @Test
    @DisplayName("should let only the named officer's account clear their part, and show the decision form to them alone")
    void onlyTheNamedAccountClears() throws Exception {
        long id = draft("Improvement plan: progress");
        mvc.perform(written(id, "Improvement plan: progress", null, "Text").with(ofA("author", "ACTION_LEAD")));
        sendForClearance(id);
        long legal = reports.findById(id).orElseThrow().getClearances().get(0).getId();

        assertThat(page(id, ofA("finance", "VIEWER")).select("form.clearance-decision h3").eachText()).containsExactly("Your clearance: Finance");
        mvc.perform(post("/committee-reports/{id}/clearances/{c}", id, legal).with(ofA("finance", "VIEWER")).with(csrf())
                .param("decision", "clear")).andExpect(status().is3xxRedirection());

        assertThat(reports.findById(id).orElseThrow().getClearances().get(0).getStatus()).isEqualTo(ClearanceStatus.PENDING);
        assertThat(page(id, ofA("legal", "VIEWER")).select("form.clearance-decision h3").eachText()).containsExactly("Your clearance: Legal");
    }

    private org.springframework.web.servlet.FlashMap upload(long id, String title, String name, byte[] content) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/committee-reports/{id}/appendices", id)
                .file(new org.springframework.mock.web.MockMultipartFile("file", name, "application/octet-stream", content))
                .param("title", title).with(ofA("author", "ACTION_LEAD")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap();
    }

    @Test
    @DisplayName("should letter the uploaded appendices A, B in order, give each back as uploaded, and refuse what is not a PDF, Word or Excel document")
    void appendicesAndBackgroundPapers() throws Exception {
        long id = draft("Improvement plan: progress");
        mvc.perform(written(id, "Improvement plan: progress", null, "Text").param("backgroundPapers",
                "Ofsted inspection letter 2025 | Children's Services, Civic Centre").with(ofA("author", "ACTION_LEAD")));
        byte[] pdf = AgendaPackTest.pdfSaying("Action plan tracker");
        upload(id, "Action plan tracker", "tracker.pdf", pdf);
        upload(id, "Budget", "budget.xlsx", new byte[] {'P', 'K', 3, 4, 20, 0});
        var refused = upload(id, "Notes", "notes.pdf", "just text, not a PDF".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        Document report = page(id, ofA("author", "ACTION_LEAD"));
        assertThat(report.select("#appendix-list a").eachText()).containsExactly("Appendix A: Action plan tracker", "Appendix B: Budget");
        assertThat(report.select("#background-papers + ul li").eachText())
                .containsExactly("Ofsted inspection letter 2025, kept at Children's Services, Civic Centre");
        assertThat(refused.get("appendixError")).isEqualTo(
                "The appendix must be a PDF, Word or Excel document (.pdf, .docx, .doc, .xlsx or .xls)");
        Document withError = Jsoup.parse(mvc.perform(get("/committee-reports/{id}", id).with(ofA("author", "ACTION_LEAD")).flashAttrs(refused))
                .andReturn().getResponse().getContentAsString());
        assertThat(withError.select(".govuk-error-summary a[href=#appendix-file]").text()).startsWith("The appendix must be a PDF");
        byte[] back = mvc.perform(get(report.select("#appendix-list a").first().attr("href")).with(ofA("author", "ACTION_LEAD")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(back).isEqualTo(pdf);
        assertThat(audit.historyOf(ReportWorkflow.AUDIT_TYPE, id)).extracting(e -> e.getChangeKind())
                .containsSubsequence("appendix added", "appendix added");
    }

    @Test
    @DisplayName("should refuse an appendix over 10 MB and ask for clearance again when an appendix is added in clearance")
    void appendixLimitsAndLateAppendix() throws Exception {
        long id = draft("Adoption Support Fund");
        mvc.perform(written(id, "Adoption Support Fund", null, "Text").with(ofA("author", "ACTION_LEAD")));
        byte[] big = new byte[AppendixFile.MAX_BYTES + 1];
        System.arraycopy("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, big, 0, 5);
        assertThat(upload(id, "Too big", "big.pdf", big).get("appendixError")).isEqualTo("The appendix must be 10 MB or smaller");
        sendForClearance(id);
        clear(id, "legal");

        upload(id, "Late tracker", "tracker.pdf", AgendaPackTest.pdfSaying("Late"));

        CommitteeReport report = reports.findById(id).orElseThrow();
        assertThat(report.getAppendices()).extracting(ReportAppendix::getTitle).containsExactly("Late tracker");
        assertThat(report.getClearances()).extracting(Clearance::getStatus).containsOnly(ClearanceStatus.PENDING);
    }
}
