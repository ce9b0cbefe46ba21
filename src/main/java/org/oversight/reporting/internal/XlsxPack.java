package org.oversight.reporting.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.oversight.reporting.ReportPack;
import org.oversight.reporting.ReportPack.Cover;
import org.oversight.reporting.ReportPack.TallyRow;
import org.oversight.reporting.internal.XlsxSheet.XlsxStyles;

/**
 * The pack's data as an Excel workbook, one sheet per section. Rows are streamed (POI's SXSSF):
 * at most a hundred rows of a sheet are held at once, the rest wait in compressed temporary
 * files, so a plan of thousands of actions costs no more heap than one of hundreds.
 */
public final class XlsxPack {

    public byte[] render(ReportPack pack) {
        SXSSFWorkbook book = new SXSSFWorkbook(100);
        book.setCompressTempFiles(true);
        try (book; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XlsxStyles styles = new XlsxStyles(book);
            Cover c = pack.cover();
            book.getXSSFWorkbook().getProperties().getCoreProperties().setTitle(PackWords.title(c));
            book.getXSSFWorkbook().getProperties().getCoreProperties().setCreator(c.author());
            XlsxSheet cover = new XlsxSheet(book, styles, "Cover", List.of("Item", "Value"), 24, 90);
            cover.row("Plan", c.planTitle());
            cover.row("Organisation", c.organisation());
            cover.row("Board", c.board());
            cover.row("Meeting", c.meeting() == null ? "Not given" : c.meeting());
            cover.row("Plan starts", c.periodStart());
            cover.row("Plan ends", c.periodEnd());
            cover.row("Progress as at", c.asAt());
            cover.row("Prepared by", c.author());
            cover.row("Prepared on", c.preparedOn());
            cover.row("Publication", PackWords.publication(pack));
            summary(book, styles, pack.summary());
            XlsxSections.changes(book, styles, pack.changes());
            XlsxSections.exceptions(book, styles, pack);
            XlsxSections.actions(book, styles, pack);
            XlsxSections.indicators(book, styles, pack);
            XlsxSections.comparisons(book, styles, pack);
            XlsxSections.followUps(book, styles, pack);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            book.dispose();
        }
    }

    private static void summary(SXSSFWorkbook book, XlsxStyles styles, ReportPack.Summary s) {
        List<String> headers = new ArrayList<>(List.of("Group", "Number", "Title"));
        s.colours().forEach(m -> headers.add(m.label()));
        headers.addAll(List.of("Total", "Overall status"));
        XlsxSheet sheet = new XlsxSheet(book, styles, "Summary", headers, 16, 10, 60);
        sheet.row(tally("All actions", s.overall()));
        s.byWorkstream().forEach(r -> sheet.row(tally("Workstream", r)));
        s.byRecommendation().forEach(r -> sheet.row(tally("Recommendation", r)));
        XlsxSheet legend = new XlsxSheet(book, styles, "Legend", List.of("Status", "Symbol", "Meaning"), 14, 8, 80);
        s.legend().forEach(l -> legend.row(l.mark().label(), l.mark().symbol(), l.meaning()));
    }

    private static Object[] tally(String group, TallyRow r) {
        List<Object> values = new ArrayList<>(List.of(group, r.number(), r.title()));
        r.counts().forEach(values::add);
        values.add(r.total());
        values.add(r.rollUp().label());
        return values.toArray();
    }
}
