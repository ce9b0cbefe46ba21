package org.oversight.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one pasted cell into its paragraphs: {@code <p>} and {@code <li>} marks where the
 * extraction kept them, otherwise runs of two or more spaces, which is how extracted text
 * separates the paragraphs of a cell that lost its marks.
 */
final class CellText {
    private static final Pattern BLOCK = Pattern.compile("<(p|li)\\b[^>]*>(.*?)</\\1>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]{0,200}>");
    private static final Pattern GAP = Pattern.compile(" {2,}");

    private CellText() {
    }

    static SourceCell read(String raw) {
        List<String> paragraphs = new ArrayList<>();
        if (raw.contains("<")) {
            Matcher m = BLOCK.matcher(raw);
            while (m.find()) {
                paragraphs.add(plain(m.group(2)));
            }
        }
        if (paragraphs.isEmpty()) {
            for (String part : GAP.split(plain(raw).strip())) {
                paragraphs.add(part);
            }
        }
        return new SourceCell(paragraphs, false);
    }

    /** Text without tags, entities decoded, emphasis marks and list glyphs removed, spaces kept. */
    static String plain(String text) {
        String s = TAG.matcher(text).replaceAll(" ");
        s = s.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&nbsp;", " ");
        s = s.replace("**", "").replaceAll("(^|\\s)\\*+|\\*+($|\\s)", "$1$2");
        s = s.replaceAll("^\\s*[●•▪◦]+\\s*", "");
        return s.replace('\u00a0', ' ');
    }
}
