package org.oversight.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.governance.Board;
import org.oversight.governance.BoardKind;
import org.oversight.governance.Meeting;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.transaction.annotation.Transactional;

/** A report's front sheet, body, implications and clearances survive storage, and its clearance rules hold once stored. */
@Transactional
abstract class CommitteeReportStorageContract {
    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    @Autowired
    TestEntityManager entities;

    static ReportContent written(Integer exemptParagraph, String mainContent) {
        List<Implication> implications = Arrays.stream(ImplicationKind.values())
                .map(k -> new Implication(k, k == ImplicationKind.LEGAL ? "The council has a duty under s.22 Children Act 1989." : "None",
                        k == ImplicationKind.LEGAL ? "Head of Legal Services" : "Strategic Finance Manager")).toList();
        return new ReportContent("Improvement plan: progress to December", "Director of Children's Services",
                "Sam Okafor", "Improvement Officer", "sam.okafor@kingsmead.example", exemptParagraph,
                exemptParagraph == null ? null : "Naming the provider would prejudice the council's negotiations",
                "All wards", true, "FP/2026/41", null, "To report progress on the improvement plan",
                List.of("That the Panel notes the progress made.", "That the Panel asks for a further report in March."),
                "So that members oversee the plan", "Ofsted inspected services in 2025.", mainContent, implications);
    }

    static Map<ClearanceRole, String> officers() {
        Map<ClearanceRole, String> officers = new EnumMap<>(ClearanceRole.class);
        officers.put(ClearanceRole.LEGAL, "legal");
        officers.put(ClearanceRole.FINANCE, "finance");
        officers.put(ClearanceRole.EQUALITIES, "equalities");
        officers.put(ClearanceRole.DIRECTOR, "director");
        return officers;
    }

    CommitteeReport aReport(Integer exemptParagraph) {
        Board board = entities.persist(new Board("Corporate Parenting Panel", BoardKind.CORPORATE_PARENTING_PANEL));
        Meeting meeting = entities.persist(new Meeting(board, LocalDate.of(2027, 1, 20), null, "Room 2"));
        CommitteeReport report = new CommitteeReport(meeting, "Draft", "author");
        report.rewrite(written(exemptParagraph, "## Progress\nTwenty of 29 actions are on track."));
        return entities.persistAndFlush(report);
    }

    CommitteeReport reloaded(long id) {
        entities.flush();
        entities.clear();
        return entities.find(CommitteeReport.class, id);
    }

    @Test
    @DisplayName("should keep the front sheet, numbered recommendations and every implication with its author")
    void keepsTheReport() {
        CommitteeReport report = reloaded(aReport(3).getId());

        assertThat(report.getExemptParagraph()).isEqualTo(3);
        assertThat(report.getForwardPlanReference()).isEqualTo("FP/2026/41");
        assertThat(report.getRecommendations()).extracting(Recommendation::getWording)
                .containsExactly("That the Panel notes the progress made.", "That the Panel asks for a further report in March.");
        assertThat(report.getImplications()).extracting(Implication::getKind).containsExactly(ImplicationKind.values());
        assertThat(report.getImplications().get(0).getAuthor()).isEqualTo("Head of Legal Services");
        assertThat(report.missingForClearance()).isEmpty();
    }

    @Test
    @DisplayName("should refuse clearance while an implication is left blank, and name it")
    void refusesClearanceWithABlankImplication() {
        CommitteeReport report = aReport(null);
        ReportContent full = written(null, "Text");
        report.rewrite(new ReportContent(full.title(), full.reportOf(), full.contactName(), full.contactPost(), full.contactEmail(),
                null, null, full.wardsAffected(), false, null, null, full.purpose(), full.recommendations(),
                full.recommendationReasons(), full.background(), full.mainContent(),
                full.implications().stream().filter(i -> i.getKind() != ImplicationKind.SUSTAINABILITY).toList()));

        assertThatThrownBy(() -> report.sendForClearance(officers())).hasMessageContaining("sustainability implications");
        assertThat(report.getStatus()).isEqualTo(ReportStatus.DRAFT);
    }

    @Test
    @DisplayName("should publish only when every named officer has cleared, and ask again after a late edit")
    void clearsThenPublishes() {
        CommitteeReport report = aReport(null);
        report.sendForClearance(officers());
        entities.flush();
        List<Clearance> clearances = reloaded(report.getId()).getClearances();
        CommitteeReport stored = clearances.get(0).getReport();
        for (Clearance c : clearances.subList(0, 3)) {
            stored.decide(c.getId(), c.getOfficer(), true, null, NOW);
        }
        assertThatThrownBy(() -> stored.publish(LocalDate.of(2027, 1, 5), 10)).hasMessageContaining("every clearance");
        assertThatThrownBy(() -> stored.decide(clearances.get(3).getId(), "legal", true, null, NOW)).hasMessageContaining("Only director");

        stored.decide(clearances.get(3).getId(), "director", true, null, NOW);
        assertThat(stored.isCleared()).isTrue();
        assertThat(stored.rewrite(written(null, "A late change"))).isTrue();
        assertThat(stored.getClearances()).extracting(Clearance::getStatus).containsOnly(ClearanceStatus.PENDING);
        assertThat(stored.isCleared()).isFalse();

        stored.getClearances().forEach(c -> stored.decide(c.getId(), c.getOfficer(), true, null, NOW));
        stored.publish(LocalDate.of(2027, 1, 5), 10);
        CommitteeReport published = reloaded(stored.getId());
        assertThat(published.getStatus()).isEqualTo(ReportStatus.PUBLISHED);
        assertThat(published.getPublishedOn()).isEqualTo(LocalDate.of(2027, 1, 5));
    }

