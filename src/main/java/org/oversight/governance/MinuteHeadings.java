package org.oversight.governance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where each item of minutes begins, trying the shapes in turn and keeping the first that
 * finds items: minute numbers with a committee prefix ("CFL/09/33", "CPP/17/23.", "Minute 12");
 * plain item numbers ("34. Apologies", or "34" alone with the title on the next line as a
 * ModernGov page shows it); and, where nothing is numbered, short title-case headings that
 * stand alone and are followed by a paragraph or a decision.
 */
final class MinuteHeadings {
    static final String SHAPES = "minute numbers with a committee prefix (\"CFL/09/33\", \"CPP/17/23.\", \"Minute 12\"), "
            + "numbered items (\"34. Apologies for absence\", or \"34\" alone on a line with the title on the next, as a "
            + "ModernGov page shows them) and short title-case headings standing alone above a paragraph or a RESOLVED";

    /** Where an item starts: its line, number (null when unnumbered), title and the first line of its body. */
    record Heading(int line, String number, String title, int bodyFrom, boolean byShape) {
    }

    private static final Pattern NUMBER_ALONE = Pattern.compile("^(?:Item\\s+)?(\\d{1,3}[a-z]?)[.):]?$");
    private static final Pattern NUMBER_TITLE = Pattern.compile("^(?:Item\\s+)?(\\d{1,3}[a-z]?)(?:[.):]|\\s[-–—])?\\s+(\\S.*)$");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?i)^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*,?\\s+\\d{4}\\b.*");
    private static final Pattern PERSON = Pattern.compile("^(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr|Prof(?:essor)?|Sir|Dame)\\b\\.?.*");
    private static final Pattern NOT_A_TITLE = Pattern.compile("(?i)^(?:minutes|agenda(?: and minutes)?|items|no\\.? item|present|"
            + "(?:minutes|agenda) of (?:the|a) .*|.*\\bcouncil)$");
    private static final Set<String> SMALL = Set.of("a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on",
            "or", "the", "to", "with", "&", "-", "–");

    private MinuteHeadings() {
    }

    static List<Heading> find(List<String> lines, int from) {
        List<Heading> prefixed = prefixed(lines, from);
        if (!prefixed.isEmpty()) {
            return prefixed;
        }
        List<Heading> numbered = numbered(lines, from);
        List<Heading> shaped = numbered.size() >= 2 ? List.of() : byShape(lines, from);
        return numbered.size() >= shaped.size() ? numbered : shaped;
    }

    private static List<Heading> prefixed(List<String> lines, int from) {
        List<Heading> found = new ArrayList<>();
        for (int i = from; i < lines.size(); i++) {
            Matcher item = MinutesReader.ITEM.matcher(lines.get(i));
            if (item.matches()) {
                String title = item.group(2) == null ? "" : item.group(2).strip();
                int body = i + 1;
                if (title.isEmpty()) {
                    int next = nextFilled(lines, i + 1);
                    if (next < lines.size() && !MinutesReader.ITEM.matcher(lines.get(next)).matches()) {
                        title = lines.get(next);
                        body = next + 1;
                    }
                }
                found.add(new Heading(i, item.group(1).strip(), title, body, false));
            }
        }
        return found;
    }

    private static List<Heading> numbered(List<String> lines, int from) {
        List<Heading> found = new ArrayList<>();
        int last = 0;
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher alone = NUMBER_ALONE.matcher(line);
            Matcher titled = NUMBER_TITLE.matcher(line);
            String number = null;
            String title = null;
            int body = i + 1;
            if (alone.matches()) {
                int next = nextFilled(lines, i + 1);
                if (next < lines.size() && next <= i + 3 && titleLike(MinuteLines.withoutLink(lines.get(next)), false)) {
                    number = alone.group(1);
                    title = lines.get(next);
                    body = next + 1;
                }
            } else if (titled.matches() && titleLike(titlePart(MinuteLines.withoutLink(titled.group(2))), false)) {
                number = titled.group(1);
                title = titled.group(2);
            }
            if (number != null && value(number) > last) {
                found.add(new Heading(i, number, title, body, false));
                last = value(number);
                i = body - 1;
            }
        }
        return found;
    }

    private static List<Heading> byShape(List<String> lines, int from) {
        List<Heading> found = new ArrayList<>();
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty() || !standsAlone(lines, i, from) || !titleLike(titlePart(line), true)) {
                continue;
            }
            Matcher runIn = MinuteItemText.RUN_IN.matcher(line);
            boolean decided = runIn.matches() && !runIn.group(1).isBlank();
            int next = nextFilled(lines, i + 1);
            if (decided || next < lines.size() && bodyLike(lines.get(next))) {
                found.add(new Heading(i, null, line, i + 1, true));
            }
        }
        return found;
    }

    /** The heading's own words when a decision runs on from it ("Exclusion of the Press and Public RESOLVED"). */
    private static String titlePart(String line) {
        Matcher runIn = MinuteItemText.RUN_IN.matcher(line);
        return runIn.matches() && !runIn.group(1).isBlank() ? runIn.group(1).strip() : line;
    }

    private static boolean standsAlone(List<String> lines, int i, int from) {
        if (i == from || lines.get(i - 1).isEmpty()) {
            return true;
        }
        String before = lines.get(i - 1);
        return before.matches(".*[.;:!?)]$") && !titleLike(before, true);
    }

    /** A paragraph of minutes rather than a heading, a name or a label: a decision, a point or a sentence. */
    static boolean bodyLike(String line) {
        if (MinuteItemText.DECISION.matcher(line).matches() || MinuteItemText.POINT.matcher(line).matches()) {
            return true;
        }
        if (AttendanceBlock.LABEL.matcher(line).matches() && AttendanceBlock.isAttendanceLabel(line) || PERSON.matcher(line).matches()) {
            return false;
        }
        return line.matches(".*[.;]$") || line.split("\\s+").length >= 6 && !titleLike(line, false);
    }

    /**
     * Is this the shape of an item's title: short, starting with a capital, not a sentence, a
     * point, a name or a label? Strictly (no number beside it): ten words at most, no full
     * stop, and its words mostly capitalised unless it has four words or fewer.
     */
    static boolean titleLike(String text, boolean strict) {
        String t = text.strip();
        String[] words = t.split("\\s+");
        if (t.isEmpty() || t.length() > 120 || words.length > (strict ? 10 : 15) || !Character.isUpperCase(t.charAt(0))
                || t.matches("(?i)^that\\b.*") || t.matches(".*[;,:]$") || MONTH_YEAR.matcher(t).matches()
                || MinuteItemText.DECISION.matcher(t).matches() || MinuteLines.isSection(t)) {
            return false;
        }
        if (t.endsWith(".") && (strict || words.length > 6)) {
            return false;
        }
        if (!strict) {
            return true;
        }
        if (PERSON.matcher(t).matches() || t.contains(":") || NOT_A_TITLE.matcher(t).matches() || t.matches(".*\\d{1,2}[.:]\\d{2}.*")) {
            return false;
        }
        int significant = 0;
        int capitalised = 0;
        for (String word : words) {
            if (!SMALL.contains(word.toLowerCase(Locale.UK)) && Character.isLetter(word.charAt(0))) {
                significant++;
                capitalised += Character.isUpperCase(word.charAt(0)) ? 1 : 0;
            }
        }
        return words.length <= 4 || capitalised * 10 >= significant * 6;
    }

    static int value(String number) {
        Matcher digits = Pattern.compile("(\\d+)\\D*$").matcher(number);
        return digits.find() ? Integer.parseInt(digits.group(1)) : -1;
    }

    private static int nextFilled(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && (lines.get(i).isEmpty() || MinuteLines.isBareNoise(lines.get(i)))) {
            i++;
        }
        return i;
    }
}
