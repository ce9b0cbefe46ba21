package org.oversight.sharing;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.oversight.plan.LongDate;
import org.springframework.context.MessageSource;

/**
 * The overview table's rows written as HTML: one row per council, 153 of them for England, where
 * evaluating each cell's expression in the template costs many times the writing. Every word is
 * escaped as {@code th:text} escapes it, and every character beyond ASCII written as a reference,
 * and the rows read as the template's header expects.
 */
final class OverviewTable {
    private OverviewTable() {
    }

    static String rows(List<OverviewRow> rows, LocalDate asAt, String contextPath, MessageSource messages, Locale locale) {
        String noRound = HtmlText.escape(messages.getMessage("overview.noRound", null, locale));
        StringBuilder html = new StringBuilder(rows.size() * 1_400);
        for (OverviewRow row : rows) {
            html.append("<tr class=\"govuk-table__row overview-row\" data-council=\"").append(HtmlText.escape(row.council()))
                    .append("\"><th scope=\"row\" class=\"govuk-table__header\">");
            if (row.received()) {
                html.append(HtmlText.escape(row.council())).append(" <span class=\"govuk-body-s govuk-!-display-block overview-received\">")
                        .append(HtmlText.escape(messages.getMessage("overview.received", new Object[] {row.fromInstance(),
                                LongDate.of(LocalDate.ofInstant(row.receivedAt(), ZoneOffset.UTC))}, locale)))
                        .append("</span>");
            } else {
                html.append("<a class=\"govuk-link\" href=\"").append(contextPath).append("/plans/").append(row.planId())
                        .append("?asAt=").append(asAt).append("\">").append(HtmlText.escape(row.council())).append("</a>");
            }
            html.append(" <span class=\"govuk-body-s govuk-!-display-block\">").append(HtmlText.escape(row.plan())).append("</span>");
            if (row.region() != null) {
                html.append(" <span class=\"govuk-body-s govuk-!-display-block\">").append(HtmlText.escape(row.region())).append("</span>");
            }
            html.append("</th><td class=\"govuk-table__cell\">").append(HtmlText.escape(row.inspectionWords())).append("</td>");
            number(html, "cell-red", row.red());
            number(html, "cell-amber", row.amber());
            number(html, "cell-green", row.green());
            number(html, "cell-complete", row.complete());
            number(html, "cell-overdue", row.overdue());
            number(html, "cell-moved", row.movedTwice());
            html.append("<td class=\"govuk-table__cell govuk-table__cell--numeric cell-since\">")
                    .append(row.daysSinceRound() == null ? noRound : row.daysSinceRound().toString()).append("</td>")
                    .append("<td class=\"govuk-table__cell cell-trend\"><span aria-hidden=\"true\">").append(HtmlText.escape(row.trend().symbol()))
                    .append("</span> ").append(HtmlText.escape(row.trend().label())).append("</td></tr>\n");
        }
        return html.toString();
    }

    private static void number(StringBuilder html, String cell, int n) {
        html.append("<td class=\"govuk-table__cell govuk-table__cell--numeric ").append(cell).append("\">").append(n).append("</td>");
    }
}
