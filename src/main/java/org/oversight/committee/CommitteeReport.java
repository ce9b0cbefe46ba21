package org.oversight.committee;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.oversight.governance.Meeting;

/**
 * A report to a meeting in the council's template. Its author drafts it; the named officers clear
 * it or return it with a comment; a change after anyone has cleared it asks every one of them
 * again; it is published only once every clearance is given, and then no longer changes.
 */
@Entity
public class CommitteeReport {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;
    private String title;
    private String author;
    private String reportOf;
    private String contactName;
    private String contactPost;
    private String contactEmail;
    private Integer exemptParagraph;
    private String publicInterestReason;
    private String wardsAffected;
    private boolean keyDecision;
    private String forwardPlanReference;
    private String urgencyReason;
    private String purpose;
    private String recommendationReasons;
    private String background;
    private String mainContent;
    @ElementCollection
    @CollectionTable(name = "committee_report_recommendation", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    private List<Recommendation> recommendations = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "committee_report_implication", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    private List<Implication> implications = new ArrayList<>();
    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Clearance> clearances = new ArrayList<>();
    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ReportAppendix> appendices = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "committee_report_background_paper", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    private List<BackgroundPaper> backgroundPapers = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "committee_report_frozen_part", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    private List<FrozenPart> frozenParts = new ArrayList<>();
    private Integer templateRevision;
    @ElementCollection
    @CollectionTable(name = "committee_report_section", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    private List<TemplateSection> sections = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "committee_report_custom_text", joinColumns = @JoinColumn(name = "report_id"))
    @jakarta.persistence.MapKeyColumn(name = "section_key")
    @jakarta.persistence.Column(name = "wording")
    private Map<String, String> customTexts = new java.util.HashMap<>();
    @Enumerated(EnumType.STRING)
    private ReportStatus status = ReportStatus.DRAFT;
    private LocalDate publishedOn;
    @Version
    private long version;

    protected CommitteeReport() {
    }

    public CommitteeReport(Meeting meeting, String title, String author) {
        this.meeting = Objects.requireNonNull(meeting, "meeting");
        this.author = Objects.requireNonNull(author, "author");
        this.title = title.strip();
        Arrays.stream(ImplicationKind.values()).forEach(k -> implications.add(new Implication(k, null, null)));
    }

    /**
     * Replaces what the author wrote. Returns true when the report was in clearance: every
     * clearance, given or not, is then asked for again.
     */
    public boolean rewrite(ReportContent content) {
        if (status == ReportStatus.PUBLISHED) {
            throw new IllegalStateException("A published report no longer changes");
        }
        title = content.title().strip();
        frontSheet(content);
        purpose = Implication.blankAsNull(content.purpose());
        recommendations.clear();
        content.recommendations().forEach(r -> recommendations.add(new Recommendation(r)));
        recommendationReasons = Implication.blankAsNull(content.recommendationReasons());
        background = Implication.blankAsNull(content.background());
        mainContent = Implication.blankAsNull(content.mainContent());
        backgroundPapers.clear();
        backgroundPapers.addAll(content.backgroundPapers());
        implications.clear();
        Arrays.stream(ImplicationKind.values()).forEach(k -> implications.add(content.implications().stream()
                .filter(i -> i.getKind() == k).findFirst().orElse(new Implication(k, null, null))));
        return askAgainIfInClearance();
    }

    /**
     * Replaces what the author wrote, with the text of the template's own sections (by their key;
     * a section of no text is left empty). True when every clearance is asked for again.
     */
    public boolean rewrite(ReportContent content, Map<String, String> customSections) {
        boolean askedAgain = rewrite(content);
        parts().stream().filter(p -> p.part() == ReportPart.CUSTOM).map(p -> p.section().getKey()).forEach(key -> {
            String text = Implication.blankAsNull(customSections.get(key));
            if (text == null) {
                customTexts.remove(key);
            } else {
                customTexts.put(key, text);
            }
        });
        return askedAgain;
    }

    /**
     * Shapes the report by the board's template as it is now: its sections, headings and the
     * implications it states. The text written for a section the template no longer has is kept,
     * unseen, should the section come back. True when every clearance is asked for again.
     */
    public boolean useTemplate(ReportTemplate template) {
        if (status == ReportStatus.PUBLISHED) {
            throw new IllegalStateException("A published report keeps the template it was published with");
        }
        sections.clear();
        sections.addAll(template.snapshot());
        templateRevision = template.getRevision() == 0 ? null : template.getRevision();
        return askAgainIfInClearance();
    }

    /** The sections of the report's body in its template's order, each with what the report says in it. */
    public List<Part> parts() {
        List<TemplateSection> shape = sections.isEmpty() ? TemplateSection.standard() : sections;
        List<Part> parts = new ArrayList<>();
        boolean previousWasImplication = false;
        for (TemplateSection s : shape) {
            if (!s.isIncluded()) {
                continue;
            }
            Implication implication = s.isImplication() ? implications.stream().filter(i -> i.getKind() == s.implication())
                    .findFirst().orElse(new Implication(s.implication(), null, null)) : null;
            parts.add(new Part(s, s.isImplication() && !previousWasImplication, implication, customTexts.get(s.getKey())));
            previousWasImplication = s.isImplication();
        }
        return parts;
    }

    /**
     * One section of the report as written: the template's section, whether it opens a run of
     * corporate implications (shown under one heading), the implication it states and the
     * text of a council's own section.
     */
    public record Part(TemplateSection section, boolean opensImplications, Implication implication, String text) {
        public ReportPart part() { return section.part(); }
        public String heading() { return section.getHeading(); }
    }

    /** The corporate implications the report's template asks it to state. */
    private java.util.Set<ImplicationKind> statedImplications() {
        java.util.Set<ImplicationKind> stated = java.util.EnumSet.noneOf(ImplicationKind.class);
        (sections.isEmpty() ? TemplateSection.standard() : sections).stream()
                .filter(s -> s.isImplication() && s.isIncluded()).forEach(s -> stated.add(s.implication()));
        return stated;
    }

    private boolean askAgainIfInClearance() {
        boolean askAgain = status == ReportStatus.IN_CLEARANCE;
        if (askAgain) {
            clearances.forEach(Clearance::askAgain);
        }
        return askAgain;
    }

    /** Appends a document as the next lettered appendix; true when the report was in clearance and is asked for again. */
    public boolean attach(String appendixTitle, AppendixFile file) {
        if (status == ReportStatus.PUBLISHED) {
            throw new IllegalStateException("A published report no longer changes");
        }
        if (Implication.blankAsNull(appendixTitle) == null || appendixTitle.strip().length() > 300) {
            throw new IllegalArgumentException("Enter the appendix's title, in 300 characters or fewer");
        }
        int next = appendices.stream().mapToInt(ReportAppendix::getPosition).max().orElse(-1) + 1;
        appendices.add(new ReportAppendix(this, next, appendixTitle, file));
        return askAgainIfInClearance();
    }

    /** Takes an appendix away (those after it move up a letter); true when the report is asked for clearance again. */
    public boolean detach(long appendixId) {
        if (status == ReportStatus.PUBLISHED) {
            throw new IllegalStateException("A published report no longer changes");
        }
        if (!appendices.removeIf(a -> a.getId() != null && a.getId() == appendixId)) {
            throw new IllegalArgumentException("No such appendix of this report");
        }
        return askAgainIfInClearance();
    }

    private void frontSheet(ReportContent c) {
        reportOf = Implication.blankAsNull(c.reportOf());
        contactName = Implication.blankAsNull(c.contactName());
        contactPost = Implication.blankAsNull(c.contactPost());
        contactEmail = Implication.blankAsNull(c.contactEmail());
        exemptParagraph = c.exemptParagraph();
        publicInterestReason = exemptParagraph == null ? null : Implication.blankAsNull(c.publicInterestReason());
        wardsAffected = Implication.blankAsNull(c.wardsAffected());
        keyDecision = c.keyDecision();
        forwardPlanReference = keyDecision ? Implication.blankAsNull(c.forwardPlanReference()) : null;
        urgencyReason = Implication.blankAsNull(c.urgencyReason());
    }

    /** What must be written before the report can go for clearance, in words; empty when nothing. */
    public List<String> missingForClearance() {
        List<String> missing = new ArrayList<>();
        if (purpose == null) {
            missing.add("the purpose of the report");
        }
        if (recommendations.isEmpty()) {
            missing.add("at least one recommendation");
        }
        if (reportOf == null || contactName == null || contactEmail == null) {
            missing.add("who the report is of and its contact officer");
        }
        if (exemptParagraph != null && publicInterestReason == null) {
            missing.add("why the public interest favours keeping the report exempt");
        }
        if (keyDecision && forwardPlanReference == null) {
            missing.add("the forward plan reference of the key decision");
        }
        java.util.Set<ImplicationKind> stated = statedImplications();
        implications.stream().filter(i -> stated.contains(i.getKind()) && !i.isGiven()).forEach(i -> missing.add(i.getKind().label().toLowerCase(java.util.Locale.UK)
                + " and their author (\"None\" or \"Not applicable\" if so)"));
        return missing;
    }

    /** Sends the report to the named officer of each clearance role; any earlier clearances are replaced. */
    public void sendForClearance(Map<ClearanceRole, String> officers) {
        if (status != ReportStatus.DRAFT) {
            throw new IllegalStateException("Only a draft is sent for clearance");
        }
        List<String> missing = missingForClearance();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Before clearance the report needs " + String.join("; ", missing));
        }
        for (ClearanceRole role : ClearanceRole.values()) {
            if (Implication.blankAsNull(officers.get(role)) == null) {
                throw new IllegalArgumentException("Name the " + role.label().toLowerCase(java.util.Locale.UK) + " officer who clears the report");
            }
        }
        clearances.clear();
        for (ClearanceRole role : ClearanceRole.values()) {
            clearances.add(new Clearance(this, clearances.size(), role, officers.get(role).strip()));
        }
        status = ReportStatus.IN_CLEARANCE;
    }

