package org.oversight.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oversight.plan.PlanExchange.ActionEntry;
import org.oversight.plan.PlanExchange.RecommendationEntry;

/** How the structure reader finds recommendations, actions and doubts in a table, whatever format it came from. */
class TableStructureTest {
    private static final String HEADED = "No.\tRecommendation\tAction\tLead\tTimescale\n";

    @ParameterizedTest(name = "\"{0}\" is recommendation {1}")
    @CsvSource(delimiter = '|', value = {"1|1", "1.1|1.1", "2(i)|2(i)", "2 (ii)|2(ii)", "(a)|a", "a)|a", "iv.|iv", "R1|1",
            "Rec 3|3", "Recommendation 4:|4", "12.|12", "SR3|SR3"})
    void readsTheNumberingStylesCouncilsUse(String written, String number) {
        PlanReading reading = read(HEADED + written + "\tKeep children safe.\tAudit the front door.\tHead of Service\tJune 2026\n");
        assertThat(reading.plan().recommendations()).extracting(RecommendationEntry::number).containsExactly(number);
    }

    @Test
    void neverReadsTheRangeThatEndsABrokenHeadingAsANumber() {
        PlanReading reading = read(HEADED + """
                Section A: leadership  1 - 2\t\t\t\t
                1\tLead well.\tHold a summit.\tChief Executive\tJune 2026
                2\tPlan well.\tWrite a plan.\tDirector\tJuly 2026
                """);
        assertThat(reading.plan().recommendations()).extracting(RecommendationEntry::number).containsExactly("1", "2");
        assertThat(reading.warnings()).extracting(ImportWarning::code).doesNotContain("MISSING_NUMBER", "SCANNING_NOISE");
    }

    @Test
    void takesTheRowsOwnNumberWhenASectionDigitRunsIntoItAndSaysSo() {
        PlanReading reading = read(HEADED + """
                1\tLead well.\tHold a summit.\tChief Executive\tJune 2026
                2  3\tPlan well.\tWrite a plan.\tDirector\tJuly 2026
                """);
        assertThat(reading.plan().recommendations()).extracting(RecommendationEntry::number).containsExactly("1", "3");
        assertThat(reading.warnings()).filteredOn(w -> w.code().equals("STRAY_NUMBER"))
                .extracting(ImportWarning::location).containsExactly("table 1, row 3, column Recommendation number");
    }

    @Test
    void aNumberWrappedInANarrowColumnIsOneNumberAndANumberReadAgainIsWarned() {
        PlanReading reading = read(HEADED + """
                99\tLead well.\tHold a summit.\tChief Executive\tJune 2026
                10  0\tPlan well.\tWrite a plan.\tDirector\tJuly 2026
                99\tLead again.\tHold another summit.\tChief Executive\tJune 2026
                """);
        assertThat(reading.plan().recommendations()).extracting(RecommendationEntry::number).containsExactly("99", "100");
        assertThat(reading.warnings()).extracting(ImportWarning::code, ImportWarning::location).containsExactly(
                org.assertj.core.groups.Tuple.tuple("NUMBER_SEEN_BEFORE", "table 1, row 4, column Recommendation number"));
    }

    @Test
    void aHeadlessNarrowFirstColumnOfNumbersStartsEachRecommendationAndEmptyCellsContinueIt() {
        PlanReading reading = read("""
                \tRecommendation\tAction\tLead\tTimescale
                1\tLead well.\tHold a summit.\tChief Executive\tJune 2026
                \t\tPublish the vision.\tCommunications Lead\tJuly 2026
                2\tPlan well.\tWrite a plan.\tDirector\tJuly 2026
                \t\tConsult on it.\tPolicy Officer\tAugust 2026
                """);
        assertThat(reading.plan().recommendations()).extracting(RecommendationEntry::number).containsExactly("1", "2");
        assertThat(actions(reading)).extracting(ActionEntry::ref).containsExactly("1.1", "1.2", "2.1", "2.2");
        assertThat(reading.origin("2.2", PlanField.LEAD)).isEqualTo("table 1, row 5, column Lead");
        assertThat(reading.explanations()).anySatisfy(e -> assertThat(e).startsWith("table 1, row 1: header row: column 1 has"
                + " no header of its own but holds numbers"));
    }

