package org.oversight.reporting.internal;

import java.time.Instant;
import org.oversight.reporting.ReportPack;

/** The pack last issued to the same board for the same plan, as it was issued. */
public record PreviousPack(long id, Instant issuedAt, ReportPack pack) {
}
