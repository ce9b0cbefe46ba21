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

    private MinuteLines() {
    }

    static List<String> of(String text) {
        List<String> lines = new ArrayList<>();
        for (String raw : text.replace('\u00a0', ' ').replace("\r", "").split("\n", -1)) {
            lines.add(clean(raw));
        }
        return lines;
    }

    static String clean(String raw) {
        String line = EMPHASIS.matcher(raw.strip()).replaceAll("").strip();
        line = BULLET.matcher(line).replaceFirst("");
        return EMPHASIS.matcher(line).replaceAll("").replaceAll("\\s{2,}", " ").strip();
    }
}
