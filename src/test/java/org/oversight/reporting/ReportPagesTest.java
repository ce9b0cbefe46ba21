package org.oversight.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.OversightTest;
import org.oversight.cli.OversightCommandLine;
import org.oversight.plan.LeadRepository;
import org.oversight.plan.OrganisationRepository;
import org.oversight.plan.PlanFixtures;
import org.oversight.plan.PlanRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

@OversightTest
@Transactional
class ReportPagesTest {
    @Autowired MockMvc mvc;
    @Autowired ReportPacks packs;
    @Autowired OversightCommandLine commandLine;
    @Autowired OrganisationRepository organisations;
    @Autowired LeadRepository leads;
    @Autowired PlanRepository plans;
    @Autowired org.oversight.audit.AuditTrail audit;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    @jakarta.persistence.PersistenceContext jakarta.persistence.EntityManager entityManager;
    long draftPlan;
    long publishedPlan;

    @BeforeEach
    void plans() {
        var demo = org.oversight.testing.DemoPlan.of(plans);
        demo.publish(false);
        draftPlan = demo.getId();
        var published = new org.oversight.plan.ActionPlan("A published plan", demo.getOwner(),
                java.time.LocalDate.of(2025, 10, 1), java.time.LocalDate.of(2026, 9, 30));
        published.addRecommendation("1", "Improve", org.oversight.plan.Responsibility.OURS).addAction("1.1", "Do it");
        published.publish(true);
        publishedPlan = plans.saveAndFlush(published).getId();
    }

