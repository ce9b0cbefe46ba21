package org.oversight.timescale;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds every date in a phrase, left to right, with the words leading into it, and marks their
 * tokens as used. Two dates joined by "to", "-", "/" or "between ... and" form a range: the first
 * says when the work starts, the second when it ends.
 */
final class DateScanner {

    private static final List<DatePattern> PATTERNS = List.of(
            new NumericDates(), new QuarterPhrases(), new SeasonPhrases(), new MonthPhrases(), new YearPhrases());
    private static final Set<String> FINANCIAL_WORDS = Set.of("year", "years", "fy", "financial", "yr");
    private static final Set<String> RANGE_MARKS = Set.of("-", "/", "&", "and");

    List<DateExpression> scan(Tokens tokens, PlanPeriod plan) {
        List<DateExpression> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Optional<DateExpression> date = readAt(tokens, i, plan);
            if (date.isPresent()) {
                found.add(date.get());
                tokens.use(date.get().start(), date.get().end());
                i = date.get().end();
            } else {
                i++;
            }
        }
        return linkRanges(tokens, found);
    }

    private Optional<DateExpression> readAt(Tokens tokens, int i, PlanPeriod plan) {
        LeadIn lead = LeadIn.at(tokens, i);
        boolean financialCue = lead.present() || (i > 0 && FINANCIAL_WORDS.contains(tokens.at(i - 1).text()));
        DatePattern.Context context = new DatePattern.Context(plan, lead.present(), financialCue);
        for (DatePattern pattern : PATTERNS) {
            Optional<DateHit> hit = pattern.at(tokens, lead.end(), context);
            if (hit.isPresent()) {
                return Optional.of(expression(tokens, lead, hit.get()));
            }
        }
        return Optional.empty();
    }

    private static DateExpression expression(Tokens tokens, LeadIn lead, DateHit hit) {
        boolean onwards = tokens.is(hit.end(), "onwards") || tokens.is(hit.end(), "onward");
        DateLead kind = onwards ? DateLead.FROM : lead.lead();
        return new DateExpression(lead.start(), onwards ? hit.end() + 1 : hit.end(), hit.span(), kind,
                lead.part(), hit.problem());
    }

    private static List<DateExpression> linkRanges(Tokens tokens, List<DateExpression> dates) {
        List<DateExpression> linked = new ArrayList<>(dates);
        for (int k = 1; k < linked.size(); k++) {
            DateExpression before = linked.get(k - 1);
            DateExpression after = linked.get(k);
            if (after.start() == before.end() && after.lead() == DateLead.UNTIL && !before.opening()) {
                linked.set(k - 1, before.withLead(DateLead.FROM));
            } else if (after.start() == before.end() + 1 && joins(tokens.at(before.end()), before)) {
                tokens.use(before.end(), after.start());
                linked.set(k - 1, before.withLead(DateLead.FROM));
                linked.set(k, after.lead() == DateLead.NONE ? after.withLead(DateLead.UNTIL) : after);
            }
        }
        return linked;
    }

    private static boolean joins(Token between, DateExpression before) {
        boolean word = between.is("and") || between.is("&");
        return RANGE_MARKS.contains(between.text()) && (!word || before.lead() == DateLead.BETWEEN)
                && (before.lead() == DateLead.NONE || before.lead() == DateLead.BETWEEN);
    }
}
