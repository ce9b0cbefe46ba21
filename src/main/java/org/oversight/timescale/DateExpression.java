package org.oversight.timescale;

import java.time.LocalDate;
import java.time.Month;

/** A date found in a phrase, with the words around it, covering tokens start to end. */
record DateExpression(int start, int end, DateSpan span, DateLead lead, PartOf part, String problem) {

    boolean unclear() {
        return problem != null;
    }

    /** True when this date says when the work starts rather than when it is due. */
    boolean opening() {
        return lead == DateLead.FROM || lead == DateLead.BETWEEN;
    }

    DateExpression withLead(DateLead newLead) {
        return new DateExpression(start, end, span, newLead, part, problem);
    }

    DateExpression widenedTo(int newEnd) {
        return new DateExpression(start, newEnd, span, lead, part, problem);
    }

    /** The latest date the words allow: a month without a day means its last day. */
    LocalDate due() {
        return switch (lead) {
            case WEEK_OF -> span.first().plusDays(6);
            case BEFORE -> span.first().minusDays(1);
            default -> point();
        };
    }

    LocalDate startsOn() {
        return lead == DateLead.WEEK_OF || part == PartOf.WHOLE ? span.first() : point();
    }

    private LocalDate point() {
        LocalDate first = span.first();
        return switch (part) {
            case START -> first;
            case EARLY -> span.wholeMonth() ? first.withDayOfMonth(10) : first.plusDays(length() / 3);
            case MID -> middle();
            case WHOLE, END -> span.last();
        };
    }

    private LocalDate middle() {
        if (span.wholeMonth()) {
            return span.first().withDayOfMonth(15);
        }
        if (span.wholeYear()) {
            return span.first().withMonth(Month.JUNE.getValue()).withDayOfMonth(30);
        }
        return span.first().plusDays(length() / 2);
    }

    private long length() {
        return span.last().toEpochDay() - span.first().toEpochDay();
    }
}
