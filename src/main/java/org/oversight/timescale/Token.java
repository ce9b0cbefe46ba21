package org.oversight.timescale;

/**
 * One piece of a phrase: a word, a number or a single mark, lower-cased, with its place in the
 * original text. A number written as an ordinal ("9th", "9 th") is one token with {@code ordinal}.
 */
record Token(String text, int start, int end, boolean number, boolean ordinal) {

    boolean is(String other) {
        return text.equals(other);
    }

    boolean word() {
        return Character.isLetter(text.charAt(0));
    }

    boolean mark() {
        return !number && !word();
    }

    int digits() {
        return number ? text.length() : 0;
    }

    /** The number's value, or -1 when this is not a number of sensible size. */
    int value() {
        return number && text.length() <= 6 ? Integer.parseInt(text) : -1;
    }
}
