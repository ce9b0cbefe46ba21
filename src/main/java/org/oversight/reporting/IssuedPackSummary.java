package org.oversight.reporting;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An issued pack as the list of issued packs shows it. {@code containsExempt} is true when the
 * pack holds exempt rows: then only those {@link ExemptReaders} allow may open it.
 */
public record IssuedPackSummary(long id, long planId, String board, String meeting, LocalDate asAt,
                                String issuedBy, Instant issuedAt, boolean forPublication, boolean containsExempt) {
}
