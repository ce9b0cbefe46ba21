package org.oversight.importing.formats;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether two lines of one column of a table without ruling lines are one cell's words or two
 * cells': the words a line ends with and the next begins with. A line ending a sentence, a RAG
 * word or a date, followed by a capital or a figure, ends its cell; a line ending on a comma or
 * a word such as "and" or "the", or followed by a small letter, runs on into the next.
 */
final class CellBreak {
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?][\"')\\]’”]*$");
    private static final Pattern ENDS_DATE = Pattern.compile(
            "(?i).*(\\b(19|20)\\d\\d(/\\d\\d(\\d\\d)?)?|\\bongoing|\\bcomplete[d]?|\\bquarterly|\\bmonthly|\\bannually)$");
    private static final Set<String> STATUS_WORDS = Set.of("red", "amber", "green", "blue", "black", "grey", "gray",
            "complete", "completed", "closed", "on track", "off track", "at risk", "not started", "in progress");
    private static final Pattern RUNS_ON_MARK = Pattern.compile(".*[,;:&/(\\-–—]$");
    private static final Set<String> LINKING_WORDS = Set.of("and", "or", "of", "the", "to", "for", "with", "in", "on",
            "by", "a", "an", "at", "from", "that", "their", "its", "our", "into", "who", "which", "as", "is", "are", "be");

    private CellBreak() {
    }

    /** The line above closes its cell and the one below opens another. */
    static boolean ends(String above, String below) {
        String last = above.strip();
        String next = below.strip();
        if (last.isEmpty() || next.isEmpty() || !opens(next)) {
            return false;
        }
        return ENDS_SENTENCE.matcher(last).matches() || ENDS_DATE.matcher(last).matches()
                || STATUS_WORDS.contains(last.toLowerCase(Locale.ROOT));
    }

    /** The line below carries on the words of the line above, whatever else starts beside it. */
    static boolean runsOn(String above, String below) {
        String last = above.strip();
        String next = below.strip();
        if (last.isEmpty() || next.isEmpty() || ENDS_SENTENCE.matcher(last).matches()) {
            return false;
        }
        if (Character.isLowerCase(next.codePointAt(0))) {
            return true;
        }
        String[] words = last.split("\\s+");
        return RUNS_ON_MARK.matcher(last).matches() || LINKING_WORDS.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
    }

    /** The line below ends a word the line above broke off ("No" then ".", "Re" then "f"): a narrow column wrapping. */
    static boolean wraps(String above, String below) {
        String next = below.strip();
        if (above == null || next.isEmpty()) {
            return false;
        }
        int first = next.codePointAt(0);
        return Character.isLowerCase(first) || ".,;:)]".indexOf(first) >= 0 || above.strip().endsWith("-");
    }

    private static boolean opens(String text) {
        int first = text.codePointAt(0);
        return Character.isUpperCase(first) || Character.isDigit(first) || first == '(' || first == '•' || first == '-';
    }
}
