package org.oversight.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.governance.Board;
import org.oversight.governance.BoardKind;
import org.oversight.governance.Meeting;

/** A board's report template: the standard one changes nothing, and a council's changes shape its reports. */
class ReportTemplateTest {
    private final Board board = new Board("Corporate Parenting Panel", BoardKind.CORPORATE_PARENTING_PANEL);
    private final Meeting meeting = new Meeting(board, LocalDate.of(2027, 1, 20), null, "Room 2");

    @Test
    @DisplayName("should shape a report with the standard template exactly as before: purpose to background papers, every implication")
    void standardTemplateIsTodaysReport() {
        CommitteeReport report = new CommitteeReport(meeting, "Progress", "author");

        assertThat(report.parts()).extracting(CommitteeReport.Part::heading).containsExactly("Purpose of the report", "Recommendations",
                "Background", "The report", "Legal implications", "Financial and risk implications",
                "Equalities implications (public sector equality duty)", "Public health implications", "Community safety implications",
                "Sustainability implications", "Implications for work programming", "Council priorities", "Appendices", "Background papers");
        assertThat(report.parts()).filteredOn(CommitteeReport.Part::opensImplications).singleElement()
                .extracting(CommitteeReport.Part::heading).isEqualTo("Legal implications");
        assertThat(report.getTemplateRevision()).isNull();
    }

    @Test
    @DisplayName("should move sections up and down, add the council's own before the appendices, and remove only those")
    void movesAddsAndRemoves() {
        ReportTemplate template = new ReportTemplate(board);
        template.moveUp(2);
        template.add("Options considered", null);
        template.moveDown(0);

        assertThat(template.getSections()).extracting(TemplateSection::getHeading).startsWith("Background", "Purpose of the report",
                "Recommendations");
        assertThat(template.getSections()).extracting(TemplateSection::getHeading).endsWith("Council priorities", "Options considered",
                "Appendices", "Background papers");
        assertThatThrownBy(() -> template.remove(0)).hasMessageContaining("Only a section the council added");
        template.remove(template.getSections().size() - 3);
        assertThat(template.getSections()).extracting(TemplateSection::getHeading).doesNotContain("Options considered");
    }

    @Test
    @DisplayName("should name a blank, duplicate or overlong heading and overlong guidance by the section they belong to")
    void namesProblems() {
        ReportTemplate template = new ReportTemplate(board);
        List<TemplateSection> edited = template.getSections().stream().map(s -> switch (s.getKey()) {
            case "PURPOSE" -> s.withText(" ", null, true);
            case "BACKGROUND" -> s.withText("recommendations", null, true);
            case "MAIN_CONTENT" -> s.withText("x".repeat(201), "g".repeat(1001), true);
            default -> s;
        }).toList();
        template.rewrite(edited);

        assertThat(template.problems()).containsOnlyKeys("heading-0", "heading-2", "heading-3", "guidance-3");
        assertThat(template.problems().get("heading-2")).contains("Another section is already headed recommendations");
        assertThatThrownBy(() -> template.add("Recommendations", null)).hasMessageContaining("already headed");
        assertThatThrownBy(() -> template.add(" ", null)).hasMessageContaining("Enter the heading");
    }

    @Test
    @DisplayName("should refuse edits made to a template whose sections have since moved")
    void refusesStaleSections() {
        ReportTemplate template = new ReportTemplate(board);
        List<TemplateSection> asOpened = template.getSections();
        template.moveDown(0);

        assertThatThrownBy(() -> template.rewrite(asOpened)).hasMessageContaining("changed");
    }

    @Test
    @DisplayName("should not ask for an implication the template leaves out, nor show it, and show the council's own section's text")
    void leftOutImplicationIsNotAsked() {
        ReportTemplate template = new ReportTemplate(board);
        template.rewrite(template.getSections().stream().map(s -> s.getKey().equals("PUBLIC_HEALTH") ? s.withText(s.getHeading(), null, false)
                : s).toList());
        template.add("Consultation", null);
        template.revised();
        CommitteeReport report = new CommitteeReport(meeting, "Progress", "author");
        report.useTemplate(template);
        ReportContent written = CommitteeReportStorageContract.written(null, "Text");
        report.rewrite(new ReportContent(written.title(), written.reportOf(), written.contactName(), written.contactPost(),
                written.contactEmail(), null, null, written.wardsAffected(), false, null, null, written.purpose(),
                written.recommendations(), written.recommendationReasons(), written.background(), written.mainContent(),
                written.implications().stream().filter(i -> i.getKind() != ImplicationKind.PUBLIC_HEALTH).toList()),
                Map.of("c1", "Care leavers were asked.", "c99", "Not a section of the report"));

        assertThat(report.missingForClearance()).isEmpty();
        assertThat(report.parts()).extracting(CommitteeReport.Part::heading).doesNotContain("Public health implications")
                .contains("Consultation");
        assertThat(report.getCustomTexts()).containsOnly(Map.entry("c1", "Care leavers were asked."));
        assertThat(report.getTemplateRevision()).isEqualTo(1);
    }
}
