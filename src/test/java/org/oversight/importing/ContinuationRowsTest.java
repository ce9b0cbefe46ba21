package org.oversight.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.plan.PlanExchange.ActionEntry;

/** Rows that continue the row above: the lines of cells split by a page break or a PDF extraction. */
class ContinuationRowsTest {
    private static final String HEADER = "Ref\tAction\tLead\tStart Date\tTarget End Date\n";

    @Test
    void joinsTheLinesOfASplitCellWithoutAWarning() {
        PlanReading reading = read(HEADER + """
                1\tWrite a short guide for\tHead of Service\tMay 2026\tJuly 2026
                \tfamilies that explains how\tTeam\t\t
                \tto ask for help, and\tManagers\t\t
                \t(publish it online).\t\t\t
                2\tTrain every duty worker.\tPrincipal Social Worker\tJune 2026\tAugust 2026
                """);
        List<ActionEntry> actions = actions(reading);
        assertThat(actions).hasSize(2);
        assertThat(actions.get(0).description())
                .isEqualTo("Write a short guide for families that explains how to ask for help, and (publish it online).");
        assertThat(reading.warnings()).extracting(ImportWarning::code).doesNotContain("JOINED_ROW");
    }

    @Test
    void warnsOnceForEachActionThatTookInRowsStartingNewSentences() {
        PlanReading reading = read(HEADER + """
                1\tHold a quarterly practice week.\tHead of Quality\tMay 2026\tMarch 2027
                \tShare what it finds with staff.\t\t\t
                \tReport the findings to the board.\t\t\t
                2\tReview the front door.\tService Manager\tJune 2026\tSeptember 2026
                \tPublish the review.\t\t\t
                """);
        assertThat(actions(reading)).hasSize(2);
        assertThat(reading.warnings()).filteredOn(w -> w.code().equals("JOINED_ROW"))
                .extracting(ImportWarning::location, ImportWarning::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("table 1, row 3, column Action", "This row and row 4 start new sentences"
                                + " but have no lead, start date, target date or priority of their own, so they were read as part"
                                + " of the action above; check whether any is an action of its own"),
                        org.assertj.core.groups.Tuple.tuple("table 1, row 6, column Action", "This row starts a new sentence but"
                                + " has no lead, start date, target date or priority of its own, so it was read as part of the"
                                + " action above; check whether it is an action of its own"));
    }

    private static PlanReading read(String text) {
        return ExampleDocuments.understanding().read(new PastedTextReader().readText(text, "plan.txt"), ImportOptions.none());
    }

    private static List<ActionEntry> actions(PlanReading reading) {
        return reading.plan().recommendations().stream().flatMap(r -> r.actions().stream()).toList();
    }
}
