package org.oversight.reporting.internal;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.oversight.reporting.RagMark;

/** Headings, paragraphs and real tables (header row repeated on every page) in a Word document. */
final class DocxWriter {
    /** One cell: its lines, and the status it shows (shaded, with the word and symbol), if any. */
    record Cell(List<String> lines, RagMark rag, boolean bold) {
        static Cell of(String text) { return new Cell(List.of(text == null ? "" : text), null, false); }
        static Cell bold(String text) { return new Cell(List.of(text == null ? "" : text), null, true); }
        static Cell rag(RagMark rag, String... more) {
            return new Cell(java.util.stream.Stream.concat(java.util.stream.Stream.of(rag.inWords()),
                    java.util.Arrays.stream(more)).toList(), rag, true);
        }
    }

    private final XWPFDocument doc;

    DocxWriter(XWPFDocument doc) {
        this.doc = doc;
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setOrient(STPageOrientation.LANDSCAPE);
        size.setW(BigInteger.valueOf(16838));
        size.setH(BigInteger.valueOf(11906));
        var margins = section.addNewPgMar();
        for (var side : List.of("top", "bottom", "left", "right")) {
            BigInteger m = BigInteger.valueOf(850);
            switch (side) {
                case "top" -> margins.setTop(m);
                case "bottom" -> margins.setBottom(m);
                case "left" -> margins.setLeft(m);
                default -> margins.setRight(m);
            }
        }
    }

    void heading(String text, int level) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("Heading" + level);
        p.createRun().setText(text);
    }

    void paragraph(String text) {
        XWPFParagraph p = doc.createParagraph();
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setFontFamily("Arial");
        run.setFontSize(11);
    }

    void table(List<String> headers, List<List<Cell>> rows) {
        XWPFTable table = doc.createTable(rows.size() + 1, headers.size());
        table.setWidth("100%");
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int i = 0; i < headers.size(); i++) {
            write(header.getCell(i), Cell.bold(headers.get(i)));
            header.getCell(i).setColor("E8E8E8");
        }
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r + 1);
            row.setCantSplitRow(true);
            for (int i = 0; i < headers.size(); i++) {
                write(row.getCell(i), rows.get(r).get(i));
            }
        }
        doc.createParagraph();
    }

    private static void write(XWPFTableCell cell, Cell content) {
        if (content.rag() != null) {
            cell.setColor(PackWords.shade(content.rag()));
        }
        XWPFParagraph first = cell.getParagraphs().get(0);
        for (int i = 0; i < content.lines().size(); i++) {
            XWPFParagraph p = i == 0 ? first : cell.addParagraph();
            XWPFRun run = p.createRun();
            run.setText(content.lines().get(i));
            run.setFontFamily("Arial");
            run.setFontSize(9);
            run.setBold(content.bold() && i == 0);
        }
    }
}
