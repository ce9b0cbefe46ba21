package org.oversight.reporting;

import java.time.Instant;
import java.time.LocalDate;

/** An issued pack as the list of issued packs shows it. */
public record IssuedPackSummary(long id, long planId, String board, String meeting, LocalDate asAt,
                                String issuedBy, Instant issuedAt, boolean forPublication) {
}
