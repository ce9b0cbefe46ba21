package org.oversight.timescale;

import java.util.Optional;

/** What a date pattern found: a span of days, or a problem that stops it being read. */
record DateHit(DateSpan span, int end, String problem) {

    static Optional<DateHit> of(DateSpan span, int end) {
        return Optional.of(new DateHit(span, end, null));
    }

    static Optional<DateHit> unclear(String problem, int end) {
        return Optional.of(new DateHit(null, end, problem));
    }
}
