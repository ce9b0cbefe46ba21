package org.oversight.committee;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.oversight.governance.Meeting;
import org.oversight.reporting.WordHeadings;

/**
 * The public agenda pack as a Word document: the agenda (Item / Subject), then each item under a
 * real heading so Word's navigation pane lists them; an exempt item gives its title and
 * "Exempt: paragraph N" and nothing else. Page numbers are left to Word.
 */
final class AgendaDocx {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private AgendaDocx() {
    }

    static byte[] write(Meeting meeting, List<AgendaPack.Item> items, LiveParts liveParts) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            WordHeadings.addTo(doc);
            String board = meeting.getBoard().getName();
            String when = DATE.format(meeting.getDate())
                    + (meeting.getStartsAt() != null ? " at " + meeting.getStartsAt() : "")
                    + (meeting.getVenue() != null ? ", " + meeting.getVenue() : "");
            doc.getProperties().getCoreProperties().setTitle("Agenda pack: " + board + ", " + DATE.format(meeting.getDate()));
            doc.getProperties().getCoreProperties().setCreator(board);
            paragraph(doc, "Public agenda pack");
            heading(doc, 1, board);
            paragraph(doc, when);
            heading(doc, 2, "Agenda");
            if (items.isEmpty()) {
                paragraph(doc, "The agenda pack for this meeting has not been published yet.");
            } else {
                XWPFTable table = doc.createTable(items.size() + 1, 2);
                row(table.getRow(0), "Item", "Subject");
                table.getRow(0).setRepeatHeader(true);
                for (AgendaPack.Item i : items) {
                    row(table.getRow(i.number()), String.valueOf(i.number()), i.title()
                            + (i.exemptParagraph() != null ? " (exempt: paragraph " + i.exemptParagraph() + ")" : ""));
                }
            }
            for (AgendaPack.Item i : items) {
                heading(doc, 2, i.number() + ". " + i.title());
                if (i.report() != null) {
                    report(doc, i.report(), liveParts.blocks(i.report()));
                } else if (i.exemptParagraph() != null) {
                    paragraph(doc, "Exempt: paragraph " + i.exemptParagraph()
                            + " of Schedule 12A to the Local Government Act 1972.");
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void report(XWPFDocument doc, CommitteeReport r, List<LiveParts.Block> blocks) {
        List<String[]> rows = new java.util.ArrayList<>(List.of(
                new String[] {"Report of", r.getReportOf()},
                new String[] {"Contact officer", r.contactLine()},
                new String[] {"Public or exempt", "Public"},
                new String[] {"Wards affected", r.getWardsAffected()},
                new String[] {"Key decision", r.isKeyDecision() ? "Yes (forward plan reference " + r.getForwardPlanReference() + ")" : "No"}));
        if (r.getUrgencyReason() != null) {
            rows.add(new String[] {"Reason for urgency", r.getUrgencyReason()});
        }
        XWPFTable front = doc.createTable(rows.size(), 2);
        for (int i = 0; i < rows.size(); i++) {
            row(front.getRow(i), rows.get(i)[0], rows.get(i)[1] == null ? "" : rows.get(i)[1]);
        }
        for (CommitteeReport.Part part : r.parts()) {
            switch (part.part()) {
                case PURPOSE -> section(doc, part.heading(), r.getPurpose());
                case RECOMMENDATIONS -> recommendations(doc, part.heading(), r);
                case BACKGROUND -> section(doc, part.heading(), r.getBackground());
                case MAIN_CONTENT -> mainContent(doc, part.heading(), blocks);
                case IMPLICATION -> {
                    if (part.opensImplications()) {
                        heading(doc, 3, "Corporate implications");
                    }
                    paragraph(doc, part.heading() + ": " + part.implication().getWording() + " (" + part.implication().getAuthor() + ")");
                }
                case CUSTOM -> section(doc, part.heading(), part.text() == null ? "None." : part.text());
                case APPENDICES -> {
                    heading(doc, 3, part.heading());
                    r.getAppendices().forEach(a -> paragraph(doc, "Appendix " + a.letter() + ": " + a.getTitle() + " (" + a.getFileName()
                            + ", published beside this pack)"));
                    if (r.getAppendices().isEmpty()) {
                        paragraph(doc, "None.");
                    }
                }
                case BACKGROUND_PAPERS -> {
                    heading(doc, 3, part.heading());
                    r.getBackgroundPapers().forEach(b -> paragraph(doc, b.getTitle() + (b.getKeptAt() != null ? ", kept at " + b.getKeptAt() : "")));
                    if (r.getBackgroundPapers().isEmpty()) {
                        paragraph(doc, "None.");
                    }
                }
            }
        }
    }

    private static void recommendations(XWPFDocument doc, String heading, CommitteeReport r) {
        heading(doc, 3, heading);
        int n = 1;
        for (Recommendation rec : r.getRecommendations()) {
            paragraph(doc, n++ + ". " + rec.getWording());
        }
        section(doc, "Reasons for the recommendations", r.getRecommendationReasons());
    }

    private static void mainContent(XWPFDocument doc, String heading, List<LiveParts.Block> blocks) {
        heading(doc, 3, heading);
        for (LiveParts.Block b : blocks) {
            if (b.isTable()) {
                paragraph(doc, b.table().caption());
                XWPFTable table = doc.createTable(b.table().rows().size() + 1, b.table().header().size());
                for (int c = 0; c < b.table().header().size(); c++) {
                    table.getRow(0).getCell(c).setText(b.table().header().get(c));
                }
                for (int row = 0; row < b.table().rows().size(); row++) {
                    List<String> cells = b.table().rows().get(row);
                    for (int c = 0; c < cells.size() && c < b.table().header().size(); c++) {
                        table.getRow(row + 1).getCell(c).setText(cells.get(c));
                    }
                }
            } else {
                for (String line : b.text().split("\\R")) {
                    paragraph(doc, line);
                }
            }
        }
    }

    private static void section(XWPFDocument doc, String heading, String text) {
        heading(doc, 3, heading);
        for (String line : (text == null ? "" : text).split("\\R")) {
            paragraph(doc, line);
        }
    }

    private static void row(XWPFTableRow row, String first, String second) {
        row.getCell(0).setText(first);
        row.getCell(1).setText(second);
    }

    private static void heading(XWPFDocument doc, int level, String text) {
        var p = doc.createParagraph();
        p.setStyle("Heading" + level);
        p.createRun().setText(text);
    }

    private static void paragraph(XWPFDocument doc, String text) {
        doc.createParagraph().createRun().setText(text);
    }
}
