package org.oversight.plan;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of the plan workbook. A RAG cell is filled with its colour and says the
 * colour in words with its symbol, so colour is never the only cue. Text starting with a
 * character a spreadsheet reads as a formula (= + - @, tab, carriage return) is marked
 * "quote prefix", so it stays text.
 */
final class WorkbookStyles {
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Map<RagColour, String> FILLS = Map.of(RagColour.RED, "D4351C", RagColour.AMBER, "F47738",
            RagColour.GREEN, "00703C", RagColour.YELLOW, "FFDD00", RagColour.BLUE, "1D70B8");
    private final XSSFWorkbook workbook;
    private final XSSFCellStyle header;
    private final XSSFCellStyle wrapped;
    private final XSSFCellStyle quoted;
    private final Map<RagColour, XSSFCellStyle> rags = new EnumMap<>(RagColour.class);

    WorkbookStyles(XSSFWorkbook workbook) {
        this.workbook = workbook;
        XSSFFont bold = workbook.createFont();
        bold.setBold(true);
        header = wrapping();
        header.setFont(bold);
        header.setFillForegroundColor(new XSSFColor(new byte[]{(byte) 0xF3, (byte) 0xF2, (byte) 0xF1}, null));
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        wrapped = wrapping();
        quoted = wrapping();
        quoted.setQuotePrefixed(true);
        for (RagColour colour : RagColour.values()) {
            XSSFCellStyle style = wrapping();
            style.setFillForegroundColor(new XSSFColor(hex(FILLS.get(colour)), null));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            XSSFFont font = workbook.createFont();
            font.setBold(true);
            boolean light = colour == RagColour.YELLOW;
            font.setColor(new XSSFColor(light ? new byte[]{0x0B, 0x0C, 0x0C} : new byte[]{-1, -1, -1}, null));
            style.setFont(font);
            rags.put(colour, style);
        }
    }

    CellStyle header() {
        return header;
    }

    CellStyle wrapped() {
        return wrapped;
    }

    void text(Cell cell, String value, CellStyle style) {
        String text = value == null ? "" : value;
        cell.setCellValue(text);
        boolean formulaLike = !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
        cell.setCellStyle(formulaLike && style == wrapped ? quoted : style);
    }

    /** A RAG cell: "▲ Red" on red, "● Green" on green; blank when there is no colour. */
    void rag(Cell cell, String colourName) {
        RagColour colour = RagColour.fromWord(colourName).orElse(null);
        if (colour == null) {
            text(cell, "", wrapped);
            return;
        }
        cell.setCellValue(colour.symbol() + " " + colour.label());
        cell.setCellStyle(rags.get(colour));
    }

    private XSSFCellStyle wrapping() {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    private static byte[] hex(String rgb) {
        return new byte[]{(byte) Integer.parseInt(rgb.substring(0, 2), 16), (byte) Integer.parseInt(rgb.substring(2, 4), 16),
                (byte) Integer.parseInt(rgb.substring(4, 6), 16)};
    }
}
