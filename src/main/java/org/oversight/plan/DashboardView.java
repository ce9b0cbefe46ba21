package org.oversight.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.thymeleaf.util.StringUtils;

/**
 * What a dashboard's body shows, worked out in Java once: the plan's tally, one tally per
 * workstream and per recommendation (one pass over the assessment, not one per row), and each
 * listed action's words. The template then only writes them out: each expression it evaluates and
 * each fragment it includes for a row cost more than the arithmetic behind it.
 */
public record DashboardView(RagTally tally, List<TallyRow> workstreams, List<TallyRow> recommendations,
                     ActionList overdue, ActionList dueSoon, ActionList stale, ActionList atRisk, ActionList waiting,
                     String workstreamRowsHtml, String recommendationRowsHtml) {

    /** A workstream's or recommendation's row: its label, the link (recommendations only) and its tally. */
    public record TallyRow(Long id, String label, RagTally tally) {

        /** The row as the table shows it: the label (a link when given one), each colour's count, the total and the roll-up. */
        void writeTo(StringBuilder html, String link) {
            html.append("<tr class=\"govuk-table__row\">\n      <th scope=\"row\" class=\"govuk-table__header\">");
            if (link != null) {
                html.append("<a class=\"govuk-link\" href=\"").append(RagTag.text(link)).append("\">")
                        .append(RagTag.text(label)).append("</a>");
            } else {
                html.append(RagTag.text(label));
            }
            html.append("</th>\n");
            for (RagColour c : tally.colours()) {
                html.append("      <td class=\"govuk-table__cell govuk-table__cell--numeric\">").append(tally.count(c)).append("</td>\n");
            }
            html.append("      <td class=\"govuk-table__cell govuk-table__cell--numeric\">").append(tally.total()).append("</td>\n")
                    .append("      <td class=\"govuk-table__cell\">");
            RagTag.writeTo(html, tally.rollUp()).append("</td>\n    </tr>\n");
        }
    }

    /**
     * A list of actions under a heading ("Overdue (3)"), and its table's rows as HTML: a list may
     * hold hundreds of actions, and writing a row here costs a fraction of evaluating its
     * expressions in the template. Every word is escaped as {@code th:text} escapes it.
     */
    public record ActionList(String heading, List<ActionRow> rows, String rowsHtml) {
        public boolean isEmpty() {
            return rows.isEmpty();
        }

        /**
         * The actions as a list with no heading, each with its status and the words of the given
         * rule's reason (its headline when the rule is null or does not apply).
         */
        static ActionList of(List<Action> actions, Function<Action, StatusAssessment> status, StatusRule rule, String contextPath,
                             ActionListings.Listing listing) {
            return written("", actions.stream().map(x -> ActionRow.of(listing.of(x), status.apply(x), rule)).toList(), contextPath);
        }

        /** The same for actions as the plan's listing gives them, each action's status given by its id. */
        static ActionList of(List<ActionListings.Entry> entries, Function<Long, StatusAssessment> status, String contextPath) {
            return written("", entries.stream().map(e -> ActionRow.of(e, status.apply(e.id()), null)).toList(), contextPath);
        }

        private static ActionList written(String heading, List<ActionRow> rows, String contextPath) {
            StringBuilder html = new StringBuilder(rows.size() * 600);
            rows.forEach(r -> r.writeTo(html, contextPath));
            return new ActionList(heading, rows, html.toString());
        }
    }

    /** One listed action: link, words, lead, deadline, standing and the reason shown. */
    public record ActionRow(long id, String label, String leads, String deadline, StatusAssessment status, String reason) {

        static ActionRow of(ActionListings.Entry e, StatusAssessment s, StatusRule rule) {
            return new ActionRow(e.id(), e.label(), e.leads(), e.deadline(), s, s.wordsFor(rule));
        }

        void writeTo(StringBuilder html, String contextPath) {
            html.append("<tr class=\"govuk-table__row\">\n      <td class=\"govuk-table__cell\"><a class=\"govuk-link\" href=\"")
                    .append(contextPath).append("/actions/").append(id).append("\">").append(RagTag.text(label)).append("</a></td>\n")
                    .append("      <td class=\"govuk-table__cell\">").append(RagTag.text(leads)).append("</td>\n")
                    .append("      <td class=\"govuk-table__cell\">").append(RagTag.text(deadline)).append("</td>\n")
                    .append("      <td class=\"govuk-table__cell\">");
            RagTag.writeStatusTo(html, status, reason).append("</td>\n    </tr>\n");
        }
    }

    /**
     * The dashboard of the assessment, from the facts it assessed (no action is loaded); each
     * listed action's words as the plan's action table lists them.
     */
    static DashboardView of(PlanAssessment a, String contextPath, ActionListings.Listing listing) {
        ActionPlan plan = a.plan();
        RagColour complete = plan.getCompleteColour();
        Map<Object, List<StatusAssessment>> byWorkstream = new HashMap<>();
        Map<Object, List<StatusAssessment>> byRecommendation = new HashMap<>();
        List<ActionFacts> facts = a.facts().actions();
        for (int i = 0; i < facts.size(); i++) {
            StatusAssessment s = a.of(i);
            byRecommendation.computeIfAbsent(facts.get(i).recommendation(), k -> new ArrayList<>()).add(s);
            byWorkstream.computeIfAbsent(facts.get(i).workstream(), k -> new ArrayList<>()).add(s);
        }
        List<TallyRow> workstreams = a.facts().workstreams().stream().map(w -> new TallyRow(w.id(),
                w.number() + ". " + w.title(), RagTally.of(byWorkstream.getOrDefault(w.key(), List.of()), complete))).toList();
        List<TallyRow> recommendations = a.facts().recommendations().stream().map(r -> new TallyRow(r.id(),
                r.number() + ". " + StringUtils.abbreviate(r.title(), 80),
                RagTally.of(byRecommendation.getOrDefault(r.key(), List.of()), complete))).toList();
        StringBuilder workstreamRows = new StringBuilder(workstreams.size() * 500);
        workstreams.forEach(w -> w.writeTo(workstreamRows, null));
        StringBuilder recommendationRows = new StringBuilder(recommendations.size() * 600);
        recommendations.forEach(r -> r.writeTo(recommendationRows,
                contextPath + "/plans/" + plan.getId() + "/recommendations/" + r.id()));
        return new DashboardView(a.tally(), workstreams, recommendations,
                list("Overdue", a.withReasonAt(StatusRule.OVERDUE), a, StatusRule.OVERDUE, contextPath, listing),
                list("Due in the next 30 days", a.dueWithinAt(30), a, null, contextPath, listing),
                list("No recent update", a.withReasonAt(StatusRule.STALE), a, StatusRule.STALE, contextPath, listing),
                list("At risk through a dependency", a.withReasonAt(StatusRule.AT_RISK), a, StatusRule.AT_RISK, contextPath, listing),
                list("Waiting on external events", a.withReasonAt(StatusRule.WAITING), a, StatusRule.WAITING, contextPath, listing),
                workstreamRows.toString(), recommendationRows.toString());
    }

    /**
     * The rows of the table of changes in status and deadlines ({@link PlanChanges#notable()}): a
     * link to each action, the kind of change and its words, escaped as {@code th:text} escapes them.
     */
    static String changeRowsHtml(PlanChanges changes, String contextPath) {
        StringBuilder html = new StringBuilder();
        for (PlanChanges.Change c : changes.notable()) {
            html.append("<tr class=\"govuk-table__row\">\n      <td class=\"govuk-table__cell\">");
            if (c.actionId() != null) {
                html.append("<a class=\"govuk-link\" href=\"").append(contextPath).append("/actions/").append(c.actionId())
                        .append("\">").append(RagTag.text(c.reference())).append("</a>");
            } else {
                html.append(RagTag.text(c.reference()));
            }
            html.append("</td>\n      <td class=\"govuk-table__cell\">").append(RagTag.text(c.kind()))
                    .append("</td>\n      <td class=\"govuk-table__cell\">").append(RagTag.text(c.words())).append("</td>\n    </tr>\n");
        }
        return html.toString();
    }

    /** The actions at the indexes of the assessment, as the listing lists them. */
    private static ActionList list(String heading, List<Integer> at, PlanAssessment a, StatusRule rule, String contextPath,
                                   ActionListings.Listing listing) {
        List<ActionRow> rows = at.stream().map(i -> ActionRow.of(listing.of(a.facts().actions().get(i)), a.of(i), rule)).toList();
        return ActionList.written(heading + " (" + rows.size() + ")", rows, contextPath);
    }

    static String deadline(Action x) {
        LocalDate due = x.getDueDate();
        if (due != null) {
            return LongDate.of(due);
        }
        String text = x.getTimescale().getText();
        return text == null || text.isEmpty() ? "None given" : text;
    }
}
