package org.oversight.reporting.internal;

import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.oversight.reporting.ReportPack;
import org.oversight.reporting.ReportPack.ChangesSince;
import org.oversight.reporting.internal.XlsxSheet.XlsxStyles;

/** The workbook's sheets after the summary; a section with nothing to show says so in its first row. */
final class XlsxSections {
    private XlsxSections() {
    }

    static void changes(Workbook book, XlsxStyles styles, ChangesSince ch) {
        XlsxSheet sheet = new XlsxSheet(book, styles, "Changes", List.of("Change", "Ref.", "Action", "What changed",
                "Deadline moves in all"), 18, 8, 50, 70, 12);
        sheet.row("Changes since the previous report", "", new PackWords().changesIntro(ch));
        ChangesSince.KINDS.forEach(kind -> ch.ofKind(kind).forEach(r ->
                sheet.row(r.kind(), r.reference(), r.action(), r.words(), r.timesMoved())));
    }

    static void exceptions(Workbook book, XlsxStyles styles, ReportPack pack) {
        XlsxSheet sheet = new XlsxSheet(book, styles, "Exceptions", List.of("Ref.", "Action", "Lead", "Status",
                "Flags", "Why", "Latest update on", "Latest update"), 8, 50, 30, 10, 24, 60, 16, 60);
        if (pack.exceptions().isEmpty()) {
            sheet.row("None", "There are no exceptions.");
        }
        pack.exceptions().forEach(e -> sheet.row(e.reference(), e.action(), e.leads(), e.rag().label(),
                String.join(", ", e.flags()), e.reason(), e.latestUpdateAsAt(), e.latestUpdate()));
    }

    static void actions(Workbook book, XlsxStyles styles, ReportPack pack) {
        XlsxSheet sheet = new XlsxSheet(book, styles, "Actions", List.of("Ref.", "Recommendation", "Workstream", "Action",
                "Lead", "Timescale as written", "Timescale as read", "Progress", "Status", "Status set by an officer",
                "Latest progress on", "Latest progress"), 8, 10, 10, 50, 30, 20, 30, 14, 10, 10, 16, 60);
        if (pack.actions().isEmpty()) {
            sheet.row("None", "", "", "This plan has no actions.");
        }
        pack.actions().forEach(a -> sheet.row(a.reference(), a.recommendation(), a.workstream(), a.action(), a.leads(),
                a.timescaleWritten(), a.timescaleRead(), a.status(), a.rag().label(), a.overridden() ? "Yes" : "No",
                a.latestProgressAsAt(), a.latestProgress()));
    }

    static void indicators(Workbook book, XlsxStyles styles, ReportPack pack) {
        XlsxSheet sheet = new XlsxSheet(book, styles, "Indicators", List.of("Code", "Indicator", "Period", "Latest value",
                "Target", "Comparators", "Good is", "Commentary", "Trend"), 10, 40, 12, 12, 12, 30, 10, 60, 40);
        if (pack.indicators().isEmpty()) {
            sheet.row("None", "No indicators are linked to this plan.");
        }
        pack.indicators().forEach(i -> sheet.row(i.code(), i.title(), i.period(), i.latestValue(), i.target(),
                i.comparators(), i.direction(), i.commentary(), i.trendAlt()));
    }

    /** The indicators compared with other councils, when the pack has them: a line per comparator, then the position. */
    static void comparisons(Workbook book, XlsxStyles styles, ReportPack pack) {
        if (pack.comparisons().isEmpty()) {
            return;
        }
        XlsxSheet sheet = new XlsxSheet(book, styles, "Compared", List.of("Code", "Indicator", "Period", "Compared with",
                "Figure"), 10, 40, 12, 40, 60);
        pack.comparisons().forEach(k -> {
            k.lines().forEach(l -> sheet.row(k.code(), k.title(), k.period(), l.comparator(), l.figure()));
            sheet.row(k.code(), k.title(), k.period(), "Position", k.position());
        });
    }

    static void followUps(Workbook book, XlsxStyles styles, ReportPack pack) {
        XlsxSheet sheet = new XlsxSheet(book, styles, "Follow-ups", List.of("Ref.", "Meeting", "Asked for", "Owner",
                "Due", "Status"), 12, 20, 60, 24, 16, 12);
        if (pack.followUps().isEmpty()) {
            sheet.row("None", "", "There are no open follow-ups recorded for " + pack.cover().board() + ".");
        }
        pack.followUps().forEach(f -> sheet.row(f.reference(), f.meeting(), f.text(), f.owner(), f.due(), f.status()));
    }
}
