package org.oversight.reporting.internal;

import java.util.List;
import org.oversight.reporting.ReportPack;
import org.oversight.reporting.ReportPack.ChangesSince;
import org.oversight.reporting.internal.DocxWriter.Cell;

/** The sections of the Word pack after the summary, in the order of the HTML. */
final class DocxSections {
    private DocxSections() {
    }

    static void changes(DocxWriter w, ChangesSince ch, PackWords words) {
        w.heading("2. Changes since the previous report", 2);
        w.paragraph(words.changesIntro(ch));
        if (ch.firstPack()) {
            return;
        }
        for (String kind : ChangesSince.KINDS) {
            w.heading(kind, 3);
            List<ReportPack.ChangeRow> rows = ch.ofKind(kind);
            if (rows.isEmpty()) {
                w.paragraph("None.");
            } else {
                w.table(List.of("Ref.", "Action", "What changed", "Deadline moves in all"), rows.stream()
                        .map(r -> List.of(Cell.bold(r.reference()), Cell.of(r.action()), Cell.of(r.words()),
                                Cell.of(String.valueOf(r.timesMoved())))).toList());
            }
        }
    }

    static void exceptions(DocxWriter w, ReportPack pack, PackWords words) {
        w.heading("3. Exceptions", 2);
        w.paragraph("Every action that is red, overdue, without a recent update, at risk through a dependency or waiting on an external event.");
        if (pack.exceptions().isEmpty()) {
            w.paragraph("There are no exceptions: no action is red, overdue, without a recent update, at risk or waiting.");
            return;
        }
        w.table(List.of("Ref.", "Action", "Lead", "Status", "Why", "Latest update"), pack.exceptions().stream()
                .map(e -> List.of(Cell.bold(e.reference()), Cell.of(e.action()), Cell.of(e.leads()),
                        Cell.rag(e.rag(), String.join(", ", e.flags())), Cell.of(e.reason()),
                        Cell.of(latest(words, e.latestUpdateAsAt(), e.latestUpdate())))).toList());
    }

    static void actions(DocxWriter w, ReportPack pack, PackWords words) {
        w.heading("4. All actions", 2);
        if (pack.actions().isEmpty()) {
            w.paragraph("This plan has no actions.");
            return;
        }
        w.table(List.of("Ref.", "Action", "Lead", "Timescale as written", "Timescale as read", "Status", "Latest progress"),
                pack.actions().stream().map(a -> List.of(Cell.bold(a.reference()), Cell.of(a.action()), Cell.of(a.leads()),
                        Cell.of(a.timescaleWritten().isEmpty() ? "None given" : a.timescaleWritten()), Cell.of(a.timescaleRead()),
                        Cell.rag(a.rag(), a.status() + (a.overridden() ? ", status set by an officer" : "")),
                        Cell.of(latest(words, a.latestProgressAsAt(), a.latestProgress())))).toList());
    }

    static void indicators(DocxWriter w, ReportPack pack) {
        w.heading("5. Indicators linked to the plan", 2);
        if (pack.indicators().isEmpty()) {
            w.paragraph("No indicators are linked to this plan.");
            return;
        }
        w.table(List.of("Indicator", "Latest value", "Target", "Comparators", "Good is", "Commentary", "Trend"),
                pack.indicators().stream().map(i -> List.of(Cell.bold(i.code() + " " + i.title()),
                        Cell.of(i.latestValue() + " (" + i.period() + ")"), Cell.of(i.target() == null ? "No target" : i.target()),
                        Cell.of(i.comparators()), Cell.of(i.direction()), Cell.of(i.commentary()),
                        Cell.of(i.trendAlt() == null ? "No trend" : i.trendAlt()))).toList());
    }

    /** The indicators compared with other councils, when the pack has them. */
    static void comparisons(DocxWriter w, ReportPack pack) {
        if (pack.comparisons().isEmpty()) {
            return;
        }
        w.heading("Indicators compared with other councils", 2);
        pack.comparisons().forEach(k -> {
            w.heading(k.code() + " " + k.title() + " (" + k.period() + ")", 3);
            w.table(List.of("Compared with", "Figure"), k.lines().stream()
                    .map(l -> List.of(Cell.bold(l.comparator()), Cell.of(l.figure()))).toList());
            w.paragraph(k.position());
        });
    }

    static void followUps(DocxWriter w, ReportPack pack, PackWords words) {
        w.heading("6. The board's open follow-ups", 2);
        if (pack.followUps().isEmpty()) {
            w.paragraph("There are no open follow-ups recorded for " + pack.cover().board() + ".");
        } else {
            w.table(List.of("Ref.", "Meeting", "Asked for", "Owner", "Due", "Status"), pack.followUps().stream()
                    .map(f -> List.of(Cell.bold(f.reference()), Cell.of(f.meeting()), Cell.of(f.text()), Cell.of(f.owner()),
                            Cell.of(words.date(f.due())), Cell.of(f.status()))).toList());
        }
        if (pack.cover().forPublication()) {
            w.paragraph("This report is for publication: exempt items are left out.");
        }
    }

    static String latest(PackWords words, java.time.LocalDate asAt, String text) {
        return asAt == null ? "No update yet" : words.date(asAt) + ": " + text;
    }
}
