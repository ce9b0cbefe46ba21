package org.oversight.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.oversight.plan.PlanExchange;
import org.oversight.plan.PlanExchange.PlanHeader;
import org.oversight.plan.PlanExchange.WorkstreamEntry;
import org.oversight.timescale.DateReader;
import org.oversight.timescale.TimescaleReader;
import org.springframework.stereotype.Component;

/**
 * The understanding step: a {@link SourceDocument} becomes a plan in the exchange shape, with
 * warnings pointing at rows and cells. Action tables are read by their column headers (mapped by
 * {@link ColumnMapping}, which a person may correct); a document without action tables is read as
 * a numbered list of recommendations each followed by the council's response.
 */
@Component
public class PlanUnderstanding {
    private final TimescaleReader timescales;
    private final DateReader dates;

    public PlanUnderstanding(TimescaleReader timescales, DateReader dates) {
        this.timescales = timescales;
        this.dates = dates;
    }

    public PlanReading read(SourceDocument document, ImportOptions options) {
        return read(document, options, ColumnMapping.empty());
    }

    public PlanReading read(SourceDocument document, ImportOptions options, ColumnMapping corrected) {
        return read(document, options, corrected, StructureFixes.none());
    }

    /** Reads the document with the person's corrections of columns and of structure. */
    public PlanReading read(SourceDocument document, ImportOptions options, ColumnMapping corrected, StructureFixes fixes) {
        List<ImportWarning> warnings = new ArrayList<>();
        ColumnMapping mapping = corrected.including(headers(document));
        WorkstreamOutline outline = WorkstreamOutline.of(document, warnings);
        RagLegend legend = RagLegend.find(document);
        TableReading tables = new TableReading(mapping, warnings, fixes, legend);
        if (!legend.isEmpty()) {
            tables.explanations.add(legend.location() + ": the RAG legend: " + legend.entries().stream()
                    .map(e -> e.colour().label() + (e.fill() == null ? "" : " (shaded " + e.fill() + ")") + " = " + e.meaning())
                    .collect(java.util.stream.Collectors.joining("; ")));
        }
        for (SourceTable table : document.tables()) {
            if (table.doubt() != null) {
                warnings.add(new ImportWarning("UNRULED_TABLE_GUESSED", null, table.doubt(), table.location()));
            }
            tables.read(table, outline.tableWorkstream.get(table));
        }
        tables.finish();
        List<RecommendationDraft> drafts = new ArrayList<>(tables.recommendations.values());
        if (drafts.isEmpty()) {
            drafts.addAll(ResponseList.of(document));
        }
        Optional<LocalDate[]> found = DocumentFacts.period(document, outline.phases);
        LocalDate start = options.periodStart() != null ? options.periodStart() : found.map(p -> p[0]).orElse(null);
        LocalDate end = options.periodEnd() != null ? options.periodEnd() : found.map(p -> p[1]).orElse(null);
        LocalDate asAt = options.asAt() != null ? options.asAt() : DocumentFacts.asAt(document).orElse(null);
        if (drafts.isEmpty()) {
            warnings.add(new ImportWarning("NO_ACTIONS_FOUND", null, "Found no action table (a header row naming the"
                    + " actions) and no numbered list of recommendations", document.name()));
        }
        StatedCount.check(document, drafts.size(), warnings);
        ExchangeBuilder builder = new ExchangeBuilder(timescales, dates, start, end, asAt, mapping, warnings, legend);
        var recommendations = builder.build(drafts, outline.workstreams);
        List<WorkstreamEntry> workstreams = outline.workstreams.values().stream().map(w -> new WorkstreamEntry(w.number,
                w.title == null ? "Workstream " + w.number : w.title, w.lead, w.keyAim, w.deliverables)).toList();
        outline.workstreams.values().stream().filter(w -> w.lead == null).forEach(w -> warnings.add(new ImportWarning(
                "MISSING_LEAD", w.number, "Workstream " + w.number + " has no strategic lead", null)));
        PlanHeader header = new PlanHeader(null, DocumentFacts.title(document), null, null, start, end, asAt,
                legend.entries().stream().map(e -> new PlanExchange.LegendEntry(e.colour().name(), e.meaning())).toList());
        PlanExchange plan = new PlanExchange(header, workstreams, recommendations,
                warnings.stream().map(ImportWarning::entry).toList());
        return new PlanReading(plan, mapping, outline.phases, warnings, builder.provenance, tables.explanations);
    }

    private static List<String> headers(SourceDocument document) {
        List<String> headers = new ArrayList<>();
        for (SourceTable table : document.tables()) {
            for (SourceRow row : table.rows()) {
                List<String> cells = row.cells().stream().map(SourceCell::text).toList();
                if (PlanField.isHeader(cells)) {
                    headers.addAll(cells);
                }
            }
        }
        return headers;
    }
}
