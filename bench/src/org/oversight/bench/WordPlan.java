package org.oversight.bench;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Writes an improvement plan as a Word document, as a council sends one: a heading, then one
 * table of ten recommendations with three actions each (Rec No, Recommendation, Action, Lead,
 * Timescale). Arguments: the file to write and (optionally) the number of actions, 30 by default.
 */
public final class WordPlan {
    private static final String[] HEADER = {"Rec No", "Recommendation", "Action", "Lead", "Timescale"};
    private static final String[] MONTHS = {"January", "March", "June", "September", "December"};

    private WordPlan() {
    }

    public static void main(String[] args) throws Exception {
        int actions = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(Path.of(args[0]))) {
            document.createParagraph().createRun().setText("Improvement plan following the inspection of children's services");
            XWPFTable table = document.createTable(actions + 1, HEADER.length);
            fill(table.getRow(0), HEADER);
            for (int i = 0; i < actions; i++) {
                int recommendation = i / 3 + 1;
                fill(table.getRow(i + 1), i % 3 == 0 ? String.valueOf(recommendation) : "",
                        i % 3 == 0 ? "Improve the timeliness and quality of work in area " + recommendation + "." : "",
                        recommendation + "." + (i % 3 + 1) + " Audit twenty cases a month in area " + recommendation
                                + " and report what the audits found to the improvement board.",
                        "Head of Service " + (i % 7 + 1), MONTHS[i % MONTHS.length] + " 2027");
            }
            document.write(out);
        }
    }

    private static void fill(XWPFTableRow row, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.getCell(i).getParagraphs().get(0).createRun().setText(values[i]);
        }
    }
}
