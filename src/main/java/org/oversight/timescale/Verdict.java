package org.oversight.timescale;

import java.util.List;

/**
 * Decides what kind of commitment a phrase makes from what was found in it, in this order:
 * an unclear date or cadence makes it unknown; then completed; external; a cadence (recurring, or
 * a deadline then a cadence); ongoing (or a deadline then ongoing); a deadline (or a review point);
 * a start date alone (ongoing from then); "TBC" (missing); "as required" (ongoing); else unknown.
 */
final class Verdict {

    private final String text;
    private final PlanPeriod plan;
    private final Findings found;
    private final String note;

    Verdict(String text, PlanPeriod plan, Findings found, String note) {
        this.text = text;
        this.plan = plan;
        this.found = found;
        this.note = note;
    }

    Timescale timescale() {
        if (found.problem().isPresent()) {
            return unknown(TimescaleWarningCode.UNREADABLE_TIMESCALE, found.problem().get() + ": please correct it");
        }
        TimescaleKind kind = kind();
        if (kind == TimescaleKind.UNKNOWN) {
            return found.has(Cue.TO_BE_CONFIRMED)
                    ? unknown(TimescaleWarningCode.MISSING_TIMESCALE, "'" + text + "' sets no timescale yet: please add one")
                    : unknown(TimescaleWarningCode.UNREADABLE_TIMESCALE, "'" + text + "' could not be read as a timescale: please correct it");
        }
        return read(kind);
    }

    private TimescaleKind kind() {
        if (found.has(Cue.COMPLETED)) {
            return TimescaleKind.COMPLETED;
        }
        if (found.has(Cue.EXTERNAL)) {
            return TimescaleKind.EXTERNAL;
        }
        if (found.recurrence() != null) {
            return found.due() == null || found.deadlineEndsSpan() ? TimescaleKind.RECURRING : deadlineKind();
        }
        if (found.has(Cue.ONGOING)) {
            return ongoingAfterDue() ? TimescaleKind.DATE : TimescaleKind.ONGOING;
        }
        if (found.due() != null) {
            return deadlineKind();
        }
        return found.startsOn() != null || found.has(Cue.AS_REQUIRED) ? TimescaleKind.ONGOING : TimescaleKind.UNKNOWN;
    }

    private TimescaleKind deadlineKind() {
        return found.cueBeforeDeadline(Cue.REVIEW) ? TimescaleKind.REVIEW : TimescaleKind.DATE;
    }

    private boolean ongoingAfterDue() {
        return found.cueAfterDeadline(Cue.ONGOING) && !found.deadlineEndsSpan();
    }

    private Timescale read(TimescaleKind kind) {
        boolean thenOngoing = kind == TimescaleKind.DATE && found.has(Cue.ONGOING) && ongoingAfterDue();
        List<TimescaleWarning> warnings = kind == TimescaleKind.COMPLETED ? List.of()
                : PeriodWarnings.of(found.due() != null ? found.due() : found.startsOn(), plan);
        return new Timescale(text, kind, found.due(), found.recurrence(), found.startsOn(), thenOngoing, note, warnings);
    }

    private Timescale unknown(TimescaleWarningCode code, String message) {
        return new Timescale(text, TimescaleKind.UNKNOWN, null, null, null, false, null,
                List.of(new TimescaleWarning(code, message)));
    }
}
