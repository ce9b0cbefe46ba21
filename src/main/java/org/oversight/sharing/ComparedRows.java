package org.oversight.sharing;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * The rows of the other councils sharing an indicator, written as HTML: one per council of the
 * group, 152 of them nationally, where evaluating each row's expressions in the template costs
 * many times the writing. Every word is escaped as {@link HtmlText} says.
 */
final class ComparedRows {
    private ComparedRows() {
    }

    static String of(List<Comparison.Line> councils, MessageSource messages, Locale locale) {
        StringBuilder html = new StringBuilder(councils.size() * 220);
        for (Comparison.Line line : councils) {
            html.append("<tr class=\"govuk-table__row group-council\"><th scope=\"row\" class=\"govuk-table__header\">")
                    .append(HtmlText.escape(messages.getMessage("comparison.groupCouncil", new Object[] {line.name()}, locale)))
                    .append("</th>\n        <td class=\"govuk-table__cell govuk-table__cell--numeric\">")
                    .append(line.figure() == null ? "" : HtmlText.escape(line.figure().toString())).append("</td></tr>\n");
        }
        return html.toString();
    }
}
