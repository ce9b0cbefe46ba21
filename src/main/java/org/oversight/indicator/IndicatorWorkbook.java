package org.oversight.indicator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads and writes indicator values as an Excel workbook: the CSV's columns on the first
 * sheet. Text is always written as text cells marked with a quote prefix, never as a formula.
 */
public final class IndicatorWorkbook {
    private IndicatorWorkbook() {
    }

    public static IndicatorSheet read(InputStream in) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(java.util.Locale.UK);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            if (header == null) {
                return new IndicatorSheet(List.of(), List.of("The first sheet is empty: it needs a header row."));
            }
            RowReader reader = new RowReader(cells(header, formatter));
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row != null) {
                    reader.read(r + 1, cells(row, formatter));
                }
            }
            return reader.sheet();
        } catch (RuntimeException e) {
            return new IndicatorSheet(List.of(), List.of("The file could not be read as an Excel workbook (.xlsx)."));
        }
    }

    private static List<String> cells(Row row, DataFormatter formatter) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? "" : formatter.formatCellValue(cell));
        }
        return cells;
    }

    public static byte[] write(List<IndicatorRow> rows) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Indicator values");
            CellStyle asText = workbook.createCellStyle();
            asText.setQuotePrefixed(true);
            Row header = sheet.createRow(0);
            for (int c = 0; c < IndicatorRow.ALL_COLUMNS.length; c++) {
                header.createCell(c).setCellValue(IndicatorRow.ALL_COLUMNS[c]);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                String[] cells = rows.get(r).cells();
                for (int c = 0; c < cells.length; c++) {
                    write(row.createCell(c), cells[c], IndicatorRow.numeric(c), asText);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Could not write the workbook", e);
        }
    }

    private static void write(Cell cell, String text, boolean numeric, CellStyle asText) {
        if (text.isEmpty()) {
            return;
        }
        if (numeric) {
            cell.setCellValue(Double.parseDouble(text));
        } else {
            cell.setCellValue(text);
            cell.setCellStyle(asText);
        }
    }
}
