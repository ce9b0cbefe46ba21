package org.oversight.timescale;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The words leading into a date ("by the end of", "from", "w/c", "mid-"), read from {@code start}
 * up to {@code end}. Several can combine: "from the beginning of", "by mid".
 */
record LeadIn(DateLead lead, PartOf part, int start, int end) {

    private record Words(DateLead lead, PartOf part) {
    }

    private static final Map<String, Words> PHRASES = phrases();

    static LeadIn at(Tokens tokens, int i) {
        DateLead lead = DateLead.NONE;
        PartOf part = PartOf.WHOLE;
        int j = i;
        for (Map.Entry<String, Words> found = longest(tokens, j); found != null; found = longest(tokens, j)) {
            lead = lead == DateLead.NONE ? found.getValue().lead() : lead;
            part = found.getValue().part() == PartOf.WHOLE ? part : found.getValue().part();
            j = tokens.skipHyphens(tokens.match(j, found.getKey()));
        }
        return new LeadIn(lead, part, i, j);
    }

    boolean present() {
        return end > start;
    }

    private static Map.Entry<String, Words> longest(Tokens tokens, int j) {
        Map.Entry<String, Words> best = null;
        for (Map.Entry<String, Words> entry : PHRASES.entrySet()) {
            int end = tokens.match(j, entry.getKey());
            if (end > 0 && (best == null || end > tokens.match(j, best.getKey()))) {
                best = entry;
            }
        }
        return best;
    }

    private static Map<String, Words> phrases() {
        Map<String, Words> map = new LinkedHashMap<>();
        put(map, DateLead.BY, PartOf.WHOLE, "by", "due by", "no later than", "not later than", "deadline", "week ending", "w / e");
        put(map, DateLead.BEFORE, PartOf.WHOLE, "before", "prior to");
        put(map, DateLead.FROM, PartOf.WHOLE, "from", "as from", "as of", "starting", "commencing", "beginning",
                "with effect from", "effective from");
        put(map, DateLead.UNTIL, PartOf.WHOLE, "until", "till", "to", "up to", "up until", "throughout", "through",
                "during");
        put(map, DateLead.WEEK_OF, PartOf.WHOLE, "w / c", "w / b", "wc", "wb", "week commencing",
                "week beginning", "week starting", "week of");
        put(map, DateLead.BETWEEN, PartOf.WHOLE, "between");
        put(map, DateLead.NONE, PartOf.END, "end", "end of", "the end of", "late", "the close of", "close of");
        put(map, DateLead.NONE, PartOf.MID, "mid", "middle of", "the middle of");
        put(map, DateLead.NONE, PartOf.EARLY, "early");
        put(map, DateLead.NONE, PartOf.START, "start of", "the start of", "beginning of", "the beginning of");
        put(map, DateLead.NONE, PartOf.WHOLE, "in", "on", "the", "due", "target", "target date", "of", "at", ":",
                "financial year", "the financial year", "fy", "academic year");
        return map;
    }

    private static void put(Map<String, Words> map, DateLead lead, PartOf part, String... phrases) {
        for (String phrase : phrases) {
            map.put(phrase, new Words(lead, part));
        }
    }
}
