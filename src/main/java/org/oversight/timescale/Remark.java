package org.oversight.timescale;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The officer's words left over once dates, cadences and kind words are read ("first audit",
 * "for validated data but earlier for unvalidated"), kept in their original form as a note. Linking
 * words and brackets at the edges of each stretch are dropped; stretches are joined with "; ".
 */
final class Remark {

    private static final Set<String> EDGE_WORDS = Set.of("and", "or", "then", "thereafter", "by", "the", "to", "at",
            "in", "on", "of", "with", "from", "until", "till", "is", "are", "but", "also");

    private Remark() {
    }

    /** The note, or null when nothing is left over. */
    static String of(Tokens tokens) {
        List<String> stretches = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int end = i;
            while (end < tokens.size() && !tokens.used(end)) {
                end++;
            }
            trimmed(tokens, i, end, stretches);
            i = end + 1;
        }
        return stretches.isEmpty() ? null : String.join("; ", stretches);
    }

    private static void trimmed(Tokens tokens, int from, int to, List<String> stretches) {
        int first = from;
        int last = to;
        while (first < last && filler(tokens.at(first))) {
            first++;
        }
        while (last > first && filler(tokens.at(last - 1))) {
            last--;
        }
        if (first < last) {
            stretches.add(tokens.original(first, last));
        }
    }

    private static boolean filler(Token token) {
        return token.mark() || EDGE_WORDS.contains(token.text());
    }
}
