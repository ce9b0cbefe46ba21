package org.oversight.reporting;

/** One file of an issued pack as kept: its format, size and SHA-256 digest (hex). */
public record IssuedFile(ReportFormat format, long bytes, String sha256) {
}
