package org.oversight.timescale;

import java.util.Objects;

/** A problem with a timescale, in words an officer can act on. */
public record TimescaleWarning(TimescaleWarningCode code, String message) {

    public TimescaleWarning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
