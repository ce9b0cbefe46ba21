package org.oversight.importing.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A PDF gives lines, not paragraphs. Lines are joined into one paragraph unless the line before
 * ends a sentence (. ; ? !) or the next starts like a list item (a bullet, "1.", "1.2", "a)").
 */
final class PdfParagraphs {
    private static final Pattern LIST_ITEM = Pattern.compile("^([•\\-*–·▪o]\\s|\\(?[0-9]+(\\.[0-9]+)*[.)]?\\s|\\(?[a-z][.)]\\s).*");

    private PdfParagraphs() {
    }

    static List<String> of(String text) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String raw : text.split("[\\r\\n]+")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            boolean startsNew = current.length() == 0 || endsSentence(current)
                    || LIST_ITEM.matcher(line).matches();
            if (startsNew && current.length() > 0) {
                paragraphs.add(current.toString());
                current.setLength(0);
            }
            current.append(current.length() == 0 ? "" : " ").append(line);
        }
        if (current.length() > 0) {
            paragraphs.add(current.toString());
        }
        return paragraphs;
    }

    private static boolean endsSentence(CharSequence text) {
        return ".;?!".indexOf(text.charAt(text.length() - 1)) >= 0;
    }
}
