package org.oversight.committee;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One section of a report template: which part of the report it holds (by its key: the part's
 * name, an implication's kind, or "c" and a number for the council's own free-text section), its
 * heading, the guidance its authors see on the report form, and, for an implication, whether
 * reports under the template state it at all.
 */
@Embeddable
public class TemplateSection {
    static final int MAX_HEADING = 200;
    static final int MAX_GUIDANCE = 1000;
    @Column(name = "section_key")
    private String key;
    private String heading;
    private String guidance;
    private boolean included = true;

    protected TemplateSection() {
    }

    TemplateSection(String key, String heading, String guidance, boolean included) {
        this.key = Objects.requireNonNull(key, "key");
        this.heading = heading == null ? "" : heading.strip();
        this.guidance = Implication.blankAsNull(guidance);
        this.included = included || !isImplicationKey(key);
    }

    /** The standard template's sections: today's fixed order, with every corporate implication included. */
    static List<TemplateSection> standard() {
        List<TemplateSection> sections = new ArrayList<>();
        for (ReportPart p : List.of(ReportPart.PURPOSE, ReportPart.RECOMMENDATIONS, ReportPart.BACKGROUND, ReportPart.MAIN_CONTENT)) {
            sections.add(new TemplateSection(p.name(), p.standardHeading(), null, true));
        }
        Arrays.stream(ImplicationKind.values()).forEach(k -> sections.add(new TemplateSection(k.name(), k.label(), null, true)));
        sections.add(new TemplateSection(ReportPart.APPENDICES.name(), ReportPart.APPENDICES.standardHeading(), null, true));
        sections.add(new TemplateSection(ReportPart.BACKGROUND_PAPERS.name(), ReportPart.BACKGROUND_PAPERS.standardHeading(), null, true));
        return sections;
    }

    private static boolean isImplicationKey(String key) {
        return Arrays.stream(ImplicationKind.values()).anyMatch(k -> k.name().equals(key));
    }

    static boolean isCustomKey(String key) {
        return key != null && key.length() > 1 && key.charAt(0) == 'c' && key.substring(1).chars().allMatch(Character::isDigit);
    }

    public ReportPart part() {
        if (isCustomKey(key)) {
            return ReportPart.CUSTOM;
        }
        if (isImplicationKey(key)) {
            return ReportPart.IMPLICATION;
        }
        return ReportPart.valueOf(key);
    }

    /** The corporate implication the section states, or null when it is not one. */
    public ImplicationKind implication() {
        return part() == ReportPart.IMPLICATION ? ImplicationKind.valueOf(key) : null;
    }

    TemplateSection withText(String newHeading, String newGuidance, boolean include) {
        return new TemplateSection(key, newHeading, newGuidance, part() != ReportPart.IMPLICATION || include);
    }

    TemplateSection copy() {
        return new TemplateSection(key, heading, guidance, included);
    }

    public String getKey() { return key; }
    public String getHeading() { return heading; }
    public String getGuidance() { return guidance; }
    public boolean isIncluded() { return included; }
    public boolean isCustom() { return part() == ReportPart.CUSTOM; }
    public boolean isImplication() { return part() == ReportPart.IMPLICATION; }
    public boolean isRemovable() { return isCustom(); }

    @Override
    public boolean equals(Object o) {
        return o instanceof TemplateSection s && key.equals(s.key) && heading.equals(s.heading)
                && Objects.equals(guidance, s.guidance) && included == s.included;
    }

    @Override
    public int hashCode() { return Objects.hash(key, heading, guidance, included); }

    @Override
    public String toString() {
        return heading + (guidance == null ? "" : " (guidance: " + guidance + ")") + (included ? "" : " [left out]");
    }
}
