package org.oversight.committee;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.oversight.governance.Board;

/**
 * A board's report template: the sections of a report's body in order, each with its heading and
 * the guidance its authors see, which corporate implications its reports state, and the
 * council's own free-text sections. A board that never changes it has the standard template. Each
 * saved change is a new revision; a report keeps the revision it was written with.
 */
@Entity
public class ReportTemplate {
    static final int MAX_CUSTOM_SECTIONS = 20;
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @OneToOne(optional = false)
    @JoinColumn(name = "board_id")
    private Board board;
    private int revision;
    private int nextCustom = 1;
    @ElementCollection
    @CollectionTable(name = "report_template_section", joinColumns = @JoinColumn(name = "template_id"))
    @OrderColumn(name = "position")
    private List<TemplateSection> sections = new ArrayList<>();
    @Version
    private long version;

    protected ReportTemplate() {
    }

    /** The standard template of a board (revision 0 until it is first saved). */
    public ReportTemplate(Board board) {
        this.board = Objects.requireNonNull(board, "board");
        TemplateSection.standard().forEach(sections::add);
    }

    /** Replaces each section's heading, guidance and inclusion, in the order the sections are now. */
    void rewrite(List<TemplateSection> edited) {
        if (edited.size() != sections.size()) {
            throw new IllegalArgumentException("The template's sections have changed");
        }
        for (int i = 0; i < edited.size(); i++) {
            TemplateSection e = edited.get(i);
            if (!e.getKey().equals(sections.get(i).getKey())) {
                throw new IllegalArgumentException("The template's sections have changed");
            }
            sections.set(i, sections.get(i).withText(e.getHeading(), e.getGuidance(), e.isIncluded()));
        }
    }

    void moveUp(int index) {
        if (index > 0 && index < sections.size()) {
            sections.add(index - 1, sections.remove(index));
        }
    }

    void moveDown(int index) {
        if (index >= 0 && index < sections.size() - 1) {
            sections.add(index + 1, sections.remove(index));
        }
    }

    /** Takes a council's own section away; the template's other sections stay. */
    void remove(int index) {
        if (index < 0 || index >= sections.size() || !sections.get(index).isRemovable()) {
            throw new TemplateRefused("sections", "Only a section the council added can be removed");
        }
        sections.remove(index);
    }

    /** Adds a council's own free-text section at the end of the body, before the appendices. */
    void add(String heading, String guidance) {
        String wanted = heading == null ? "" : heading.strip();
        if (wanted.isEmpty()) {
            throw new TemplateRefused("new-heading", "Enter the heading of the section to add");
        }
        if (wanted.length() > TemplateSection.MAX_HEADING) {
            throw new TemplateRefused("new-heading", "The heading of the section to add must be " + TemplateSection.MAX_HEADING
                    + " characters or fewer");
        }
        if (sections.stream().anyMatch(s -> s.getHeading().equalsIgnoreCase(wanted))) {
            throw new TemplateRefused("new-heading", "Another section is already headed " + wanted + ": give the new section a different heading");
        }
        if (guidance != null && guidance.strip().length() > TemplateSection.MAX_GUIDANCE) {
            throw new TemplateRefused("new-guidance", "The guidance for the section to add must be " + TemplateSection.MAX_GUIDANCE
                    + " characters or fewer");
        }
        if (sections.stream().filter(TemplateSection::isCustom).count() >= MAX_CUSTOM_SECTIONS) {
            throw new TemplateRefused("new-heading", "A template has at most " + MAX_CUSTOM_SECTIONS + " sections of the council's own");
        }
        int at = sections.size();
        while (at > 0 && (sections.get(at - 1).part() == ReportPart.APPENDICES || sections.get(at - 1).part() == ReportPart.BACKGROUND_PAPERS)) {
            at--;
        }
        sections.add(at, new TemplateSection("c" + nextCustom++, heading, guidance, true));
    }

    /** Marks the saved change as the next revision. */
    void revised() {
        revision++;
    }

    /**
     * What is wrong with the sections, each keyed by the field it belongs to ("heading-3" for the
     * heading of the fourth section); empty when nothing is.
     */
    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < sections.size(); i++) {
            TemplateSection s = sections.get(i);
            String heading = s.getHeading();
            if (heading.isEmpty()) {
                problems.put("heading-" + i, "Enter the heading of section " + (i + 1));
            } else if (heading.length() > TemplateSection.MAX_HEADING) {
                problems.put("heading-" + i, "The heading of section " + (i + 1) + " must be " + TemplateSection.MAX_HEADING
                        + " characters or fewer");
            } else if (!seen.add(heading.toLowerCase(Locale.UK))) {
                problems.put("heading-" + i, "Another section is already headed " + heading + ": give section " + (i + 1)
                        + " a different heading");
            }
            if (s.getGuidance() != null && s.getGuidance().length() > TemplateSection.MAX_GUIDANCE) {
                problems.put("guidance-" + i, "The guidance for section " + (i + 1) + " must be " + TemplateSection.MAX_GUIDANCE
                        + " characters or fewer");
            }
        }
        for (ReportPart kept : ReportPart.values()) {
            if (kept.isKeptInEveryTemplate() && sections.stream().noneMatch(s -> s.part() == kept)) {
                problems.put("sections", "A report template keeps its " + kept.standardHeading().toLowerCase(Locale.UK));
            }
        }
        return problems;
    }

    /** A change the template refuses, with the field of the editor it concerns. */
    static class TemplateRefused extends IllegalArgumentException {
        private final String field;

        TemplateRefused(String field, String message) {
            super(message);
            this.field = field;
        }

        String field() { return field; }
    }

    /** A copy of the sections, as a report keeps them. */
    List<TemplateSection> snapshot() {
        return sections.stream().map(TemplateSection::copy).toList();
    }

    /** The template in words, as the audit trail keeps it. */
    Map<String, String> state() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("Revision", String.valueOf(revision));
        for (int i = 0; i < sections.size(); i++) {
            state.put("Section " + (i + 1), sections.get(i).toString());
        }
        return state;
    }

    public Long getId() { return id; }
    public Board getBoard() { return board; }
    public int getRevision() { return revision; }
    public List<TemplateSection> getSections() { return List.copyOf(sections); }
    public long getVersion() { return version; }
}
