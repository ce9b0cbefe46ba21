package org.oversight.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.plan.ActionRepository;
import org.oversight.plan.LeadRepository;
import org.oversight.plan.PlanExchange;
import org.oversight.plan.PlanExchange.ActionEntry;
import org.oversight.plan.PlanExchange.PlanHeader;
import org.oversight.plan.PlanExchange.ProgressEntry;
import org.oversight.plan.PlanExchange.RecommendationEntry;
import org.oversight.plan.PlanExchange.TimescaleEntry;
import org.oversight.plan.PlanRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** An import, new or update, completes whole or leaves the database as it was: run on each engine. */
@Transactional
abstract class ImportTransactionContract {
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;
    @Autowired
    PlanImporter importer;
    @Autowired
    PlanRepository plans;
    @Autowired
    ActionRepository actions;
    @Autowired
    LeadRepository leads;

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @DisplayName("should save nothing, not even new leads, when an action midway cannot be saved")
    void newImportIsAllOrNothing() {
        PlanExchange broken = plan(recommendation("1", action("1.1", "HIGH", "Head of Fostering")),
                recommendation("2", action("2.1", "URGENT-ISH", "Head of Adoption")));

        assertThatThrownBy(() -> importer.importNew(broken, "manager")).isInstanceOf(ImportRefused.class)
                .hasMessageContaining("action 2.1");

        assertThat(plans.count()).isZero();
        assertThat(leads.count()).isZero();
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @DisplayName("should record no progress and add no action when a newer version fails midway")
    void updateIsAllOrNothing() {
        long id = importer.importNew(plan(recommendation("1", action("1.1", "HIGH", "Head of Fostering"))), "manager");
        long actionsBefore = actions.count();
        PlanExchange newer = plan(recommendation("1", action("1.1", "HIGH", "Head of Fostering", "Panel meets monthly now"),
                action("1.2", "SOON", "Head of Adoption")));

        assertThatThrownBy(() -> importer.importUpdate(id, newer, "manager")).isInstanceOf(ImportRefused.class)
                .hasMessageContaining("action 1.2");

        assertThat(actions.count()).isEqualTo(actionsBefore);
        java.util.SortedSet<LocalDate> rounds = transactions.execute(status -> plans.findById(id).orElseThrow().getRounds());
        assertThat(rounds).containsExactly(LocalDate.of(2026, 4, 1));
    }

    @Test
    @DisplayName("should save the whole plan when every part is sound")
    void soundImportSavesEverything() {
        long id = importer.importNew(plan(recommendation("1", action("1.1", "HIGH", "Head of Fostering"),
                action("1.2", "LOW", "Fostering Panel"))), "manager");

        Integer saved = transactions.execute(status -> plans.findById(id).orElseThrow().actions().size());
        assertThat(saved).isEqualTo(2);
    }

    @Test
    @DisplayName("should save every plan of the layout corpus as it was read: recommendations, actions, leads, progress and RAG")
    void savesEveryCorpusPlanAsRead() throws Exception {
        PlanUnderstanding understanding = ExampleDocuments.understanding();
        java.nio.file.Path corpus = java.nio.file.Path.of("src", "test", "resources", "corpus");
        List<java.nio.file.Path> texts;
        try (var files = java.nio.file.Files.list(corpus)) {
            texts = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(texts).hasSizeGreaterThanOrEqualTo(20);
        for (java.nio.file.Path text : texts) {
            PlanReading reading = understanding.read(new PastedTextReader().readText(java.nio.file.Files.readString(text),
                    text.getFileName().toString()), ImportOptions.none());
            long id = importer.importNew(reading.plan(), "manager");
            List<String> saved = transactions.execute(status -> plans.findById(id).orElseThrow().actions().stream()
                    .map(a -> a.getReference() + "|" + a.getLeads().stream().map(org.oversight.plan.Lead::getName).toList()
                            + "|" + a.getUpdates().stream().map(u -> u.getText() + "/" + u.getRag()).toList()).toList());
            List<String> read = reading.plan().recommendations().stream().flatMap(r -> r.actions().stream())
                    .map(a -> a.ref() + "|" + a.leads() + "|" + a.progress().stream().map(p -> p.text() + "/" + p.rag())
                            .toList()).toList();
            assertThat(saved).as(text.getFileName().toString()).containsExactlyInAnyOrderElementsOf(read);
            Integer recommendations = transactions.execute(status -> plans.findById(id).orElseThrow().getRecommendations().size());
            assertThat(recommendations).isEqualTo(reading.plan().recommendations().size());
            if (!reading.plan().plan().legend().isEmpty()) {
                List<String> legend = transactions.execute(status -> plans.findById(id).orElseThrow().getLegend().stream()
                        .map(e -> e.getColour().name() + " = " + e.getMeaning()).toList());
                assertThat(legend).as(text.getFileName() + ": the plan's legend is the document's")
                        .containsExactlyElementsOf(reading.plan().plan().legend().stream().map(e -> e.colour() + " = " + e.meaning()).toList());
            }
        }
    }

    @Test
    @DisplayName("should give an imported plan the document's legend, its completion colour the one meaning complete")
    void givesTheImportedPlanTheDocumentsLegend() throws Exception {
        PlanUnderstanding understanding = ExampleDocuments.understanding();
        java.nio.file.Path text = java.nio.file.Path.of("src", "test", "resources", "corpus", "30-legend-status-words.txt");
        PlanReading reading = understanding.read(new PastedTextReader().readText(java.nio.file.Files.readString(text),
                text.getFileName().toString()), ImportOptions.none());
        long id = importer.importNew(reading.plan(), "manager");
        String complete = transactions.execute(status -> plans.findById(id).orElseThrow().getCompleteColour().name());
        assertThat(complete).isEqualTo("BLUE");
        List<String> rags = transactions.execute(status -> plans.findById(id).orElseThrow().actions().stream()
                .flatMap(a -> a.getUpdates().stream()).map(u -> String.valueOf(u.getRag())).toList());
        assertThat(rags).containsExactlyInAnyOrder("AMBER", "BLUE", "GREEN", "RED");
    }

    private static PlanExchange plan(RecommendationEntry... recommendations) {
        return new PlanExchange(new PlanHeader(null, "Fostering sufficiency plan", null, null, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), LocalDate.of(2026, 4, 1)), List.of(), List.of(recommendations), List.of());
    }

    private static RecommendationEntry recommendation(String number, ActionEntry... entries) {
        return new RecommendationEntry(null, number, "Recruit more foster carers locally.", null, null, null, null, List.of(entries));
    }

    private static ActionEntry action(String ref, String priority, String lead, String... progress) {
        List<ProgressEntry> updates = progress.length == 0
                ? List.of(new ProgressEntry(LocalDate.of(2026, 4, 1), "Started", "GREEN", null, null))
                : List.of(new ProgressEntry(LocalDate.of(2026, 7, 1), progress[0], "AMBER", null, null));
        return new ActionEntry(null, ref, "Hold an information evening", List.of(), List.of(lead), priority, null,
                new TimescaleEntry("June 2026", "DATE", LocalDate.of(2026, 6, 30), null), List.of(), null, null, null,
                null, List.of(), updates);
    }
}
