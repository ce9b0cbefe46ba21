package org.oversight.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.OversightTest;
import org.oversight.account.Accounts;
import org.oversight.account.OrganisationAuthority;
import org.oversight.audit.AuditTrail;
import org.oversight.governance.Board;
import org.oversight.governance.BoardKind;
import org.oversight.governance.Boards;
import org.oversight.governance.Meeting;
import org.oversight.governance.Meetings;
import org.oversight.governance.MemberRole;
import org.oversight.plan.ActionPlan;
import org.oversight.plan.Organisation;
import org.oversight.plan.OrganisationKind;
import org.oversight.plan.OrganisationRepository;
import org.oversight.plan.PlanRepository;
import org.oversight.plan.Responsibility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.servlet.FlashMap;

/**
 * A report's author attaches a plan's report pack as an appendix from the report's page: it is
 * made then, kept as the next lettered appendix in the format chosen, listed in the agenda pack,
 * and only a plan of the board's own council is offered or accepted.
 */
@OversightTest
@Transactional
class PackAppendixTest {
    private static final LocalDate AS_AT = LocalDate.of(2026, 11, 30);

    @Autowired MockMvc mvc;
    @Autowired Boards boards;
    @Autowired Meetings meetings;
    @Autowired ReportWorkflow workflow;
    @Autowired CommitteeReports reports;
    @Autowired OrganisationRepository organisations;
    @Autowired PlanRepository plans;
    @Autowired Accounts accounts;
    @Autowired AuditTrail audit;

    private long councilA;
    private Meeting meeting;
    private ActionPlan planOfA;
    private ActionPlan planOfB;
    private long report;

    @BeforeEach
    void aReportOfCouncilAAndAPlanOfEachCouncil() {
        Organisation a = organisations.save(new Organisation("Council A", OrganisationKind.COUNCIL));
        Organisation b = organisations.save(new Organisation("Council B", OrganisationKind.COUNCIL));
        councilA = a.getId();
        ClearingAccounts.of(accounts, councilA);
        planOfA = plans.saveAndFlush(plan("Council A improvement plan", a));
        planOfB = plans.saveAndFlush(plan("Council B private improvement plan", b));
        Board panel = new Board("Corporate Parenting Panel", BoardKind.CORPORATE_PARENTING_PANEL).belongTo(councilA);
        panel.addMember("Cllr Ann Brown", MemberRole.CHAIR, "chair");
        meeting = meetings.save(new Meeting(boards.save(panel), LocalDate.now().plusDays(60), null, "Town Hall"));
        report = workflow.draft(meeting, "Improvement plan: progress", "author").getId();
        ReportContent c = CommitteeReportStorageContract.written(null, "Twenty of 29 actions are on track.");
        workflow.rewrite(report, new ReportContent("Improvement plan: progress", c.reportOf(), c.contactName(), c.contactPost(),
                c.contactEmail(), null, null, c.wardsAffected(), false, null, null, c.purpose(), c.recommendations(),
                c.recommendationReasons(), c.background(), c.mainContent(), c.implications()), Map.of());
    }

