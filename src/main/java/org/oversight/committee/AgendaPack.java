package org.oversight.committee;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.oversight.governance.Meeting;
import org.oversight.reporting.TaggedPdf;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A meeting's agenda pack: the agenda (Item / Subject / Page Nos.) and its published reports, as
 * accessible HTML and as a tagged PDF with a bookmark for each item and page numbers. The public
 * pack gives an exempt item its title and "Exempt: paragraph N" and nothing else; the exempt pack,
 * for those with a role on the board, holds the exempt reports in full.
 */
@Component
public class AgendaPack {
    private static final String CSS = read();
    private final CommitteeReports reports;
    private final ITemplateEngine templates;
    private final LiveParts liveParts;
    private final AgendaPublications publications;

    AgendaPack(CommitteeReports reports, ITemplateEngine templates, LiveParts liveParts, AgendaPublications publications) {
        this.reports = reports;
        this.publications = publications;
        this.liveParts = liveParts;
        this.templates = templates;
    }

    /** One item of the agenda: its number, and its report when the pack may hold it (else null). */
    public record Item(int number, String title, Integer exemptParagraph, CommitteeReport report) {
    }

    /** The items of the published pack; none until the clerk has published it. */
    public List<Item> items(Meeting meeting, boolean exemptPack) {
        List<Item> items = new ArrayList<>();
        if (publications.findByMeeting(meeting).isEmpty()) {
            return items;
        }
        for (CommitteeReport r : reports.findByMeetingOrderById(meeting)) {
            if (r.getStatus() == ReportStatus.PUBLISHED) {
                boolean inFull = r.isExempt() == exemptPack;
                items.add(new Item(items.size() + 1, r.getTitle(), r.getExemptParagraph(), inFull ? r : null));
            }
        }
        return items;
    }

    public String html(Meeting meeting, boolean exemptPack) {
        return render(meeting, exemptPack, false);
    }

    /** The public pack as a Word document, with a heading per item; an exempt item gives only its title and paragraph. */
    public byte[] docx(Meeting meeting) {
        return AgendaDocx.write(meeting, items(meeting, false), liveParts);
    }

    /** The PDF, rendered twice: the first time to learn from the bookmarks on which page each item starts. */
    public byte[] pdf(Meeting meeting, boolean exemptPack) {
        byte[] first = TaggedPdf.fromXhtml(render(meeting, exemptPack, true, Map.of()));
        return TaggedPdf.fromXhtml(render(meeting, exemptPack, true, startPages(first)));
    }

    /** Item number to the page it starts on, read from the bookmarks ("3. Title" to page 5). */
    private static Map<Integer, Integer> startPages(byte[] pdf) {
        Map<Integer, Integer> pages = new HashMap<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                int dot = item.getTitle().indexOf(". ");
                PDPage page = item.findDestinationPage(doc);
                if (dot > 0 && page != null && item.getTitle().substring(0, dot).chars().allMatch(Character::isDigit)) {
                    pages.put(Integer.parseInt(item.getTitle().substring(0, dot)), doc.getPages().indexOf(page) + 1);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }

    private String render(Meeting meeting, boolean exemptPack, boolean pdf) {
        return render(meeting, exemptPack, pdf, Map.of());
    }

    private String render(Meeting meeting, boolean exemptPack, boolean pdf, Map<Integer, Integer> pages) {
        Context context = new Context(Locale.UK);
        context.setVariable("pages", pages);
        context.setVariable("meeting", meeting);
        List<Item> items = items(meeting, exemptPack);
        Map<Long, List<LiveParts.Block>> blocks = new HashMap<>();
        items.stream().filter(i -> i.report() != null).forEach(i -> blocks.put(i.report().getId(), liveParts.blocks(i.report())));
        context.setVariable("items", items);
        context.setVariable("blocks", blocks);
        context.setVariable("exemptPack", exemptPack);
        context.setVariable("pdf", pdf);
        context.setVariable("css", CSS);
        return templates.process("committee/agenda-pack", context);
    }

    private static String read() {
        try (InputStream in = AgendaPack.class.getResourceAsStream("/static/assets/agenda-pack.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
