package org.oversight.demo;

import java.time.LocalDate;
import org.oversight.plan.Action;
import org.oversight.plan.ActionTimescale;
import org.oversight.timescale.TimescaleKind;

/**
 * An action's timescale as an officer would write it, with the month it names counted from the
 * start of the plan. The words and the reading are made together so they always agree.
 */
record DemoTimescale(Form form, Integer month) {
    enum Form { MONTH, SHORT_MONTH, MONTH_AND_ONGOING, REVIEW, QUARTERLY, MONTHLY, ONGOING, AWAITING_GUIDANCE }

    static DemoTimescale by(int month) { return new DemoTimescale(Form.MONTH, month); }

    static DemoTimescale byShort(int month) { return new DemoTimescale(Form.SHORT_MONTH, month); }

    static DemoTimescale andOngoing(int month) { return new DemoTimescale(Form.MONTH_AND_ONGOING, month); }

    static DemoTimescale review(int month) { return new DemoTimescale(Form.REVIEW, month); }

    static DemoTimescale quarterly() { return new DemoTimescale(Form.QUARTERLY, null); }

    static DemoTimescale monthly() { return new DemoTimescale(Form.MONTHLY, null); }

    static DemoTimescale ongoing() { return new DemoTimescale(Form.ONGOING, null); }

    static DemoTimescale awaitingGuidance() { return new DemoTimescale(Form.AWAITING_GUIDANCE, null); }

    void applyTo(Action action, DemoCalendar calendar) {
        LocalDate due = month == null ? null : calendar.monthEnd(month);
        action.setTimescale(reading(calendar), due);
    }

    private ActionTimescale reading(DemoCalendar calendar) {
        return switch (form) {
            case MONTH -> new ActionTimescale(calendar.monthYear(month), TimescaleKind.DATE, null, null);
            case SHORT_MONTH -> new ActionTimescale(calendar.shortMonthYear(month), TimescaleKind.DATE, null, null);
            case MONTH_AND_ONGOING -> new ActionTimescale(calendar.shortMonthYear(month) + " and ongoing",
                    TimescaleKind.DATE, null, "then ongoing");
            case REVIEW -> new ActionTimescale("Review " + calendar.monthYear(month), TimescaleKind.REVIEW, null, null);
            case QUARTERLY -> new ActionTimescale("Quarterly", TimescaleKind.RECURRING, "P3M", null);
            case MONTHLY -> new ActionTimescale("Monthly", TimescaleKind.RECURRING, "P1M", null);
            case ONGOING -> new ActionTimescale("Ongoing", TimescaleKind.ONGOING, null, null);
            case AWAITING_GUIDANCE -> new ActionTimescale("Awaiting guidance", TimescaleKind.EXTERNAL, null, null);
        };
    }

    /** The timescale rewritten after the deadline moved, keeping the original words in the note. */
    static void revise(Action action, int newMonth, DemoCalendar calendar) {
        String original = action.getTimescale().getNote() != null && action.getTimescale().getNote().startsWith("Originally")
                ? action.getTimescale().getNote() : "Originally " + action.getTimescale().getText();
        action.setTimescale(new ActionTimescale(calendar.monthYear(newMonth), TimescaleKind.DATE, null, original),
                calendar.monthEnd(newMonth));
    }
}
