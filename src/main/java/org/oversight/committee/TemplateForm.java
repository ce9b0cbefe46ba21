package org.oversight.committee;

import java.util.ArrayList;
import java.util.List;

/**
 * The report template as the clerk edits it: the revision they started from, each section's
 * heading, guidance and inclusion, and the heading and guidance of a section to add.
 */
public class TemplateForm {
    private Integer revision;
    private List<SectionField> sections = new ArrayList<>();
    private String newHeading;
    private String newGuidance;

    static TemplateForm of(ReportTemplate template) {
        TemplateForm form = new TemplateForm();
        form.revision = template.getRevision();
        template.getSections().forEach(s -> form.sections.add(SectionField.of(s)));
        return form;
    }

    /** The sections as typed, in the order the form showed them. */
    List<TemplateSection> edited() {
        return sections.stream().map(f -> new TemplateSection(f.key == null ? "" : f.key, f.heading, f.guidance, f.included)).toList();
    }

    /** One section's fields. */
    public static class SectionField {
        private String key;
        private String heading;
        private String guidance;
        private boolean included;

        static SectionField of(TemplateSection s) {
            SectionField f = new SectionField();
            f.key = s.getKey();
            f.heading = s.getHeading();
            f.guidance = s.getGuidance();
            f.included = s.isIncluded();
            return f;
        }

        /** A corporate implication's section, which reports may leave out. */
        public boolean isImplication() {
            return java.util.Arrays.stream(ImplicationKind.values()).anyMatch(k -> k.name().equals(key));
        }

        /** A section of the council's own, which can be removed. */
        public boolean isCustom() { return TemplateSection.isCustomKey(key); }

        public String getKey() { return key; }
        public void setKey(String key) { this.key = key; }
        public String getHeading() { return heading; }
        public void setHeading(String heading) { this.heading = heading; }
        public String getGuidance() { return guidance; }
        public void setGuidance(String guidance) { this.guidance = guidance; }
        public boolean isIncluded() { return included; }
        public void setIncluded(boolean included) { this.included = included; }
    }

    public Integer getRevision() { return revision; }
    public void setRevision(Integer revision) { this.revision = revision; }
    public List<SectionField> getSections() { return sections; }
    public void setSections(List<SectionField> sections) { this.sections = sections; }
    public String getNewHeading() { return newHeading; }
    public void setNewHeading(String newHeading) { this.newHeading = newHeading; }
    public String getNewGuidance() { return newGuidance; }
    public void setNewGuidance(String newGuidance) { this.newGuidance = newGuidance; }
}
