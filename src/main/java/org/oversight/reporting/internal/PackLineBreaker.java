package org.oversight.reporting.internal;

import com.openhtmltopdf.extend.FSTextBreaker;

/**
 * Where a PDF pack's lines may break: after spaces, and inside a word only after a hyphen
 * between letters or after a slash (a link or "and/or"). A pack is English prose, references
 * and dates, for which these are the places the general Unicode line-breaking rules choose
 * too; those rules, with the PDF library's search for web addresses on top, were a tenth of
 * the time of a large pack. A non-breaking space never breaks.
 */
final class PackLineBreaker implements FSTextBreaker {
    private String text = "";
    private int position;

    @Override
    public void setText(String newText) {
        text = newText;
        position = 0;
    }

    @Override
    public int next() {
        int end = text.length();
        if (position >= end) {
            return -1;
        }
        int i = position;
        while (i < end) {
            char c = text.charAt(i++);
            if (space(c)) {
                while (i < end && space(text.charAt(i))) {
                    i++;
                }
                return position = i;
            }
            boolean hyphen = c == '-' && i >= 2 && Character.isLetter(text.charAt(i - 2)) && i < end && Character.isLetter(text.charAt(i));
            boolean slash = c == '/' && i < end && !space(text.charAt(i));
            if (hyphen || slash) {
                return position = i;
            }
        }
        return position = end;
    }

    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
