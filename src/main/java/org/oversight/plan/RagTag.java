package org.oversight.plan;

import org.unbescape.html.HtmlEscape;

/**
 * A RAG colour as a GOV.UK tag, written as the {@code rag} fragment of {@code plan/fragments}
 * writes it: the colour's class, its symbol hidden from screen readers and its name in words, so
 * colour is never the only cue. For rows written in Java rather than by templates.
 */
final class RagTag {
    private RagTag() {
    }

    /** The tag, or nothing for no colour. */
    static StringBuilder writeTo(StringBuilder html, RagColour colour) {
        if (colour != null) {
            html.append("<strong class=\"govuk-tag ").append(colour.cssClass()).append("\"><span aria-hidden=\"true\">")
                    .append(text(colour.symbol())).append("</span>\n  <span>").append(text(colour.label())).append("</span></strong>");
        }
        return html;
    }

    /**
     * A status as the {@code status} fragment writes it (the tag, and the proposed colour when an
     * officer overrode it), then the reason shown beside it: a row's "Status and reason" cell.
     */
    static StringBuilder writeStatusTo(StringBuilder html, StatusAssessment status, String reason) {
        writeTo(html, status.rag());
        if (status.overridden()) {
            html.append("\n        <span class=\"govuk-body-s\">(overridden; proposed\n    <span>")
                    .append(text(status.proposed().label())).append("</span>)</span>");
        }
        return html.append("\n        <span class=\"govuk-body-s\">").append(text(reason)).append("</span>");
    }

    /** Words escaped as {@code th:text} escapes them; nothing for none. */
    static String text(String words) {
        return words == null ? "" : HtmlEscape.escapeHtml4Xml(words);
    }
}
