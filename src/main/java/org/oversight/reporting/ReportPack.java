package org.oversight.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One board report pack: every format is rendered from this and nothing else, and an issued
 * pack is kept as this record in JSON beside its files. Sections with nothing to show are
 * empty lists; the formats say so in words. {@code comparisons} is empty unless the pack was
 * asked to compare the indicators with other councils, and then it has its own section.
 */
public record ReportPack(Cover cover, Summary summary, ChangesSince changes, List<ExceptionRow> exceptions,
                         List<ActionRow> actions, List<IndicatorRow> indicators, List<FollowUpRow> followUps,
                         List<ComparisonRow> comparisons) {

    /** A pack without the indicators compared with other councils. */
    public ReportPack(Cover cover, Summary summary, ChangesSince changes, List<ExceptionRow> exceptions,
                      List<ActionRow> actions, List<IndicatorRow> indicators, List<FollowUpRow> followUps) {
        this(cover, summary, changes, exceptions, actions, indicators, followUps, List.of());
    }

    public ReportPack {
        comparisons = comparisons == null ? List.of() : List.copyOf(comparisons);
        exceptions = List.copyOf(exceptions);
        actions = List.copyOf(actions);
        indicators = List.copyOf(indicators);
        followUps = List.copyOf(followUps);
        if (cover.forPublication() && anyExempt(indicators, followUps)) {
            throw new IllegalArgumentException("A pack marked for publication cannot contain exempt content");
        }
    }

    /** Does the pack hold any exempt row? */
    public boolean containsExempt() {
        return anyExempt(indicators, followUps);
    }

    private static boolean anyExempt(List<IndicatorRow> indicators, List<FollowUpRow> followUps) {
        return indicators.stream().anyMatch(IndicatorRow::exempt) || followUps.stream().anyMatch(FollowUpRow::exempt);
    }

    /** Plan, board, meeting, period, "progress as at" date and author. */
    public record Cover(long planId, String planTitle, String organisation, String source, String board,
                        String meeting, LocalDate periodStart, LocalDate periodEnd, LocalDate asAt,
                        String author, LocalDate preparedOn, boolean forPublication) {
    }

    /** RAG totals overall, by workstream and by recommendation; counts follow {@code colours}. */
    public record Summary(List<RagMark> colours, TallyRow overall, List<TallyRow> byWorkstream,
                          List<TallyRow> byRecommendation, List<LegendLine> legend) {
    }

    /** How many actions stand at each colour (in the order of {@link Summary#colours()}). */
    public record TallyRow(String number, String title, List<Integer> counts, int total, RagMark rollUp) {
    }

    /** A colour of the plan's legend and what it means, in words. */
    public record LegendLine(RagMark mark, String meaning) {
    }

    /** Changes since the board's previous issued pack, or none when this is the first. */
    public record ChangesSince(Long previousPackId, Instant previousIssuedAt, LocalDate previousAsAt,
                               List<ChangeRow> rows) {
        public static final List<String> KINDS = List.of("Newly red", "Turned green", "Completed", "New action",
                "Deadline moved", "Status overridden");

        public ChangesSince {
            rows = List.copyOf(rows);
        }

        public boolean firstPack() { return previousPackId == null; }

        public List<ChangeRow> ofKind(String kind) {
            return rows.stream().filter(r -> r.kind().equals(kind)).toList();
        }
    }

    /** One change about one action, in words; {@code timesMoved} counts its deadline moves. */
    public record ChangeRow(String kind, String reference, String action, String words, int timesMoved) {
    }

    /** A red, overdue, stale, at-risk or waiting action, with why. */
    public record ExceptionRow(String reference, String action, String leads, RagMark rag, List<String> flags,
                               String reason, LocalDate latestUpdateAsAt, String latestUpdate) {
    }

    /** One row of the full action table. */
    public record ActionRow(String reference, String recommendation, String workstream, String action, String leads,
                            String timescaleWritten, String timescaleRead, String status, RagMark rag,
                            boolean overridden, LocalDate latestProgressAsAt, String latestProgress) {
    }
}
