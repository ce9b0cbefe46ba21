package org.oversight.plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.oversight.plan.PlanExchange.ActionEntry;
import org.oversight.plan.PlanExchange.ProgressEntry;
import org.oversight.plan.PlanExchange.RecommendationEntry;

/**
 * A plan as a formatted Excel workbook: a Plan sheet with the plan's details, an Actions sheet
 * with one row per action (the columns of {@link PlanCsv}), and a Progress sheet with every
 * update. RAG cells are coloured and say the colour in words. Header rows are frozen, filtered
 * and wrapped; text that a spreadsheet would take for a formula is kept as text.
 */
public final class PlanWorkbook {
    static final List<String> ACTION_HEADINGS = List.of("Recommendation", "Ref", "Description", "Outcomes",
            "Leads", "Priority", "Start", "Timescale as written", "Kind", "Due", "Recurrence", "RAG", "Status",
            "Latest progress as at", "Latest progress");
    static final List<String> PROGRESS_HEADINGS = List.of("Recommendation", "Ref", "As at", "RAG", "Status after",
            "Author", "Progress");
    private static final int[] ACTION_WIDTHS = {14, 8, 50, 40, 28, 10, 12, 22, 12, 12, 12, 10, 14, 14, 60};
    private static final int[] PROGRESS_WIDTHS = {14, 8, 12, 10, 14, 20, 80};
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);

    private PlanWorkbook() {
    }

    public static byte[] of(PlanExchange plan) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            planSheet(workbook.createSheet("Plan"), plan, styles);
            actionsSheet(workbook.createSheet("Actions"), plan, styles);
            progressSheet(workbook.createSheet("Progress"), plan, styles);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void planSheet(Sheet sheet, PlanExchange plan, WorkbookStyles styles) {
        PlanExchange.PlanHeader h = plan.plan();
        String[][] rows = {{"Title", h.title()}, {"Source", h.source()}, {"Owner", h.owner()},
                {"Period start", date(h.periodStart())}, {"Period end", date(h.periodEnd())},
                {"As at", date(h.asAt())}, {"Recommendations", String.valueOf(plan.recommendations().size())},
                {"Actions", String.valueOf(plan.actionCount())}};
        for (int i = 0; i < rows.length; i++) {
            var row = sheet.createRow(i);
            styles.text(row.createCell(0), rows[i][0], styles.header());
            styles.text(row.createCell(1), rows[i][1], styles.wrapped());
        }
        sheet.setColumnWidth(0, 20 * 256);
        sheet.setColumnWidth(1, 80 * 256);
    }

    private static void actionsSheet(Sheet sheet, PlanExchange plan, WorkbookStyles styles) {
        header(sheet, ACTION_HEADINGS, ACTION_WIDTHS, styles);
        int r = 1;
        for (RecommendationEntry rec : plan.recommendations()) {
            for (ActionEntry a : rec.actions()) {
                ProgressEntry latest = a.progress().isEmpty() ? null : a.progress().get(a.progress().size() - 1);
                List<String> values = List.of(text(rec.number()), text(a.ref()), text(a.description()),
                        String.join("\n", a.outcomes()), String.join("\n", a.leads()), text(a.priority()), date(a.start()),
                        text(a.timescale().text()), text(a.timescale().kind()), date(a.timescale().due()),
                        text(a.timescale().recurrence()), "", text(a.status()),
                        latest == null ? "" : date(latest.asAt()), latest == null ? "" : text(latest.text()));
                row(sheet, r++, values, 11, a.rag(), styles);
            }
        }
        finish(sheet, ACTION_HEADINGS.size(), r);
    }

    private static void progressSheet(Sheet sheet, PlanExchange plan, WorkbookStyles styles) {
        header(sheet, PROGRESS_HEADINGS, PROGRESS_WIDTHS, styles);
        int r = 1;
        for (RecommendationEntry rec : plan.recommendations()) {
            for (ActionEntry a : rec.actions()) {
                for (ProgressEntry p : a.progress()) {
                    row(sheet, r++, List.of(text(rec.number()), text(a.ref()), date(p.asAt()), "", text(p.status()),
                            text(p.author()), text(p.text())), 3, p.rag(), styles);
                }
            }
        }
        finish(sheet, PROGRESS_HEADINGS.size(), r);
    }

    private static void row(Sheet sheet, int index, List<String> values, int ragColumn, String rag,
                            WorkbookStyles styles) {
        var row = sheet.createRow(index);
        for (int c = 0; c < values.size(); c++) {
            if (c == ragColumn) {
                styles.rag(row.createCell(c), rag);
            } else {
                styles.text(row.createCell(c), values.get(c), styles.wrapped());
            }
        }
    }

    private static void header(Sheet sheet, List<String> headings, int[] widths, WorkbookStyles styles) {
        var row = sheet.createRow(0);
        for (int c = 0; c < headings.size(); c++) {
            styles.text(row.createCell(c), headings.get(c), styles.header());
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }

    private static void finish(Sheet sheet, int columns, int rows) {
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows - 1), 0, columns - 1));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.format(DATE);
    }
}
