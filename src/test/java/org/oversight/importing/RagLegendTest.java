package org.oversight.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.plan.PlanExchange.ActionEntry;
import org.oversight.timescale.DateReader;
import org.oversight.timescale.TimescaleReader;

@DisplayName("A document's own RAG legend")
class RagLegendTest {
    private final PlanUnderstanding understanding = new PlanUnderstanding(new TimescaleReader(), new DateReader());

    private static SourceCell shaded(String text, String fill) {
        return new SourceCell(text.isEmpty() ? List.of() : List.of(text), false, fill);
    }

    private static SourceRow row(int number, SourceCell... cells) {
        return new SourceRow(number, List.of(cells));
    }

    private static SourceTable plan(String... ragFills) {
        List<SourceRow> rows = new java.util.ArrayList<>();
        rows.add(row(1, SourceCell.of("No."), SourceCell.of("Action"), SourceCell.of("Lead"), SourceCell.of("Timescale"),
                SourceCell.of("RAG")));
        for (int i = 0; i < ragFills.length; i++) {
            rows.add(row(i + 2, SourceCell.of(String.valueOf(i + 1)), SourceCell.of("Action number " + (i + 1) + "."),
                    SourceCell.of("Head of Service"), SourceCell.of("June 2026"), shaded("", ragFills[i])));
        }
        return new SourceTable("table 2", rows);
    }

    private PlanReading read(SourceBlock... blocks) {
        return understanding.read(new SourceDocument("plan.docx", List.of(blocks)), ImportOptions.none());
    }

    private static List<String> rags(PlanReading reading) {
        return reading.plan().recommendations().stream().flatMap(r -> r.actions().stream()).map(ActionEntry::rag).toList();
    }

    @Test
    @DisplayName("names a shaded cell by the legend entry printed in that shade: this council's amber is a yellow")
    void namesAShadeByTheLegendsOwn() {
        SourceTable legend = new SourceTable("table 1", List.of(
                row(1, shaded("Red", "FF0000"), shaded("Amber", "FFFF00"), shaded("Green", "92D050")),
                row(2, SourceCell.of("Not started"), SourceCell.of("Slipping"), SourceCell.of("On track"))));
        PlanReading reading = read(legend, plan("FFFF00", "92D050", "FF0000"));
        assertThat(rags(reading)).containsExactly("AMBER", "GREEN", "RED");
        assertThat(reading.plan().plan().legend()).extracting(e -> e.colour() + " = " + e.meaning())
                .containsExactly("RED = Not started", "AMBER = Slipping", "GREEN = On track");
        assertThat(reading.origin("1.1", PlanField.RAG)).contains("FFFF00", "the shade the legend at table 1, row 1 gives Amber",
                "Slipping");
    }

    @Test
    @DisplayName("without a legend names a shade by its hue, and says there was no legend to check it against")
    void withoutALegendNamesTheHue() {
        PlanReading reading = read(plan("FFFF00"));
        assertThat(rags(reading)).containsExactly("YELLOW");
        assertThat(reading.plan().plan().legend()).isEmpty();
        assertThat(reading.origin("1.1", PlanField.RAG)).contains("no legend");
    }

    @Test
    @DisplayName("warns, and reads no RAG, for a shade whose colour the legend does not give")
    void warnsForAShadeOutsideTheLegend() {
        SourceText key = new SourceText("Key: Red - not started; Amber - in progress; Green - complete", 0, "paragraph 2");
        PlanReading reading = read(key, plan("0070C0", "00B050"));
        assertThat(rags(reading)).containsExactly(null, "GREEN");
        assertThat(reading.warnings()).filteredOn(w -> w.code().equals("RAG_SHADE_NOT_IN_LEGEND"))
                .extracting(ImportWarning::location).containsExactly("table 2, row 2, column RAG status");
    }

    @Test
    @DisplayName("reads a status written in the legend's words as the legend's colour")
    void readsStatusWordsByTheLegend() {
        List<SourceBlock> blocks = List.of(new SourceText("Red - Off track", 0, "paragraph 2"),
                new SourceText("Amber - At risk", 0, "paragraph 3"), new SourceText("Green - On track", 0, "paragraph 4"),
                new SourceText("Blue - Complete", 0, "paragraph 5"),
                new SourceTable("table 1", List.of(
                        row(1, SourceCell.of("No."), SourceCell.of("Action"), SourceCell.of("Lead"), SourceCell.of("Status")),
                        row(2, SourceCell.of("1"), SourceCell.of("Recruit."), SourceCell.of("Head of Service"), SourceCell.of("At risk")),
                        row(3, SourceCell.of("2"), SourceCell.of("Audit."), SourceCell.of("Head of Service"), SourceCell.of("Complete")),
                        row(4, SourceCell.of("3"), SourceCell.of("Train."), SourceCell.of("Head of Service"), SourceCell.of("Unknown")))));
        PlanReading reading = understanding.read(new SourceDocument("plan.docx", blocks), ImportOptions.none());
        assertThat(rags(reading)).containsExactly("AMBER", "BLUE", null);
        assertThat(reading.plan().plan().legend()).hasSize(4);
    }

    @Test
    @DisplayName("never takes a plan's own rows, below its header, for a legend")
    void planRowsAreNotALegend() {
        SourceTable table = new SourceTable("table 1", List.of(
                row(1, SourceCell.of("No."), SourceCell.of("Action"), SourceCell.of("RAG"), SourceCell.of("Progress")),
                row(2, SourceCell.of("1"), SourceCell.of("Red"), SourceCell.of("Amber"), SourceCell.of("Green")),
                row(3, SourceCell.of("2"), SourceCell.of("Not started"), SourceCell.of("Slipping"), SourceCell.of("On track"))));
        assertThat(read(table).plan().plan().legend()).isEmpty();
        assertThat(read(new SourceText("Progress is good: green in most areas - see below", 0, "paragraph 1"))
                .plan().plan().legend()).isEmpty();
    }
}
