package org.oversight.importing.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A PDF gives lines, not paragraphs. Lines are joined into one paragraph unless the line before
 * ends a sentence (. ; ? !), the next starts like a list item (a bullet, "1.", "1.2", "a)"; not a
 * bare number, which is more often a sentence wrapped before a figure), or
 * a gap wider than the lines' own spacing lies between them (the space after a paragraph). A line
 * that ends in a hyphen after a letter ("twenty-") joins the next without a space.
 */
final class PdfParagraphs {
    private static final Pattern LIST_ITEM = Pattern.compile("^([•\\-*–·▪o]\\s|\\(?[0-9]+(\\.[0-9]+)*[.)]\\s|[0-9]+\\.[0-9]+\\s|\\(?[a-z][.)]\\s).*");

    private PdfParagraphs() {
    }

    static List<String> of(String text) {
        return of(List.of(text.split("[\\r\\n]+")), java.util.Set.of());
    }

    /** Joins the lines, given where each stands on the page and how tall it is; a gap wider than 1.6 lines parts paragraphs. */
    static List<String> of(List<String> lines, List<Double> tops, List<Double> heights) {
        java.util.Set<Integer> gaps = new java.util.HashSet<>();
        for (int i = 1; i < lines.size(); i++) {
            if (tops.get(i) - tops.get(i - 1) > 1.6 * Math.max(heights.get(i), heights.get(i - 1))) {
                gaps.add(i);
            }
        }
        return of(lines, gaps);
    }

    /** Joins the lines; a line whose index is in {@code gapsBefore} follows a gap wider than a line's, so starts a paragraph. */
    static List<String> of(List<String> lines, java.util.Set<Integer> gapsBefore) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            boolean startsNew = current.length() == 0 || endsSentence(current) || gapsBefore.contains(i)
                    || LIST_ITEM.matcher(line).matches();
            if (startsNew && current.length() > 0) {
                paragraphs.add(current.toString());
                current.setLength(0);
            }
            boolean hyphen = current.length() > 1 && current.charAt(current.length() - 1) == '-'
                    && Character.isLetter(current.charAt(current.length() - 2));
            current.append(current.length() == 0 || hyphen ? "" : " ").append(line);
        }
        if (current.length() > 0) {
            paragraphs.add(current.toString());
        }
        return paragraphs;
    }

    private static boolean endsSentence(CharSequence text) {
        return ".;?!".indexOf(text.charAt(text.length() - 1)) >= 0;
    }
}
