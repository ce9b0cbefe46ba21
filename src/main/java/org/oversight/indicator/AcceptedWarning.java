package org.oversight.indicator;

import jakarta.persistence.Embeddable;
import java.time.Instant;

/** A warning someone has looked at and accepted, with the reason they gave. */
@Embeddable
public record AcceptedWarning(String code, String reason, String acceptedBy, Instant acceptedAt) {
}
