package org.oversight.governance;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The lines of minutes with the marks of their source removed: bullets, bold and italic
 * markers, hard spaces. Blank lines are kept as "" since they separate paragraphs.
 */
final class MinuteLines {
    private static final Pattern BULLET = Pattern.compile("^[-•·]\\s+");
    private static final Pattern EMPHASIS = Pattern.compile("\\*+|(?<=^|\\s)_+|_+(?=$|\\s|[.,;:])");
    private static final Pattern LINK = Pattern.compile("(?i)\\s*\\b(?:PDF|DOCX?|Word|XLSX?|Excel|HTML|RTF|ODT)\\s+\\d+(?:\\.\\d+)?\\s*[KM]B$");
    private static final Pattern NOISE = Pattern.compile("(?i)^(?:(?:minutes|decision|additional documents|supporting documents)\\s*:"
            + "|view directions|view the (?:background|reasons|decision|declarations)\\b.*|restricted enclosure.*)$");
    private static final Pattern SECTION = Pattern.compile("(?i)^part\\s+(?:i{1,3}|[12ab]|one|two)\\b(?:\\s*[-–—:]\\s*.{0,60})?$");

    private MinuteLines() {
    }

    static List<String> of(String text) {
        List<String> lines = new ArrayList<>();
        for (String raw : text.replace('\u00a0', ' ').replace("\r", "").split("\n", -1)) {
            lines.add(clean(raw));
        }
        return lines;
    }

    /**
     * A line a web page adds that is not the minutes: a link to a paper ("PDF 66 KB",
     * "Appendix A - Tracker PDF 230 KB"), a "Minutes:" label, "View the reasons why ...".
     */
    static boolean isNoise(String line) {
        return !line.isEmpty() && (LINK.matcher(line).find() || NOISE.matcher(line).matches());
    }

    /** Noise with no words of its own: a bare link ("PDF 66 KB") or a label. */
    static boolean isBareNoise(String line) {
        return !line.isEmpty() && (LINK.matcher(line).replaceFirst("").isBlank() || NOISE.matcher(line).matches());
    }

    /** The line without a link to a paper at its end ("Budget monitoring PDF 120 KB"). */
    static String withoutLink(String line) {
        return LINK.matcher(line).replaceFirst("").strip();
    }

    /** A heading that divides the minutes into parts ("PART II - MINUTES"); by itself it excludes no one. */
    static boolean isSection(String line) {
        return SECTION.matcher(line).matches();
    }

    static String clean(String raw) {
        String line = EMPHASIS.matcher(raw.strip()).replaceAll("").strip();
        line = BULLET.matcher(line).replaceFirst("");
        return EMPHASIS.matcher(line).replaceAll("").replaceAll("\\s{2,}", " ").strip();
    }
}
