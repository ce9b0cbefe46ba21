package org.oversight.importing.formats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Word documents made for the tests. {@link #mergedPlan()} is an improvement plan in two
 * tables: the first has a recommendation cell merged down over its three actions, cells of
 * several paragraphs, and its header row typed again after a page break; the second has a
 * banner row spanning the table and a small table nested in a cell.
 */
final class WordFixtures {
    static final List<String> HEADER = List.of("Rec No", "Recommendation", "Action", "Lead", "Timescale");

    private WordFixtures() {
    }

    static byte[] mergedPlan() {
        try (XWPFDocument document = new XWPFDocument()) {
            headingStyles(document);
            paragraph(document, "Heading1", false, "Ashdown Children's Services Improvement Plan, April 2026 - March 2027");
            paragraph(document, null, false, "This plan answers the recommendations made after the inspection of help and protection.");
            paragraph(document, "Heading2", false, "Workstream 1: The front door");
            paragraph(document, null, true, "Key aim: every referral gets a timely, proportionate response");
            firstTable(document);
            paragraph(document, "Heading2", false, "Workstream 2: Children in care");
            paragraph(document, null, false, "Key deliverables are listed with each action below.");
            secondTable(document);
            return bytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void firstTable(XWPFDocument document) {
        XWPFTable table = document.createTable(6, 5);
        header(table.getRow(0));
        table.getRow(0).setRepeatHeader(true);
        fill(table.getRow(1), "1", "Strengthen management oversight of contacts and referrals.",
                "1.1 Audit forty contacts every month.\nOutcome: leaders know how good front door decisions are.",
                "Head of Early Help and Assessment", "June 2026");
        fill(table.getRow(2), "", "", "1.2 Publish the threshold guidance to every partner agency.",
                "Partnership Manager", "Quarterly");
        fill(table.getRow(3), "", "", "1.3 Train team managers to record the reasons for their decisions.",
                "Principal Social Worker", "September 2026");
        for (int column = 0; column < 2; column++) {
            merge(table.getRow(1).getCell(column), STMerge.RESTART);
            merge(table.getRow(2).getCell(column), STMerge.CONTINUE);
            merge(table.getRow(3).getCell(column), null);
        }
        header(table.getRow(4));
        table.getRow(4).getCell(0).getParagraphs().get(0).setPageBreak(true);
        fill(table.getRow(5), "2", "Hold strategy discussions without delay.",
                "2.1 Hold every strategy discussion within one working day of the decision to have one.",
                "Police and Social Care Leads", "Ongoing");
    }

    private static void secondTable(XWPFDocument document) {
        XWPFTable table = document.createTable(3, 5);
        header(table.getRow(0));
        XWPFTableRow banner = table.getRow(1);
        for (int i = 4; i >= 1; i--) {
            banner.removeCell(i);
        }
        banner.getCell(0).setText("Phase two");
        banner.getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(5));
        XWPFTableRow row = table.getRow(2);
        fill(row, "3", "Make sure every child in care has a plan that is up to date.",
                "3.1 Review each care plan with the child.", "Head of Children in Care", "December 2026");
        XWPFTableCell cell = row.getCell(2);
        CTTbl nestedXml = cell.getCTTc().addNewTbl();
        XWPFTable nested = new XWPFTable(nestedXml, cell, 2, 2);
        nested.getRow(0).getCell(0).setText("Milestone");
        nested.getRow(0).getCell(1).setText("Date");
        nested.getRow(1).getCell(0).setText("Half reviewed");
        nested.getRow(1).getCell(1).setText("31/07/2026");
        cell.insertTable(cell.getTables().size(), nested);
        cell.getCTTc().addNewP();
    }

    static void header(XWPFTableRow row) {
        fill(row, HEADER.toArray(String[]::new));
    }

    /** Fills a row's cells; a value with line breaks becomes several paragraphs. */
    static void fill(XWPFTableRow row, String... values) {
        for (int i = 0; i < values.length; i++) {
            XWPFTableCell cell = row.getCell(i);
            String[] paragraphs = values[i].split("\n");
            cell.getParagraphs().get(0).createRun().setText(paragraphs[0]);
            for (int p = 1; p < paragraphs.length; p++) {
                cell.addParagraph().createRun().setText(paragraphs[p]);
            }
        }
    }

    private static void merge(XWPFTableCell cell, STMerge.Enum value) {
        var merge = cell.getCTTc().addNewTcPr().addNewVMerge();
        if (value != null) {
            merge.setVal(value);
        }
    }

    static void paragraph(XWPFDocument document, String style, boolean bold, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        if (style != null) {
            paragraph.setStyle(style);
        }
        var run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
    }

    static void headingStyles(XWPFDocument document) {
        XWPFStyles styles = document.createStyles();
        for (int level = 1; level <= 2; level++) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId("Heading" + level);
            style.addNewName().setVal("heading " + level);
            style.setType(STStyleType.PARAGRAPH);
            style.addNewRPr().addNewB();
            styles.addStyle(new XWPFStyle(style));
        }
    }

    static byte[] bytes(XWPFDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.write(out);
        return out.toByteArray();
    }
}
