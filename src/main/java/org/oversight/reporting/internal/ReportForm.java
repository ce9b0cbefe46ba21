package org.oversight.reporting.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.oversight.reporting.PackRequest;
import org.oversight.reporting.ReportFormat;

/** What the reports page asks for: board, meeting, "as at" date, publication, format and comparison with other councils. */
record ReportForm(String board, String meeting, String asAt, Boolean publication, String fileFormat, Boolean comparisons) {

    List<String> errors() {
        List<String> errors = new ArrayList<>();
        if (board == null || board.isBlank()) {
            errors.add("Enter the name of the board the report is for");
        } else if (board.length() > 200) {
            errors.add("The board's name must be 200 characters or fewer");
        }
        if (date().isEmpty()) {
            errors.add("Enter the date progress is reported as at, for example 2026-03-31");
        }
        return errors;
    }

    Optional<LocalDate> date() {
        try {
            return asAt == null || asAt.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(asAt.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    Optional<ReportFormat> format() {
        return ReportFormat.named(fileFormat);
    }

    PackRequest toRequest(String author) {
        if (!errors().isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", errors()));
        }
        PackRequest request = new PackRequest(board, meeting, date().orElseThrow(), author, Boolean.TRUE.equals(publication));
        return Boolean.TRUE.equals(comparisons) ? request.comparing() : request;
    }
}