    private static ActionPlan plan(String title, Organisation owner) {
        ActionPlan plan = new ActionPlan(title, owner, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
        var recommendation = plan.addRecommendation("1", "Improve supervision", Responsibility.OURS);
        recommendation.addAction("1.1", "Recruit two supervisors");
        recommendation.addAction("1.2", "Audit supervision records");
        return plan;
    }

    private RequestPostProcessor author() {
        return user("author").authorities(() -> "ROLE_ACTION_LEAD", () -> OrganisationAuthority.of(councilA));
    }

    private FlashMap attach(Object plan, LocalDate asAt, String format) throws Exception {
        return mvc.perform(post("/committee-reports/{id}/appendices/pack", report).with(author()).with(csrf())
                        .param("plan", String.valueOf(plan)).param("day", String.valueOf(asAt.getDayOfMonth()))
                        .param("month", String.valueOf(asAt.getMonthValue())).param("year", String.valueOf(asAt.getYear()))
                        .param("format", format))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap();
    }

    private Document page(FlashMap flash) throws Exception {
        var request = get("/committee-reports/{id}", report).with(author());
        if (flash != null) {
            request.flashAttrs(flash);
        }
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private ReportAppendix onlyAppendix() {
        CommitteeReport stored = reports.findById(report).orElseThrow();
        assertThat(stored.getAppendices()).hasSize(1);
        return stored.getAppendices().get(0);
    }

    @Test
    @DisplayName("should attach the plan's pack as a lettered PDF appendix holding the plan's title, listed on the report and in the agenda pack")
    void packAttachedAsPdf() throws Exception {
        attach(planOfA.getId(), AS_AT, "pdf");

        String title = "Report pack: Council A improvement plan as at 30 November 2026";
        assertThat(page(null).select("#appendix-list a").eachText()).containsExactly("Appendix A: " + title);
        ReportAppendix appendix = onlyAppendix();
        assertThat(appendix.getMediaType()).isEqualTo("application/pdf");
        assertThat(appendix.getFileName()).endsWith(".pdf");
        try (PDDocument pdf = Loader.loadPDF(appendix.content())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Council A improvement plan");
        }
        assertThat(audit.historyOf(ReportWorkflow.AUDIT_TYPE, report)).extracting(e -> e.getChangeKind()).contains("appendix added");

        workflow.sendForClearance(report, CommitteeReportStorageContract.officers());
        reports.findById(report).orElseThrow().getClearances()
                .forEach(cl -> workflow.decide(report, cl.getId(), cl.getOfficer(), true, null));
        workflow.publishAgenda(meeting, "clerk", null);
        Document agenda = Jsoup.parse(mvc.perform(get("/meetings/{id}/agenda", meeting.getId())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(agenda.select("ul.appendices a").eachText()).containsExactly("Appendix A: " + title);
    }

    @Test
    @DisplayName("should give a Word document that POI opens when Word is chosen")
    void packAttachedAsWord() throws Exception {
        attach(planOfA.getId(), AS_AT, "docx");

        ReportAppendix appendix = onlyAppendix();
        assertThat(appendix.getFileName()).endsWith(".docx");
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(appendix.content()));
             var words = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            assertThat(words.getText()).contains("Council A improvement plan");
        }
    }

    @Test
    @DisplayName("should neither offer nor accept another council's plan, and store nothing")
    void anotherCouncilsPlanRefused() throws Exception {
        assertThat(page(null).select("#pack-plan option").eachText()).contains("Council A improvement plan")
                .doesNotContain("Council B private improvement plan");

        FlashMap refused = attach(planOfB.getId(), AS_AT, "pdf");

        assertThat(reports.findById(report).orElseThrow().getAppendices()).isEmpty();
        assertThat(page(refused).select(".govuk-error-summary a[href=#pack-plan]").text()).startsWith("That plan was not found");
    }

    @Test
    @DisplayName("should show in the error summary a plan not chosen, an impossible date and a date in the future, and store nothing")
    void refusedWithErrorSummary() throws Exception {
        FlashMap noPlan = attach("", AS_AT, "pdf");
        FlashMap impossible = mvc.perform(post("/committee-reports/{id}/appendices/pack", report).with(author()).with(csrf())
                        .param("plan", planOfA.getId().toString()).param("day", "31").param("month", "2").param("year", "2026"))
                .andReturn().getFlashMap();
        FlashMap future = attach(planOfA.getId(), LocalDate.now().plusDays(1), "pdf");

        assertThat(reports.findById(report).orElseThrow().getAppendices()).isEmpty();
        assertThat(page(noPlan).select(".govuk-error-summary a").eachText()).containsExactly("Choose the plan whose report pack to attach");
        Document impossiblePage = page(impossible);
        assertThat(impossiblePage.select(".govuk-error-summary a[href=#pack-date-day]").text()).contains("must be a real date");
        assertThat(impossiblePage.select("#pack-date-day").val()).isEqualTo("31");
        assertThat(impossiblePage.title()).startsWith("Error:");
        assertThat(page(future).select(".govuk-error-summary a[href=#pack-date-day]").text()).contains("today or in the past");
    }

    @Test
    @DisplayName("should refuse a rendered pack over the 10 MB appendix limit and keep one within it as a PDF")
    void packOverTheLimitRefused() {
        byte[] over = new byte[AppendixFile.MAX_BYTES + 1];
        System.arraycopy("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, over, 0, 5);

        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> PackAppendices.kept("pack.pdf", over)))
                .hasMessageStartingWith("The plan's report pack is larger than 10 MB");
        assertThat(PackAppendices.kept("pack.pdf", java.util.Arrays.copyOf(over, AppendixFile.MAX_BYTES)).mediaType())
                .isEqualTo("application/pdf");
    }

    @Test
    @DisplayName("should ask every clearance again when a pack is attached to a report in clearance")
    void packInClearanceAsksAgain() throws Exception {
        workflow.sendForClearance(report, CommitteeReportStorageContract.officers());
        var first = reports.findById(report).orElseThrow().getClearances().get(0);
        workflow.decide(report, first.getId(), first.getOfficer(), true, null);

        attach(planOfA.getId(), AS_AT, "xlsx");

        assertThat(onlyAppendix().getFileName()).endsWith(".xlsx");
        assertThat(reports.findById(report).orElseThrow().getClearances()).extracting(Clearance::getStatus)
                .containsOnly(ClearanceStatus.PENDING);
    }
}
