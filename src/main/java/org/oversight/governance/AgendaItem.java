package org.oversight.governance;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.util.ArrayList;
import java.util.List;

/**
 * An item on a meeting's agenda and, once minuted, its minute number, summary and decisions.
 * An exempt item (Local Government Act 1972, Schedule 12A) is shown only as
 * {@link PublicationPolicy} allows.
 */
@Entity
public class AgendaItem {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;
    private int position;
    @Column(name = "item_number")
    private String number;
    private String title;
    private String purpose;
    private String report;
    private String leadOfficer;
    private boolean exempt;
    private String exemptParagraph;
    private String minuteNumber;
    private String summary;
    private Long reportId;
    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Decision> decisions = new ArrayList<>();

    protected AgendaItem() {
    }

    AgendaItem(Meeting meeting, int position, String number, String title) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("An agenda item needs a title");
        }
        this.meeting = meeting;
        this.position = position;
        this.number = number;
        this.title = title.strip();
    }

    public AgendaItem describe(String purpose, String report, String leadOfficer) {
        this.purpose = purpose;
        this.report = report;
        this.leadOfficer = leadOfficer;
        return this;
    }

    /** Marks the item exempt under a paragraph of Schedule 12A (may be null when the minutes do not say). */
    public AgendaItem exemptUnder(String paragraph) {
        this.exempt = true;
        this.exemptParagraph = paragraph;
        return this;
    }

    public AgendaItem minute(String minuteNumber, String summary) {
        this.minuteNumber = minuteNumber;
        this.summary = summary == null || summary.isBlank() ? null : summary.strip();
        return this;
    }

    /** Says which report to the meeting this item decided (null: none). */
    public AgendaItem decidedOn(Long reportId) {
        this.reportId = reportId;
        return this;
    }

    public Decision decide(DecisionKind kind, String text, List<String> points) {
        Decision decision = new Decision(this, decisions.size(), kind, text, points);
        decisions.add(decision);
        return decision;
    }

    public Long getId() { return id; }
    public Meeting getMeeting() { return meeting; }
    public String getNumber() { return number; }
    public String getTitle() { return title; }
    public String getPurpose() { return purpose; }
    public String getReport() { return report; }
    public String getLeadOfficer() { return leadOfficer; }
    public boolean isExempt() { return exempt; }
    public String getExemptParagraph() { return exemptParagraph; }
    public String getMinuteNumber() { return minuteNumber; }
    public String getSummary() { return summary; }
    public Long getReportId() { return reportId; }
    public List<Decision> getDecisions() { return List.copyOf(decisions); }
    public boolean isMinuted() { return minuteNumber != null || summary != null || !decisions.isEmpty(); }
}