    @Test
    void aRecommendationWithoutAnActionColumnIsItsOwnAction() {
        PlanReading reading = read("No.\tRecommendation\tLead\tTimescale\n1\tPublish the forward plan.\tDemocratic Services"
                + " Manager\tMay 2026\n");
        ActionEntry only = reading.plan().recommendations().get(0).actions().get(0);
        assertThat(only.description()).isEqualTo("Publish the forward plan.");
        assertThat(only.leads()).containsExactly("Democratic Services Manager");
        assertThat(reading.warnings()).extracting(ImportWarning::code).doesNotContain("NO_ACTIONS_UNDER_RECOMMENDATION",
                "MISSING_DESCRIPTION");
    }

    @Test
    void warnsWhenTheDocumentStatesADifferentCountOrARecommendationHasNoActions() {
        PlanReading reading = read("The inspectors made three recommendations.\n" + HEADED + """
                1\tLead well.\tHold a summit.\tChief Executive\tJune 2026
                2\tPlan well.\t\t\t
                """);
        assertThat(reading.warnings()).extracting(ImportWarning::code, ImportWarning::location).contains(
                org.assertj.core.groups.Tuple.tuple("RECOMMENDATION_COUNT_DIFFERS", "line 1"),
                org.assertj.core.groups.Tuple.tuple("NO_ACTIONS_UNDER_RECOMMENDATION", "table 1, row 4, column Recommendation number"));
    }

    @Test
    void theCorrectionsChangeTheStructureRead() {
        String text = "Ref\tRecommendation\tAction\tLead\tTimescale\n"
                + "A\tLead well.\tHold a summit.  Publish the vision.\tChief Executive\tJune 2026\n"
                + "B\tPlan well.\tWrite a plan\tDirector\tJuly 2026\n"
                + "\t\tand consult on it.\t\t\n";
        PlanReading before = read(text);
        assertThat(actions(before)).hasSize(2);
        PlanReading after = read(text, StructureFixes.parse("""
                split table 1, row 2 into actions
                table 1, row 4 continues the row above
                """));
        assertThat(actions(after)).extracting(ActionEntry::description)
                .containsExactly("Hold a summit.", "Publish the vision.", "Write a plan and consult on it.");
        assertThat(after.explanations()).contains("table 1, row 4: continues the row above, as the corrections say");
    }

    @Test
    void aColumnNamedForSomethingElseCanBeMadeTheNumberColumn() {
        String text = "Priority area\tRecommendation\tAction\tLead\tTimescale\nSR1\tLead well.\tHold a summit.\tChief Executive\t"
                + "June 2026\nSR2\tPlan well.\tWrite a plan.\tDirector\tJuly 2026\n";
        PlanReading guessed = read(text);
        assertThat(guessed.plan().recommendations()).extracting(RecommendationEntry::number).containsExactly("1", "2");
        assertThat(guessed.warnings()).extracting(ImportWarning::code).contains("NO_NUMBER_COLUMN", "UNREADABLE_PRIORITY");
        PlanReading corrected = read(text, StructureFixes.parse("Column 1 is the recommendation number"));
        assertThat(corrected.plan().recommendations()).extracting(RecommendationEntry::number).containsExactly("SR1", "SR2");
        assertThat(corrected.warnings()).extracting(ImportWarning::code).doesNotContain("NO_NUMBER_COLUMN", "UNREADABLE_PRIORITY");
    }

    @Test
    void refusesACorrectionItCannotUnderstandNamingTheLine() {
        assertThatThrownBy(() -> StructureFixes.parse("column 1 is the recommendation number\nmerge everything"))
                .isInstanceOf(ImportRefused.class).hasMessageContaining("Line 2 of the corrections");
    }

    private static PlanReading read(String text) {
        return read(text, StructureFixes.none());
    }

    private static PlanReading read(String text, StructureFixes fixes) {
        return ExampleDocuments.understanding().read(new PastedTextReader().readText(text, "plan.txt"), ImportOptions.none(),
                ColumnMapping.empty(), fixes);
    }

    private static List<ActionEntry> actions(PlanReading reading) {
        return reading.plan().recommendations().stream().flatMap(r -> r.actions().stream()).toList();
    }
}
