package org.oversight.importing;

import java.util.regex.Pattern;

/** Scanning debris: a cell or line too short to mean anything and without a plain letter or digit. */
final class Noise {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9]");

    private Noise() {
    }

    static boolean isJunk(String text) {
        String s = text == null ? "" : text.strip();
        return !s.isEmpty() && s.length() <= 3 && !PLAIN.matcher(s).find();
    }
}
