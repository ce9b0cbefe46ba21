package org.oversight.timescale;

import java.time.Month;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Month names and abbreviations, and small numbers written as words. */
final class CalendarWords {

    private static final Map<String, Month> MONTHS = monthNames();
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("eighteen", 18), Map.entry("twenty", 20));

    private CalendarWords() {
    }

    static Optional<Month> month(Token token) {
        return token == null ? Optional.empty() : Optional.ofNullable(MONTHS.get(token.text()));
    }

    /** A small count written as digits or a word ("6", "six"); empty otherwise. */
    static Optional<Integer> count(Token token) {
        if (token == null) {
            return Optional.empty();
        }
        if (token.number() && !token.ordinal()) {
            int value = token.value();
            return value > 0 && value <= 99 ? Optional.of(value) : Optional.empty();
        }
        return Optional.ofNullable(NUMBERS.get(token.text()));
    }

    private static Map<String, Month> monthNames() {
        Map<String, Month> names = new HashMap<>();
        for (Month month : Month.values()) {
            String full = month.name().toLowerCase(java.util.Locale.ROOT);
            names.put(full, month);
            names.put(full.substring(0, 3), month);
        }
        names.put("sept", Month.SEPTEMBER);
        names.put("febuary", Month.FEBRUARY);
        names.put("feburary", Month.FEBRUARY);
        return names;
    }
}