    @Test
    @DisplayName("should return the report to a draft with the officer's comment, and refuse a return without one")
    void returnsWithAComment() {
        CommitteeReport report = aReport(null);
        report.sendForClearance(officers());
        CommitteeReport stored = reloaded(report.getId());
        Clearance legal = stored.getClearances().get(0);

        assertThatThrownBy(() -> stored.decide(legal.getId(), "legal", false, " ", NOW)).hasMessageContaining("Say what");
        stored.decide(legal.getId(), "legal", false, "Cite the 2023 statutory guidance", NOW);

        CommitteeReport returned = reloaded(stored.getId());
        assertThat(returned.getStatus()).isEqualTo(ReportStatus.DRAFT);
        assertThat(returned.getClearances().get(0).getRemark()).isEqualTo("Cite the 2023 statutory guidance");
    }

    @Test
    @DisplayName("should refuse to publish late without a reason for urgency")
    void refusesALatePublicationWithoutUrgency() {
        CommitteeReport report = aReport(null);
        report.sendForClearance(officers());
        CommitteeReport stored = reloaded(report.getId());
        stored.getClearances().forEach(c -> stored.decide(c.getId(), c.getOfficer(), true, null, NOW));

        assertThatThrownBy(() -> stored.publish(LocalDate.of(2027, 1, 18), 1)).hasMessageContaining("reason for urgency");
        assertThat(stored.getStatus()).isEqualTo(ReportStatus.IN_CLEARANCE);
    }

    /** The board's template with Background renamed, public health left out and a Consultation section added. */
    static ReportTemplate customised(ReportTemplate template) {
        template.rewrite(template.getSections().stream().map(s -> switch (s.getKey()) {
            case "BACKGROUND" -> s.withText("Context", "What led to this report", true);
            case "PUBLIC_HEALTH" -> s.withText(s.getHeading(), null, false);
            default -> s;
        }).toList());
        template.add("Consultation", "Who was asked and what they said");
        template.revised();
        return template;
    }

    @Test
    @DisplayName("should keep a board's report template: its order, headings, guidance, left-out implications and own sections")
    void keepsTheTemplate() {
        Board board = entities.persist(new Board("Executive", BoardKind.EXECUTIVE));
        long id = entities.persistAndFlush(customised(new ReportTemplate(board))).getId();
        entities.clear();

        ReportTemplate stored = entities.find(ReportTemplate.class, id);
        assertThat(stored.getRevision()).isEqualTo(1);
        assertThat(stored.getSections()).extracting(TemplateSection::getHeading).containsSubsequence(
                "Purpose of the report", "Recommendations", "Context", "The report", "Legal implications", "Council priorities",
                "Consultation", "Appendices", "Background papers");
        assertThat(stored.getSections()).filteredOn(s -> s.getKey().equals("BACKGROUND")).singleElement()
                .extracting(TemplateSection::getGuidance).isEqualTo("What led to this report");
        assertThat(stored.getSections()).filteredOn(s -> !s.isIncluded()).extracting(TemplateSection::implication)
                .containsExactly(ImplicationKind.PUBLIC_HEALTH);
    }

    @Test
    @DisplayName("should keep the template a report was written with, and its own section's text, when the board's template changes later")
    void reportKeepsItsTemplate() {
        CommitteeReport report = aReport(null);
        ReportTemplate template = entities.persistAndFlush(customised(new ReportTemplate(report.getMeeting().getBoard())));
        report.useTemplate(template);
        String key = template.getSections().stream().filter(TemplateSection::isCustom).findFirst().orElseThrow().getKey();
        report.rewrite(written(null, "Twenty of 29 actions are on track."), Map.of(key, "Care leavers were asked in November."));
        entities.flush();
        template.rewrite(template.getSections().stream().map(s -> s.getKey().equals("BACKGROUND")
                ? s.withText("History", null, true) : s).toList());
        template.revised();
        entities.flush();

        CommitteeReport stored = reloaded(report.getId());
        assertThat(stored.getTemplateRevision()).isEqualTo(1);
        assertThat(stored.parts()).extracting(CommitteeReport.Part::heading).contains("Context", "Consultation")
                .doesNotContain("History", "Public health implications");
        assertThat(stored.parts()).filteredOn(p -> p.part() == ReportPart.CUSTOM).singleElement()
                .extracting(CommitteeReport.Part::text).isEqualTo("Care leavers were asked in November.");
    }
}
