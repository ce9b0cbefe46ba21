package org.oversight.reporting;

/** A pack was issued to a board and is kept as issued. */
public record ReportPackIssued(long packId, long planId, String board, String issuedBy) {
}