    /** The named officer clears the report, or returns it to its author with a comment (then a draft again). */
    public Clearance decide(long clearanceId, String by, boolean cleared, String comment, Instant at) {
        Clearance clearance = clearances.stream().filter(c -> c.getId() != null && c.getId() == clearanceId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No such clearance of this report"));
        if (status != ReportStatus.IN_CLEARANCE || clearance.getStatus() != ClearanceStatus.PENDING) {
            throw new IllegalStateException("This clearance is not waiting for a decision");
        }
        if (!clearance.isFor(by)) {
            throw new IllegalStateException("Only " + clearance.getOfficer() + " gives this clearance");
        }
        if (!cleared && Implication.blankAsNull(comment) == null) {
            throw new IllegalArgumentException("Say what the author should change");
        }
        clearance.decide(cleared ? ClearanceStatus.CLEARED : ClearanceStatus.RETURNED, comment, at);
        if (!cleared) {
            status = ReportStatus.DRAFT;
        }
        return clearance;
    }

    /** True when every named officer has cleared the report. */
    public boolean isCleared() {
        return status == ReportStatus.IN_CLEARANCE && !clearances.isEmpty()
                && clearances.stream().allMatch(c -> c.getStatus() == ClearanceStatus.CLEARED);
    }

    /**
     * Publishes the cleared report with the agenda. Fewer than five clear working days before
     * the meeting (Local Government Act 1972, s.100B) it needs its reason for urgency.
     */
    public void publish(LocalDate on, int clearWorkingDaysBeforeMeeting) {
        publish(on, clearWorkingDaysBeforeMeeting, null);
    }

    /** Publishes the report with an agenda pack, late when the clerk gives the agenda's reason for urgency or the report its own. */
    void publish(LocalDate on, int clearWorkingDaysBeforeMeeting, String agendaUrgencyReason) {
        if (!isCleared()) {
            throw new IllegalStateException("The report cannot be published until every clearance is given");
        }
        if (clearWorkingDaysBeforeMeeting < 5 && urgencyReason == null && agendaUrgencyReason == null) {
            throw new IllegalStateException("Fewer than five clear working days before the meeting, the report needs its reason for urgency");
        }
        status = ReportStatus.PUBLISHED;
        publishedOn = on;
    }

    /** Keeps the live parts of the main content as they are now: the published report shows these from then on. */
    void freeze(List<FrozenPart> parts) {
        frozenParts.clear();
        frozenParts.addAll(parts);
    }

    /** Records what the board resolved on the numbered recommendation (1 is the first). */
    public void resolved(int number, String decision) {
        recommendations.get(number - 1).resolve(decision);
    }

    /** The contact officer as the front sheet gives them: name, post, e-mail. */
    public String contactLine() {
        return String.join(", ", java.util.stream.Stream.of(contactName, contactPost, contactEmail).filter(Objects::nonNull).toList());
    }

    /** The officer last named for each clearance role, to send to again. */
    public Map<ClearanceRole, String> namedOfficers() {
        Map<ClearanceRole, String> named = new java.util.EnumMap<>(ClearanceRole.class);
        clearances.forEach(c -> named.put(c.getRole(), c.getOfficer()));
        return named;
    }

    public boolean isExempt() { return exemptParagraph != null; }
    public Long getId() { return id; }
    public Meeting getMeeting() { return meeting; }
    public String getTitle() { return title; }
    public String getAuthor() { return author; }
    public String getReportOf() { return reportOf; }
    public String getContactName() { return contactName; }
    public String getContactPost() { return contactPost; }
    public String getContactEmail() { return contactEmail; }
    public Integer getExemptParagraph() { return exemptParagraph; }
    public String getPublicInterestReason() { return publicInterestReason; }
    public String getWardsAffected() { return wardsAffected; }
    public boolean isKeyDecision() { return keyDecision; }
    public String getForwardPlanReference() { return forwardPlanReference; }
    public String getUrgencyReason() { return urgencyReason; }
    public String getPurpose() { return purpose; }
    public String getRecommendationReasons() { return recommendationReasons; }
    public String getBackground() { return background; }
    public String getMainContent() { return mainContent; }
    public List<Recommendation> getRecommendations() { return List.copyOf(recommendations); }
    public List<Implication> getImplications() { return List.copyOf(implications); }
    public List<Clearance> getClearances() { return List.copyOf(clearances); }
    public List<ReportAppendix> getAppendices() { return java.util.Collections.unmodifiableList(appendices); }
    public java.util.Optional<ReportAppendix> appendix(long appendixId) {
        return appendices.stream().filter(a -> a.getId() != null && a.getId() == appendixId).findFirst();
    }
    public List<FrozenPart> getFrozenParts() { return List.copyOf(frozenParts); }
    public List<BackgroundPaper> getBackgroundPapers() { return List.copyOf(backgroundPapers); }
    public ReportStatus getStatus() { return status; }
    /** The revision of the board's template the report was written with; null for the standard template. */
    public Integer getTemplateRevision() { return templateRevision; }
    public Map<String, String> getCustomTexts() { return Map.copyOf(customTexts); }
    public LocalDate getPublishedOn() { return publishedOn; }
    public long getVersion() { return version; }
}
