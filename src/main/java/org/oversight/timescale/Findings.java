package org.oversight.timescale;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Everything found in one phrase: its dates, its cadence and its kind words. When several deadlines
 * are given ("draft by June, final by September") the latest is taken as due, because the work is
 * finished only when all of it is; the others stay in the note.
 */
record Findings(List<DateExpression> dates, Optional<Cadence> cadence, Map<Cue, Integer> cues) {

    Optional<String> problem() {
        return dates.stream().filter(DateExpression::unclear).map(DateExpression::problem).findFirst()
                .or(() -> cadence.filter(Cadence::unclear).map(Cadence::problem));
    }

    /**
     * The deadline: the latest date that does not open a span. Dates after a "review" cue are review
     * points, so if a date comes before that cue ("October 2009 - review in January 2010") it is the
     * deadline instead.
     */
    Optional<DateExpression> deadline() {
        int review = cues.getOrDefault(Cue.REVIEW, Integer.MAX_VALUE);
        Optional<DateExpression> beforeReview = latest(date -> date.end() <= review);
        return beforeReview.isPresent() ? beforeReview : latest(date -> true);
    }

    /** Dates read but not used as the deadline or the start, whose words belong in the note. */
    List<DateExpression> setAside() {
        Optional<DateExpression> deadline = deadline();
        return dates.stream().filter(date -> !date.opening() && date.lead() != DateLead.WEEK_OF)
                .filter(date -> !deadline.equals(Optional.of(date))).collect(Collectors.toList());
    }

    private Optional<DateExpression> latest(Predicate<DateExpression> wanted) {
        return dates.stream().filter(date -> !date.opening() && !date.unclear()).filter(wanted)
                .max(Comparator.comparing(DateExpression::due));
    }

    LocalDate due() {
        return deadline().map(DateExpression::due).orElse(null);
    }

    LocalDate startsOn() {
        return dates.stream().filter(date -> date.opening() || date.lead() == DateLead.WEEK_OF)
                .findFirst().map(DateExpression::startsOn).orElse(null);
    }

    Period recurrence() {
        return cadence.map(Cadence::period).orElse(null);
    }

    boolean has(Cue cue) {
        return cues.containsKey(cue);
    }

    /** True when the deadline is the end of a span of work ("throughout 2009/10", "to March 2013"). */
    boolean deadlineEndsSpan() {
        return deadline().map(date -> date.lead() == DateLead.UNTIL).orElse(false);
    }

    /** True when the cue comes before the deadline in the phrase ("Review February 2013"). */
    boolean cueBeforeDeadline(Cue cue) {
        return has(cue) && deadline().map(date -> cues.get(cue) < date.start()).orElse(false);
    }

    /** True when the cue follows the deadline ("Sept 2012 and ongoing"). */
    boolean cueAfterDeadline(Cue cue) {
        return has(cue) && deadline().map(date -> cues.get(cue) >= date.end()).orElse(false);
    }
}
