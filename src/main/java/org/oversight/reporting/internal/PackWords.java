package org.oversight.reporting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.oversight.plan.LongDate;
import org.oversight.reporting.RagMark;
import org.oversight.reporting.ReportPack;

/** Dates, colours and sentences every format of a pack writes the same way. */
public final class PackWords {
    private static final DateTimeFormatter ISSUED = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    public String date(LocalDate date) {
        return date == null ? "" : LongDate.of(date);
    }

    public String instant(Instant at) {
        return at == null ? "" : ISSUED.format(at);
    }

    /** The fill for a colour: light enough that black text and the symbol read on it in black and white. */
    public static String shade(RagMark mark) {
        return switch (mark.colour()) {
            case "RED" -> "F4C7C1";
            case "AMBER" -> "FCE1C6";
            case "GREEN" -> "CCE2D8";
            case "BLUE" -> "D2E2F1";
            case "YELLOW" -> "FFF7BF";
            default -> "F3F2F1";
        };
    }

    /** The strong colour of a chart segment. */
    public static String strong(RagMark mark) {
        return switch (mark.colour()) {
            case "RED" -> "#d4351c";
            case "AMBER" -> "#f47738";
            case "GREEN" -> "#00703c";
            case "BLUE" -> "#1d70b8";
            case "YELLOW" -> "#ffdd00";
            default -> "#b1b4b6";
        };
    }

    public String cssClass(RagMark mark) {
        return "rag rag-" + mark.colour().toLowerCase(Locale.ROOT);
    }

    public static String period(ReportPack.Cover c) {
        return LongDate.of(c.periodStart()) + " to " + LongDate.of(c.periodEnd());
    }

    public static String title(ReportPack.Cover c) {
        return c.planTitle() + ": progress report to " + c.board() + ", as at " + LongDate.of(c.asAt());
    }

    /** "3 red, 2 amber and 5 green: 10 actions", for readers who cannot see a chart. */
    public static String tallyWords(List<RagMark> colours, ReportPack.TallyRow row) {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < colours.size(); i++) {
            if (i > 0) {
                words.append(i == colours.size() - 1 ? " and " : ", ");
            }
            words.append(row.counts().get(i)).append(' ').append(colours.get(i).label().toLowerCase(Locale.ROOT));
        }
        return words + " (" + row.total() + (row.total() == 1 ? " action)" : " actions)");
    }

    public String tally(List<RagMark> colours, ReportPack.TallyRow row) {
        return tallyWords(colours, row);
    }

    public String changesIntro(ReportPack.ChangesSince c) {
        return c.firstPack() ? "This is the first pack issued to this board for this plan, so there is no earlier pack to compare with."
                : "Compared with the pack issued to this board on " + instant(c.previousIssuedAt())
                + ", which reported progress as at " + date(c.previousAsAt()) + ".";
    }

    /** The pack's publication status, as the cover of every format states it. */
    public static String publication(ReportPack pack) {
        if (pack.cover().forPublication()) {
            return "For publication: contains no exempt information";
        }
        return pack.containsExempt() ? "Not for publication: contains exempt information, for those who may see the "
                + "board's exempt business only" : "Not for publication";
    }

    public String publicationOf(ReportPack pack) {
        return publication(pack);
    }
}
