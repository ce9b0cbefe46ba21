package org.oversight.importing.formats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbooks made for the tests: an action sheet with a merged recommendation, dates and numbers, and a notes sheet. */
final class SheetFixtures {
    private SheetFixtures() {
    }

    static byte[] twoSheets() {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet actions = workbook.createSheet("Actions");
            XSSFCellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("d-mmm-yy"));
            row(actions, 0, "Rec", "Recommendation", "Action", "Target date", "Score");
            row(actions, 1, "4", "Audit the quality of supervision.", "4.1 Sample ten case files a month\nReport to the board",
                    null, null);
            actions.getRow(1).createCell(3).setCellValue(LocalDate.of(2026, 10, 1));
            actions.getRow(1).getCell(3).setCellStyle(date);
            actions.getRow(1).createCell(4).setCellValue(3.0);
            row(actions, 2, null, null, "4.2 Share the findings with team managers", null, null);
            actions.getRow(2).createCell(4).setCellValue(2.5);
            actions.addMergedRegion(new CellRangeAddress(1, 2, 1, 1));
            actions.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
            XSSFSheet notes = workbook.createSheet("Notes");
            row(notes, 3, "Prepared for the improvement board");
            workbook.createSheet("Empty");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(XSSFSheet sheet, int index, String... values) {
        XSSFRow row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                row.createCell(i).setCellValue(values[i]);
            }
        }
    }
}
