package org.oversight.timescale;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a phrase into words, numbers and marks. Letters and digits are always split apart, so
 * "June2012" is two tokens; an ordinal suffix joins its number even across a stray space ("9 th").
 */
final class Tokeniser {

    private static final Pattern PIECE = Pattern.compile("\\p{L}+|\\p{Nd}+|\\S");
    private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");

    Tokens split(String text) {
        Matcher matcher = PIECE.matcher(text);
        List<Token> tokens = new ArrayList<>();
        while (matcher.find()) {
            add(tokens, normal(matcher.group()), matcher.start(), matcher.end(), text);
        }
        return new Tokens(text, tokens);
    }

    private static void add(List<Token> tokens, String piece, int start, int end, String text) {
        Token last = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
        if (last != null && endsOrdinal(last, piece, text.substring(last.end(), start))) {
            tokens.set(tokens.size() - 1, new Token(last.text(), last.start(), end, true, true));
            return;
        }
        boolean number = Character.isDigit(piece.charAt(0));
        tokens.add(new Token(number ? ascii(piece) : piece, start, end, number, false));
    }

    private static boolean endsOrdinal(Token last, String piece, String between) {
        return last.number() && !last.ordinal() && last.digits() <= 2
                && ORDINAL_SUFFIXES.contains(piece) && between.isBlank();
    }

    private static String normal(String piece) {
        String lower = piece.toLowerCase(Locale.ROOT);
        if (lower.equals("\u2019") || lower.equals("\u2018")) {
            return "'";
        }
        return lower.equals("\u2013") || lower.equals("\u2014") ? "-" : lower;
    }

    private static String ascii(String digits) {
        StringBuilder out = new StringBuilder();
        digits.codePoints().forEach(c -> out.append(Character.getNumericValue(c)));
        return out.toString();
    }
}
