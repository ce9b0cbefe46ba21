package org.oversight.sharing;

import org.unbescape.html.HtmlEscape;
import org.unbescape.html.HtmlEscapeLevel;
import org.unbescape.html.HtmlEscapeType;

/**
 * Words written into the pages' HTML by this feature's writers rather than by templates: escaped as
 * {@code th:text} escapes them, and every character beyond ASCII (the RAG and trend symbols, accented
 * names) written as a character reference, so the long national pages stay one byte a character.
 */
final class HtmlText {
    private HtmlText() {
    }

    static String escape(String words) {
        return words == null ? "" : HtmlEscape.escapeHtml(words, HtmlEscapeType.HTML4_NAMED_REFERENCES_DEFAULT_TO_DECIMAL,
                HtmlEscapeLevel.LEVEL_2_ALL_NON_ASCII_PLUS_MARKUP_SIGNIFICANT);
    }
}
