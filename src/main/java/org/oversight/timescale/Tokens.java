package org.oversight.timescale;

import java.util.BitSet;
import java.util.List;

/** The tokens of one phrase, remembering which have been understood (used) by a reading. */
final class Tokens {

    private final String original;
    private final List<Token> list;
    private final BitSet used = new BitSet();

    Tokens(String original, List<Token> list) {
        this.original = original;
        this.list = List.copyOf(list);
    }

    int size() {
        return list.size();
    }

    /** The token at {@code i}, or null past either end. */
    Token at(int i) {
        return i >= 0 && i < list.size() ? list.get(i) : null;
    }

    boolean is(int i, String text) {
        Token token = at(i);
        return token != null && token.is(text);
    }

    boolean used(int i) {
        return used.get(i);
    }

    void use(int from, int to) {
        used.set(from, to);
    }

    /** Gives tokens back, so that their words are kept in the note. */
    void release(int from, int to) {
        used.clear(from, to);
    }

    /** True when token {@code i} is immediately followed, with no space, by token {@code i + 1}. */
    boolean touching(int i) {
        return at(i) != null && at(i + 1) != null && at(i).end() == at(i + 1).start();
    }

    /**
     * Matches space-separated {@code phrase} at {@code i} against unused tokens, skipping hyphens
     * between its parts ("on-going", "bi-monthly"). "#" matches any number.
     *
     * @return the index after the match, or -1
     */
    int match(int i, String phrase) {
        int j = i;
        for (String part : phrase.split(" ")) {
            if (j > i) {
                j = skipHyphens(j);
            }
            Token token = at(j);
            if (token == null || used(j) || !(token.is(part) || part.equals("#") && token.number())) {
                return -1;
            }
            j++;
        }
        return j;
    }

    int skipHyphens(int j) {
        while (is(j, "-") && !used(j)) {
            j++;
        }
        return j;
    }

    /** The original words covered by tokens {@code from} (inclusive) to {@code to} (exclusive). */
    String original(int from, int to) {
        return original.substring(at(from).start(), at(to - 1).end());
    }
}