    @Test
    @DisplayName("a plan manager issues a pack; it is listed and each file downloads unchanged; the next pack compares with it")
    void issueListDownload() throws Exception {
        mvc.perform(post("/plans/{id}/reports", draftPlan).param("board", "Corporate Parenting Panel")
                        .param("asAt", "2026-01-31").with(user("manager").roles("PLAN_MANAGER")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        IssuedPackSummary issued = packs.issued(draftPlan).get(0);
        assertThat(issued.issuedBy()).isEqualTo("manager");
        byte[] pdf = packs.issuedFile(issued.id(), ReportFormat.PDF).orElseThrow();
        mvc.perform(get("/plans/{id}/reports/{p}.pdf", draftPlan, issued.id()).with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk()).andExpect(content().bytes(pdf));
        mvc.perform(get("/plans/{id}/reports", draftPlan).with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Corporate Parenting Panel")));
        ReportPack next = packs.prepare(draftPlan, new PackRequest("corporate parenting panel", null, PlanFixtures.AS_AT, "x", false)).orElseThrow();
        assertThat(next.changes().previousPackId()).isEqualTo(issued.id());
        assertThat(packs.issuedModel(issued.id()).orElseThrow().cover().asAt()).isEqualTo(java.time.LocalDate.of(2026, 1, 31));
    }

    @Test
    @DisplayName("issuing is audited with who, when, the board, meeting and date and each file's digest, shown on the pack's page")
    void issueIsAudited() throws Exception {
        mvc.perform(post("/plans/{id}/reports", draftPlan).param("board", "Scrutiny Panel").param("meeting", "Scrutiny, 3 May 2026")
                        .param("asAt", "2026-01-31").with(user("manager").roles("PLAN_MANAGER")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        IssuedPackSummary issued = packs.issued(draftPlan).get(0);
        var records = audit.recordsOf("ReportPack", issued.id());
        assertThat(records).hasSize(1);
        assertThat(records.get(0).who()).isEqualTo("manager");
        assertThat(records.get(0).summary()).contains("Scrutiny Panel", "Scrutiny, 3 May 2026", "31 January 2026");
        for (IssuedFile f : packs.issuedFiles(issued.id())) {
            String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(packs.issuedFile(issued.id(), f.format()).orElseThrow()));
            assertThat(f.sha256()).isEqualTo(sha);
            assertThat(records.get(0).after()).contains("\"" + f.format().extension() + "\":\"" + sha + "\"");
        }
        mvc.perform(get("/plans/{id}/reports/{p}/details", draftPlan, issued.id()).with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("Audit trail"),
                        org.hamcrest.Matchers.containsString("Issued report " + issued.id()),
                        org.hamcrest.Matchers.containsString(packs.issuedFiles(issued.id()).get(0).sha256()))));
    }

    @Test
    @DisplayName("a pack holding exempt rows is neither listed nor opened for someone who may not see the board's exempt business")
    void exemptPacksFollowTheExemptRules() throws Exception {
        IssuedPackSummary issued = packs.issue(draftPlan, new PackRequest("Panel", null, PlanFixtures.AS_AT, "x", false), "manager");
        entityManager.flush();
        jdbc.update("update report_pack set contains_exempt = true where id = ?", issued.id());
        entityManager.clear();
        assertThat(packs.issuedPack(issued.id()).orElseThrow().containsExempt()).isTrue();
        for (String path : List.of("/plans/{id}/reports/{p}/details", "/plans/{id}/reports/{p}.pdf")) {
            mvc.perform(get(path, draftPlan, issued.id()).with(user("manager").roles("PLAN_MANAGER")))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/plans/{id}/reports", draftPlan).with(user("manager").roles("PLAN_MANAGER")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(
                        "/reports/" + issued.id() + "/details"))));
    }

    @Test
    @DisplayName("viewers and action leads may not issue; anonymous readers see only public packs of published plans")
    void permissions() throws Exception {
        mvc.perform(post("/plans/{id}/reports", draftPlan).param("board", "Panel").param("asAt", "2026-03-31")
                .with(user("viewer").roles("VIEWER")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/plans/{id}/reports", draftPlan).param("board", "Panel").param("asAt", "2026-03-31")
                .with(user("lead").roles("ACTION_LEAD")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/plans/{id}/reports", draftPlan)).andExpect(status().isNotFound());
        IssuedPackSummary internal = packs.issue(publishedPlan, new PackRequest("Panel", null, PlanFixtures.AS_AT, "x", false), "manager");
        IssuedPackSummary open = packs.issue(publishedPlan, new PackRequest("Panel", null, PlanFixtures.AS_AT, "x", true), "manager");
        mvc.perform(get("/plans/{id}/reports/{p}.html", publishedPlan, internal.id())).andExpect(status().isNotFound());
        mvc.perform(get("/plans/{id}/reports/{p}.html", publishedPlan, open.id())).andExpect(status().isOk());
        mvc.perform(get("/plans/{id}/reports/draft", publishedPlan).param("board", "Panel").param("asAt", "2026-03-31"))
                .andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("a draft with no board goes back to the page with the problem in words")
    void draftNeedsBoard() throws Exception {
        mvc.perform(get("/plans/{id}/reports/draft", draftPlan).param("board", "").param("asAt", "2026-03-31")
                .with(user("viewer").roles("VIEWER"))).andExpect(status().isSeeOther());
        mvc.perform(get("/plans/{id}/reports", draftPlan).param("check", "1").param("board", "").param("asAt", "2026-03-31")
                .with(user("viewer").roles("VIEWER")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Enter the name of the board")));
        mvc.perform(get("/plans/{id}/reports/draft", draftPlan).param("board", "Panel").param("asAt", "2026-03-31")
                .param("fileFormat", "xlsx").with(user("viewer").roles("VIEWER"))).andExpect(status().isOk())
                .andExpect(content().contentType(ReportFormat.XLSX.contentType()));
    }

    @Test
    @DisplayName("the report command exits 0 with a file, 1 for an unknown plan, 2 for bad usage")
    void command(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("pack.docx");
        assertThat(run("report", "--plan", String.valueOf(draftPlan), "--board", "Panel", "--format", "docx",
                "--out", out.toString(), "--json", "--as-at", "2026-03-31")).isZero();
        assertThat(Files.size(out)).isGreaterThan(1000);
        assertThat(run("report", "--plan", "999999", "--board", "Panel", "--format", "pdf", "--out", dir.resolve("x.pdf").toString())).isEqualTo(1);
        assertThat(Files.exists(dir.resolve("x.pdf"))).isFalse();
        assertThat(run("report", "--plan", String.valueOf(draftPlan), "--board", "Panel", "--format", "odt")).isEqualTo(2);
    }

    private int run(String... args) {
        return commandLine.execute(args, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    }
}
