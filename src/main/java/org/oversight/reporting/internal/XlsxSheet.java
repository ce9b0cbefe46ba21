package org.oversight.reporting.internal;

import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * One sheet of the workbook: a header row, then data. Text is always written as text; text a
 * spreadsheet would take for a formula (starting =, +, -, @, tab or carriage return) is
 * marked with the quote prefix, so it is shown as typed and never calculated.
 */
final class XlsxSheet {
    private final Sheet sheet;
    private final XlsxStyles styles;
    private int next;

    XlsxSheet(Workbook book, XlsxStyles styles, String name, List<String> headers, int... widths) {
        this.sheet = book.createSheet(name);
        this.styles = styles;
        Row header = sheet.createRow(next++);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(i, 256 * (i < widths.length ? widths[i] : 20));
        }
        sheet.createFreezePane(0, 1);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, headers.size() - 1));
    }

    void row(Object... values) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (v instanceof LocalDate d) {
                cell.setCellValue(d);
                cell.setCellStyle(styles.date);
            } else {
                String text = v.toString();
                cell.setCellValue(text);
                cell.setCellStyle(looksLikeFormula(text) ? styles.quoted : styles.text);
            }
        }
    }

    static boolean looksLikeFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    /** The cell styles a workbook shares. */
    static final class XlsxStyles {
        final CellStyle header;
        final CellStyle text;
        final CellStyle quoted;
        final CellStyle date;

        XlsxStyles(Workbook book) {
            header = book.createCellStyle();
            var bold = book.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setWrapText(true);
            text = book.createCellStyle();
            text.setWrapText(true);
            text.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
            quoted = book.createCellStyle();
            quoted.cloneStyleFrom(text);
            quoted.setQuotePrefixed(true);
            date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("d mmmm yyyy"));
            date.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
        }
    }
}
