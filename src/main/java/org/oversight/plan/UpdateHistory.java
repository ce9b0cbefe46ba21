package org.oversight.plan;

import java.util.ArrayList;
import java.util.List;

/** An action's updates, newest first, each saying how its RAG changed from the one before. */
record UpdateHistory(ProgressUpdate update, String change) {

    /**
     * Rows for the given updates, newest first; {@code before} is the RAG of the newest rated
     * update older than all of them (null when there is none), so that the oldest row shown can
     * still say what it changed from.
     */
    static List<UpdateHistory> of(List<ProgressUpdate> newestFirst, RagColour before) {
        List<UpdateHistory> rows = new ArrayList<>(newestFirst.size());
        RagColour previous = before;
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            ProgressUpdate u = newestFirst.get(i);
            String change = previous != null && u.getRag() != null && u.getRag() != previous
                    ? "(was " + previous.label() + ")" : null;
            rows.add(0, new UpdateHistory(u, change));
            if (u.getRag() != null) {
                previous = u.getRag();
            }
        }
        return rows;
    }

    /**
     * The rows of the action page's progress table, written as its template wrote them: two years
     * of monthly updates are two dozen rows, each with its evidence and RAG tag, and evaluating their
     * expressions cost more than the rest of the page. Every word is escaped as {@code th:text} escapes it.
     */
    static String rowsHtml(List<UpdateHistory> history) {
        StringBuilder html = new StringBuilder(history.size() * 700);
        for (UpdateHistory h : history) {
            ProgressUpdate u = h.update();
            html.append("<tr class=\"govuk-table__row\">\n      <td class=\"govuk-table__cell\">")
                    .append(RagTag.text(LongDate.of(u.getAsAt()))).append("</td>\n      <td class=\"govuk-table__cell\"><span>")
                    .append(RagTag.text(u.getText())).append("</span>");
            List<EvidenceLink> evidence = u.getEvidence();
            if (!evidence.isEmpty()) {
                html.append("\n        <ul class=\"govuk-list govuk-body-s\">");
                for (EvidenceLink e : evidence) {
                    html.append("\n          <li>Evidence: ");
                    if (e.getSafeUrl() != null) {
                        html.append("<a class=\"govuk-link\" href=\"").append(RagTag.text(e.getSafeUrl())).append("\">")
                                .append(RagTag.text(e.getLabel())).append("</a>");
                    } else {
                        html.append("<span>").append(RagTag.text(e.getLabel())).append("</span>");
                    }
                    html.append("</li>");
                }
                html.append("\n        </ul>");
            }
            html.append("</td>\n      <td class=\"govuk-table__cell\">");
            RagTag.writeTo(html, u.getRag());
            if (h.change() != null) {
                html.append("\n        <span class=\"govuk-body-s\">").append(RagTag.text(h.change())).append("</span>");
            }
            html.append("</td>\n      <td class=\"govuk-table__cell\">").append(RagTag.text(u.getAuthor())).append("</td>\n    </tr>\n");
        }
        return html.toString();
    }
}
