package org.oversight.importing;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a recommendation's number as councils write it: 1, 1.1, 2(i), 2(ii), (a), a), i., R1,
 * Rec 3, "Recommendation 4:". A range ("1 - 4", "5 to 8") is the last line of a heading, never a
 * number. A cell holding two numbers ("2" then "3") is a section digit run into the row's own
 * number, which is the last.
 */
final class RecommendationNumbers {
    private static final String SUB = "(?:\\s*\\(([ivx]{1,5}|[a-z])\\))?";
    private static final String END = "(?=$|[\\s,&):\\-–—])";
    private static final Pattern RANGE = Pattern.compile("^\\(?\\d{1,3}\\)?\\s*(?:-|–|—|to)\\s*\\d{1,3}\\b.*", Pattern.DOTALL);
    private static final Pattern PREFIXED = Pattern.compile("^(?:recommendation|rec\\.?|r)\\s*(\\d{1,3}(?:\\.\\d{1,3})*)" + SUB
            + "\\s*[:.)\\-–—]?" + END, Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMERIC = Pattern.compile("^\\(?(\\d{1,3}(?:\\.\\d{1,3})*)\\)?" + SUB + "\\.?" + END);
    /** A reference such as "SR3" or "A.1", taken as written when it stands alone in a number cell. */
    private static final Pattern CODE = Pattern.compile("^[A-Za-z]{1,4}[-.]?\\d{1,3}[a-z]?$");
    private static final Pattern LETTER = Pattern.compile("^(?:\\(([a-z]|[ivx]{1,5})\\)|([a-z]|[ivx]{1,5})[.)])(?=$|\\s)");

    /** A number read from the start of a text, and the text after it. */
    record Found(String number, String rest) {
    }

    private RecommendationNumbers() {
    }

    /** True when the text is a range such as "1 - 4", the tail of a heading. */
    static boolean isRange(String text) {
        return RANGE.matcher(text.strip()).matches();
    }

    /** The number a whole number cell holds, or null when it holds none. */
    static Found cell(SourceCell cell) {
        return cell(cell, null);
    }

    /**
     * As {@link #cell(SourceCell)}, knowing the number read before: a cell of several numbers is a
     * number wrapped in a narrow column ("10" over "0" is 100) when joined they follow on from it,
     * and otherwise a section digit run into the row's own number, which is the last.
     */
    static Found cell(SourceCell cell, String previous) {
        List<String> tokens = tokens(cell);
        if (isStray(cell)) {
            Found joined = start(String.join("", tokens));
            return joined != null && follows(previous, joined.number()) ? joined : start(tokens.get(tokens.size() - 1));
        }
        Found found = start(cell.text());
        return found != null || !CODE.matcher(cell.text().strip()).matches() ? found : new Found(cell.text().strip(), "");
    }

    /** True when the cell holds several numbers and nothing else: a section digit run into the row's own number. */
    static boolean isStray(SourceCell cell) {
        List<String> tokens = tokens(cell);
        Found whole = start(cell.text());
        return tokens.size() > 1 && (whole == null || !whole.rest().isEmpty())
                && tokens.stream().allMatch(t -> start(t) != null && start(t).rest().isEmpty());
    }

    /** True when the cell's numbers, written together, are the number after {@code previous}. */
    static boolean isWrapped(SourceCell cell, String previous) {
        Found joined = isStray(cell) ? start(String.join("", tokens(cell))) : null;
        return joined != null && follows(previous, joined.number());
    }

    private static boolean follows(String previous, String number) {
        return previous != null && previous.matches("\\d{1,3}") && number.matches("\\d{1,4}")
                && Integer.parseInt(number) == Integer.parseInt(previous) + 1;
    }

    private static List<String> tokens(SourceCell cell) {
        return cell.paragraphs().stream().flatMap(p -> java.util.Arrays.stream(p.split("\\s+"))).toList();
    }

    /** The number at the start of a text, or null. */
    static Found start(String raw) {
        String text = raw.strip();
        if (text.isEmpty() || isRange(text)) {
            return null;
        }
        for (Pattern p : List.of(PREFIXED, NUMERIC)) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                String number = m.group(1) + (m.group(2) == null ? "" : "(" + m.group(2).toLowerCase(Locale.ROOT) + ")");
                return new Found(number, rest(text, m.end()));
            }
        }
        Matcher m = LETTER.matcher(text);
        if (m.find()) {
            String letter = m.group(1) != null ? m.group(1) : m.group(2);
            return new Found(letter.toLowerCase(Locale.ROOT), rest(text, m.end()));
        }
        return null;
    }

    private static String rest(String text, int end) {
        return text.substring(end).replaceFirst("^[\\s:.)\\-–—]+", "").strip();
    }
}
