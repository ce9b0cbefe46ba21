package org.oversight.reporting;

import java.util.Locale;
import java.util.Optional;

/** The formats a pack is rendered in, each from the same {@link ReportPack}. */
public enum ReportFormat {
    HTML("text/html;charset=UTF-8", "html", "Web page (HTML)"),
    PDF("application/pdf", "pdf", "PDF, tagged for accessibility"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", "Word document"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", "Excel workbook");

    private final String contentType;
    private final String extension;
    private final String label;

    ReportFormat(String contentType, String extension, String label) {
        this.contentType = contentType;
        this.extension = extension;
        this.label = label;
    }

    public String contentType() { return contentType; }
    public String extension() { return extension; }
    public String label() { return label; }

    public static Optional<ReportFormat> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (ReportFormat f : values()) {
            if (f.extension.equals(n)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
