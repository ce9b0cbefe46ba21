package org.oversight.importing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oversight.timescale.DateReader;

/** The plan's title, period and as-at date as the document states them, where it does. */
final class DocumentFacts {
    private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
    private static final Pattern SPAN = Pattern.compile("(?i)\\b" + MONTH + "\\s+(\\d{4})\\s*[-–—]\\s*(?:to\\s+)?" + MONTH + "\\s+(\\d{4})\\b");
    private static final Pattern SHORT_SPAN = Pattern.compile("(?i)\\b" + MONTH + "\\s*[-–—]\\s*" + MONTH + "\\s+(\\d{4})\\b");
    private static final Pattern YEARS = Pattern.compile("\\b(20\\d\\d)\\s*[-–/]\\s*(20\\d\\d|\\d\\d)\\b");
    private static final Pattern AS_AT = Pattern.compile("(?i)\\bas at\\s+([0-9][0-9./-]{4,9}|\\d{1,2}(?:st|nd|rd|th)?\\s+[a-z]+\\s+\\d{4})");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    private static final DateReader DATES = new DateReader();

    private DocumentFacts() {
    }

    static String title(SourceDocument document) {
        String chosen = null;
        String firstHeading = null;
        for (SourceBlock block : document.blocks()) {
            if (block instanceof SourceTable table && PlanField.isHeader(firstRow(table)) && chosen != null) {
                return chosen;
            }
            if (block instanceof SourceText t && t.text().length() < 250) {
                String text = t.text().strip();
                boolean prominent = t.headingLevel() > 0 || text.equals(text.toUpperCase(Locale.ROOT)) && text.matches(".*[A-Z].*");
                if (prominent && firstHeading == null) {
                    firstHeading = text;
                }
                if (prominent && text.toLowerCase(Locale.ROOT).matches(".*\\b(plan|response)\\b.*")) {
                    chosen = text;
                }
            }
        }
        return chosen != null ? chosen : firstHeading != null ? firstHeading : document.name();
    }

    private static List<String> firstRow(SourceTable table) {
        return table.rows().stream().filter(r -> !r.isBlank()).findFirst()
                .map(r -> r.cells().stream().map(SourceCell::text).toList()).orElse(List.of());
    }

    /** The first "Month YYYY - Month YYYY" in the document's text, else the span of its phases, else "2012-2013". */
    static Optional<LocalDate[]> period(SourceDocument document, List<String> phases) {
        LocalDate from = null;
        LocalDate to = null;
        for (String text : texts(document, phases)) {
            Matcher m = SPAN.matcher(text);
            Matcher s = SHORT_SPAN.matcher(text);
            LocalDate[] found = m.find() ? span(m.group(1), m.group(2), m.group(3), m.group(4))
                    : s.find() ? span(s.group(1), s.group(3), s.group(2), s.group(3)) : null;
            if (found != null && phases.contains(text)) {
                from = from == null || found[0].isBefore(from) ? found[0] : from;
                to = to == null || found[1].isAfter(to) ? found[1] : to;
            } else if (found != null && from == null) {
                return Optional.of(found);
            }
        }
        if (from != null) {
            return Optional.of(new LocalDate[] {from, to});
        }
        Matcher years = YEARS.matcher(title(document));
        if (years.find()) {
            int first = Integer.parseInt(years.group(1));
            int last = years.group(2).length() == 2 ? first / 100 * 100 + Integer.parseInt(years.group(2)) : Integer.parseInt(years.group(2));
            if (last >= first && last - first <= 3) {
                return Optional.of(new LocalDate[] {LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31)});
            }
        }
        return Optional.empty();
    }

    static Optional<LocalDate> asAt(SourceDocument document) {
        for (SourceBlock block : document.blocks()) {
            if (block instanceof SourceText t) {
                Matcher m = AS_AT.matcher(t.text());
                if (m.find()) {
                    return DATES.read(m.group(1).replaceAll("[.]$", ""));
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> texts(SourceDocument document, List<String> phases) {
        List<String> texts = new java.util.ArrayList<>(phases);
        document.blocks().stream().filter(SourceText.class::isInstance).map(b -> ((SourceText) b).text())
                .filter(t -> t.length() < 250).limit(60).forEach(texts::add);
        return texts;
    }

    private static LocalDate[] span(String m1, String y1, String m2, String y2) {
        LocalDate from = YearMonth.of(Integer.parseInt(y1), month(m1)).atDay(1);
        LocalDate to = YearMonth.of(Integer.parseInt(y2), month(m2)).atEndOfMonth();
        return to.isBefore(from) ? null : new LocalDate[] {from, to};
    }

    private static int month(String word) {
        return MONTHS.indexOf(word.toLowerCase(Locale.ROOT).substring(0, 3)) + 1;
    }
}
