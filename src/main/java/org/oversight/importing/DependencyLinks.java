package org.oversight.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the references in a dependency cell ("Workstream 1 action 4", "WS 1, 2, 3, 4", "KD 1 &amp; 2",
 * "Workstream 4 Key deliverables 7, 8 &amp; 9", "Refer Recommendation 6") as target keys: {@code ws:N},
 * {@code kd:W.N} (a key deliverable), {@code rec:N} or {@code action:REF}. Words that name no reference
 * ("None", "As above") give nothing.
 */
final class DependencyLinks {
    private static final String LIST = "(\\d{1,3}(?:\\.\\d{1,3})*(?:\\s*(?:,|&|and)\\s*\\d{1,3}(?:\\.\\d{1,3})*)*)";
    private static final String WS = "(?:work\\s*streams?|ws)\\s*";
    private static final Pattern WS_ITEM = Pattern.compile(WS + "(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"
            + "\\s*,?\\s*(?:(action|key deliverables?|kd)s?\\s*" + LIST + ")?");
    private static final Pattern WS_LIST = Pattern.compile(WS + LIST);
    private static final Pattern KD = Pattern.compile("(?:key deliverables?|kd)\\s*" + LIST);
    private static final Pattern REC = Pattern.compile("(?:recommendations?|rec\\.?)\\s*" + LIST);
    private static final Pattern ACTION = Pattern.compile("\\baction\\s+(\\d{1,3}(?:\\.\\d{1,3})+)");
    private static final List<String> WORDS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");

    private DependencyLinks() {
    }

    static List<String> read(String text, String workstream) {
        List<String> keys = new ArrayList<>();
        String t = text == null ? "" : text.toLowerCase(Locale.ROOT);
        StringBuilder rest = new StringBuilder(t);
        Matcher m = WS_ITEM.matcher(t);
        while (m.find()) {
            String ws = number(m.group(1));
            if (m.group(2) == null) {
                Matcher list = WS_LIST.matcher(t.substring(m.start()));
                if (list.lookingAt()) {
                    numbers(list.group(1)).forEach(n -> keys.add("ws:" + n));
                } else {
                    keys.add("ws:" + ws);
                }
            } else {
                numbers(m.group(3)).forEach(n -> keys.add("kd:" + ws + "." + n));
            }
            blank(rest, m.start(), m.end());
        }
        String left = rest.toString();
        Matcher kd = KD.matcher(left);
        while (kd.find()) {
            numbers(kd.group(1)).forEach(n -> keys.add(workstream == null ? "rec:" + n : "kd:" + workstream + "." + n));
        }
        Matcher rec = REC.matcher(left);
        while (rec.find()) {
            numbers(rec.group(1)).forEach(n -> keys.add("rec:" + n));
        }
        Matcher action = ACTION.matcher(left);
        while (action.find()) {
            keys.add("action:" + action.group(1));
        }
        if (keys.isEmpty() && left.strip().matches(LIST + "\\.?")) {
            numbers(left.strip().replaceAll("\\.$", "")).forEach(n -> keys.add(workstream == null ? "rec:" + n : "kd:" + workstream + "." + n));
        }
        return keys.stream().distinct().toList();
    }

    private static void blank(StringBuilder s, int from, int to) {
        for (int i = from; i < to; i++) {
            s.setCharAt(i, ' ');
        }
    }

    private static String number(String n) {
        int word = WORDS.indexOf(n);
        return word >= 0 ? String.valueOf(word + 1) : n;
    }

    private static List<String> numbers(String list) {
        return List.of(list.split("\\s*(?:,|&|and)\\s*")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
