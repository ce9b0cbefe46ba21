package org.oversight.sharing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The view across councils as CSV and as an Excel workbook, one row per shared plan. Text a
 * spreadsheet would take for a formula (starting =, +, -, @, tab or carriage return) is kept as
 * text: in CSV behind a leading apostrophe, in the workbook marked "quote prefix".
 */
final class OverviewFiles {
    static final List<String> HEADINGS = List.of("Council", "Region", "Plan", "Inspection", "Inspection date", "As at",
            "Red", "Amber", "Green", "Complete", "Actions", "Overdue", "Deadline moved twice or more",
            "Last progress round", "Days since last round", "Trend since previous round", "Published by instance",
            "Received on");
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private OverviewFiles() {
    }

    static String csv(List<OverviewRow> rows, LocalDate asAt) {
        StringBuilder out = new StringBuilder(line(HEADINGS));
        rows.forEach(r -> out.append(line(cells(r, asAt).stream().map(String::valueOf).toList())));
        return out.toString();
    }

    static byte[] xlsx(List<OverviewRow> rows, LocalDate asAt) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Overview");
            XSSFCellStyle quoted = workbook.createCellStyle();
            quoted.setQuotePrefixed(true);
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADINGS.size(); c++) {
                header.createCell(c).setCellValue(HEADINGS.get(c));
            }
            for (int i = 0; i < rows.size(); i++) {
                Row row = sheet.createRow(i + 1);
                List<Object> cells = cells(rows.get(i), asAt);
                for (int c = 0; c < cells.size(); c++) {
                    write(row.createCell(c), cells.get(c), quoted);
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Cell cell, Object value, XSSFCellStyle quoted) {
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
            return;
        }
        String text = String.valueOf(value);
        cell.setCellValue(text);
        if (formulaLike(text)) {
            cell.setCellStyle(quoted);
        }
    }

    private static List<Object> cells(OverviewRow r, LocalDate asAt) {
        List<Object> cells = new ArrayList<>();
        cells.add(r.council());
        cells.add(text(r.region()));
        cells.add(r.plan());
        cells.add(text(r.inspection()));
        cells.add(text(r.inspectionDate()));
        cells.add(asAt.toString());
        cells.add(r.red());
        cells.add(r.amber());
        cells.add(r.green());
        cells.add(r.complete());
        cells.add(r.total());
        cells.add(r.overdue());
        cells.add(r.movedTwice());
        cells.add(text(r.lastRound()));
        cells.add(r.daysSinceRound() == null ? "" : r.daysSinceRound());
        cells.add(r.trend().label());
        cells.add(text(r.fromInstance()));
        cells.add(r.receivedAt() == null ? "" : LocalDate.ofInstant(r.receivedAt(), java.time.ZoneOffset.UTC).toString());
        return cells;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static boolean formulaLike(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    }

    private static String line(List<String> cells) {
        List<String> written = new ArrayList<>();
        for (String cell : cells) {
            String safe = formulaLike(cell) ? "'" + cell : cell;
            boolean quote = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
            written.add(quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe);
        }
        return String.join(",", written) + "\r\n";
    }
}
