package org.oversight.committee;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.oversight.plan.PlanRepository;
import org.oversight.reporting.PackRequest;
import org.oversight.reporting.ReportPack;
import org.oversight.reporting.ReportPacks;
import org.springframework.stereotype.Component;

/**
 * The live parts an author puts in a report's main content, each a line of its own:
 * {@code [progress of plan 12 as at 2026-11-30]}, {@code [exceptions of plan 12]},
 * {@code [indicators of plan 12]}, {@code [follow-ups of plan 12]}. While the report is a draft or
 * in clearance they show the plan as it stands (through the reporting feature's board pack, never
 * another council's plan, never an exempt row in a public report); when the report is published
 * they are frozen as they were, and from then on shown as frozen.
 */
@Component
public class LiveParts {
    static final Pattern PART = Pattern.compile(
            "^\\[(progress|exceptions|indicators|follow-ups) of plan (\\d{1,12})(?: as at (\\d{4}-\\d{2}-\\d{2}))?\\]$");
    private final ReportPacks packs;
    private final PlanRepository plans;
    private final Clock clock;

    LiveParts(ReportPacks packs, PlanRepository plans, Clock clock) {
        this.packs = packs;
        this.plans = plans;
        this.clock = clock;
    }

    /** A live part drawn as a table. */
    public record Table(String caption, List<String> header, List<List<String>> rows) {
    }

    /** A piece of the main content: words, or a live part's table. */
    public record Block(String text, Table table) {
        public boolean isTable() { return table != null; }
    }

    /** The main content in order: its words and, for each live part, its table (frozen once published). */
    public List<Block> blocks(CommitteeReport report) {
        List<Block> blocks = new ArrayList<>();
        List<FrozenPart> frozen = report.getFrozenParts();
        StringBuilder text = new StringBuilder();
        int part = 0;
        for (String line : lines(report)) {
            Matcher m = PART.matcher(line.strip());
            if (!m.matches()) {
                text.append(text.isEmpty() ? "" : "\n").append(line);
                continue;
            }
            if (!text.toString().isBlank()) {
                blocks.add(new Block(text.toString(), null));
            }
            text.setLength(0);
            blocks.add(new Block(null, report.getStatus() == ReportStatus.PUBLISHED && part < frozen.size()
                    ? frozen.get(part).table() : live(report, m)));
            part++;
        }
        if (!text.toString().isBlank()) {
            blocks.add(new Block(text.toString(), null));
        }
        return blocks;
    }

    /** Every live part of the report as it stands now, to freeze on publication. */
    List<FrozenPart> freeze(CommitteeReport report) {
        return lines(report).stream().map(l -> PART.matcher(l.strip())).filter(Matcher::matches)
                .map(m -> new FrozenPart(live(report, m))).toList();
    }

    private static List<String> lines(CommitteeReport report) {
        return report.getMainContent() == null ? List.of() : report.getMainContent().lines().toList();
    }

    private Table live(CommitteeReport report, Matcher m) {
        String kind = m.group(1);
        long planId = Long.parseLong(m.group(2));
        LocalDate asAt = m.group(3) == null ? LocalDate.now(clock) : parse(m.group(3)).orElse(LocalDate.now(clock));
        Long owner = report.getMeeting().getBoard().getOrganisationId();
        Optional<ReportPack> pack = plans.findById(planId).filter(p -> Objects.equals(p.getOwnerId(), owner))
                .flatMap(p -> packs.prepare(planId, new PackRequest(report.getMeeting().getBoard().getName(), null, asAt,
                        report.getAuthor(), !report.isExempt(), report.isExempt())));
        if (pack.isEmpty()) {
            return new Table("No plan " + planId + " of the board's organisation", List.of("Live part"), List.of(List.of(m.group())));
        }
        ReportPack p = pack.get();
        String plan = p.cover().planTitle();
        return switch (kind) {
            case "progress" -> new Table("Progress of " + plan + " as at " + asAt, Stream.concat(Stream.of("Actions"),
                    Stream.concat(p.summary().colours().stream().map(c -> c.label()), Stream.of("Total"))).toList(),
                    Stream.concat(Stream.of(p.summary().overall()), p.summary().byWorkstream().stream())
                            .map(t -> Stream.concat(Stream.of(t.number() == null || t.number().isBlank() ? t.title() : t.number() + " " + t.title()),
                                    Stream.concat(t.counts().stream().map(String::valueOf), Stream.of(String.valueOf(t.total())))).toList())
                            .toList());
            case "exceptions" -> new Table("Exceptions in " + plan + " as at " + asAt, List.of("Action", "Rating", "Reason"),
                    p.exceptions().stream().map(e -> List.of(e.reference() + " " + e.action(), e.rag() == null ? "" : e.rag().label(),
                            e.reason() == null ? "" : e.reason())).toList());
            case "indicators" -> new Table("Indicators of " + plan + " as at " + asAt, List.of("Indicator", "Period", "Latest", "Target"),
                    p.indicators().stream().map(i -> List.of(i.code() + " " + i.title(), nz(i.period()), nz(i.latestValue()), nz(i.target())))
                            .toList());
            default -> new Table("Follow-ups due on " + plan + " as at " + asAt, List.of("Follow-up", "Owner", "Due", "Status"),
                    p.followUps().stream().map(f -> List.of(f.reference() + " " + f.text(), nz(f.owner()),
                            f.due() == null ? "" : f.due().toString(), nz(f.status()))).toList());
        };
    }

    private static String nz(String s) { return s == null ? "" : s; }

    private static Optional<LocalDate> parse(String date) {
        try {
            return Optional.of(LocalDate.parse(date));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
