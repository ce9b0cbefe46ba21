package org.oversight.reporting.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.oversight.reporting.RagMark;
import org.oversight.reporting.ReportPack;
import org.oversight.reporting.ReportPack.ChangesSince;
import org.oversight.reporting.ReportPack.Cover;
import org.oversight.reporting.ReportPack.TallyRow;
import org.oversight.reporting.internal.DocxWriter.Cell;

/** The pack as a Word document with real tables and Word's heading styles, ready for a covering report. */
public final class DocxPack {
    private final PackWords words = new PackWords();

    public byte[] render(ReportPack pack) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            DocxStyles.addTo(doc);
            doc.getStyles().setSpellingLanguage("en-GB");
            Cover c = pack.cover();
            doc.getProperties().getCoreProperties().setTitle(PackWords.title(c));
            doc.getProperties().getCoreProperties().setCreator(c.author());
            DocxWriter w = new DocxWriter(doc);
            w.paragraph(c.organisation());
            w.heading(c.planTitle(), 1);
            w.paragraph("Progress report to " + c.board() + ", as at " + words.date(c.asAt()));
            w.table(List.of("About this report", ""), List.of(
                    List.of(Cell.bold("Board"), Cell.of(c.board())),
                    List.of(Cell.bold("Meeting"), Cell.of(c.meeting() == null ? "Not given" : c.meeting())),
                    List.of(Cell.bold("Plan period"), Cell.of(PackWords.period(c))),
                    List.of(Cell.bold("Progress as at"), Cell.of(words.date(c.asAt()))),
                    List.of(Cell.bold("Prepared by"), Cell.of(c.author())),
                    List.of(Cell.bold("Prepared on"), Cell.of(words.date(c.preparedOn()))),
                    List.of(Cell.bold("Publication"), Cell.of(PackWords.publication(pack)))));
            summary(w, pack.summary());
            DocxSections.changes(w, pack.changes(), words);
            DocxSections.exceptions(w, pack, words);
            DocxSections.actions(w, pack, words);
            DocxSections.indicators(w, pack);
            DocxSections.comparisons(w, pack);
            DocxSections.followUps(w, pack, words);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void summary(DocxWriter w, ReportPack.Summary s) {
        w.heading("1. Summary", 2);
        w.paragraph("Of " + s.overall().total() + " actions: " + words.tally(s.colours(), s.overall()) + ".");
        w.heading("What each status means", 3);
        w.table(List.of("Status", "Meaning"), s.legend().stream()
                .map(l -> List.of(Cell.rag(l.mark()), Cell.of(l.meaning()))).toList());
        w.heading("Status by workstream", 3);
        List<TallyRow> rows = new ArrayList<>();
        rows.add(s.overall());
        rows.addAll(s.byWorkstream());
        w.table(headers("Workstream", s.colours(), "Total"), rows.stream().map(r -> tallyRow(r, null)).toList());
        w.heading("Status by recommendation", 3);
        if (s.byRecommendation().isEmpty()) {
            w.paragraph("This plan has no recommendations.");
        } else {
            w.table(headers("Recommendation", s.colours(), "Total", "Overall"),
                    s.byRecommendation().stream().map(r -> tallyRow(r, r.rollUp())).toList());
        }
    }

    private static List<String> headers(String first, List<RagMark> colours, String... last) {
        List<String> h = new ArrayList<>(List.of(first));
        colours.forEach(m -> h.add(m.inWords()));
        h.addAll(List.of(last));
        return h;
    }

    private static List<Cell> tallyRow(TallyRow r, RagMark rollUp) {
        List<Cell> cells = new ArrayList<>();
        cells.add(Cell.bold(r.number().isEmpty() ? r.title() : r.number() + ". " + r.title()));
        r.counts().forEach(n -> cells.add(Cell.of(String.valueOf(n))));
        cells.add(Cell.of(String.valueOf(r.total())));
        if (rollUp != null) {
            cells.add(Cell.rag(rollUp));
        }
        return cells;
    }

}
