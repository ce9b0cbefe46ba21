package org.oversight.committee;

/** What a section of a report's body holds: one of the template's own parts, one corporate implication, or the council's free text. */
public enum ReportPart {
    PURPOSE("Purpose of the report"),
    RECOMMENDATIONS("Recommendations"),
    BACKGROUND("Background"),
    MAIN_CONTENT("The report"),
    IMPLICATION(null),
    APPENDICES("Appendices"),
    BACKGROUND_PAPERS("Background papers"),
    CUSTOM(null);

    private final String standardHeading;

    ReportPart(String standardHeading) { this.standardHeading = standardHeading; }

    /** The heading the standard template gives the part (an implication's is its kind's label). */
    String standardHeading() { return standardHeading; }

    /** Purpose and recommendations every report keeps; a custom section can go; an implication can be left out. */
    public boolean isKeptInEveryTemplate() { return this == PURPOSE || this == RECOMMENDATIONS; }
}
