package org.oversight.timescale;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Finds kind-of-commitment words among tokens not used by dates or cadences, remembering where each
 * kind first appears. Decisions: "TBC" and "to be confirmed" mean no timescale is set yet, so they
 * are read as missing (a person must supply one), while "to be advised" and "TBA" wait on someone
 * else and are read as external.
 */
final class CueScanner {

    private static final Map<String, Cue> PHRASES = phrases();
    private static final Set<String> NOT_YET = Set.of("be", "to", "will", "should", "must", "being", "not", "yet",
            "shall", "can", "could");
    private static final Set<String> DEADLINE_WORDS = Set.of("by", "before", "within", "no");

    /** Where each kind of cue first appears, as a token index. */
    Map<Cue, Integer> scan(Tokens tokens) {
        Map<Cue, Integer> found = new EnumMap<>(Cue.class);
        for (int i = 0; i < tokens.size(); i++) {
            String phrase = longest(tokens, i);
            if (phrase != null && !deadlineNotDone(tokens, i, phrase)) {
                found.putIfAbsent(PHRASES.get(phrase), i);
                int end = tokens.match(i, phrase);
                if (PHRASES.get(phrase) != Cue.TO_BE_CONFIRMED) {
                    tokens.use(i, end);
                }
                i = end - 1;
            }
        }
        return found;
    }

    /** "to be completed", "complete by June": a deadline, not a statement that work is done. */
    private static boolean deadlineNotDone(Tokens tokens, int i, String phrase) {
        if (PHRASES.get(phrase) != Cue.COMPLETED) {
            return false;
        }
        Token before = tokens.at(i - 1);
        Token after = tokens.at(tokens.match(i, phrase));
        return before != null && NOT_YET.contains(before.text()) || after != null && DEADLINE_WORDS.contains(after.text());
    }

    private static String longest(Tokens tokens, int i) {
        String best = null;
        int bestEnd = -1;
        for (String phrase : PHRASES.keySet()) {
            int end = tokens.match(i, phrase);
            if (end > bestEnd) {
                best = phrase;
                bestEnd = end;
            }
        }
        return best;
    }

    private static Map<String, Cue> phrases() {
        Map<String, Cue> map = new LinkedHashMap<>();
        put(map, Cue.ONGOING, "ongoing", "on going", "continuous", "continuously", "continuing", "continual",
                "existing", "immediate", "immediately", "with immediate effect", "business as usual", "rolling");
        put(map, Cue.AS_REQUIRED, "as required", "as and when", "as and when required", "as needed",
                "as necessary", "when required", "when needed", "if required");
        put(map, Cue.EXTERNAL, "awaiting", "await", "awaits", "awaited", "pending", "to be advised", "to be announced",
                "tba", "once", "when", "dependent on", "dependant on", "depends on", "depending on", "subject to",
                "following publication", "upon publication", "on publication", "on receipt of");
        put(map, Cue.COMPLETED, "completed", "complete", "achieved", "done", "in place", "implemented", "finished");
        put(map, Cue.REVIEW, "review", "reviewed", "reviews", "reviewing", "review date");
        put(map, Cue.TO_BE_CONFIRMED, "tbc", "to be confirmed", "to be agreed", "tbd", "to be determined",
                "to be decided", "to be identified", "to be set", "to be arranged", "not known", "unknown",
                "not yet known", "not yet set");
        return map;
    }

    private static void put(Map<String, Cue> map, Cue cue, String... phrases) {
        for (String phrase : phrases) {
            map.put(phrase, cue);
        }
    }
}
