package org.oversight.committee;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The report as its author writes it: front sheet, body (recommendations one a line) and implications. */
public class ReportForm {
    @NotBlank(message = "Enter the report's title")
    @Size(max = 300, message = "The title must be 300 characters or fewer")
    private String title;
    @Size(max = 300, message = "Report of must be 300 characters or fewer")
    private String reportOf;
    @Size(max = 200, message = "The contact officer's name must be 200 characters or fewer")
    private String contactName;
    @Size(max = 200, message = "The contact officer's post must be 200 characters or fewer")
    private String contactPost;
    @Email(message = "Enter the contact officer's e-mail address, like name@council.gov.uk")
    @Size(max = 200, message = "The e-mail address must be 200 characters or fewer")
    private String contactEmail;
    private boolean exempt;
    @Min(value = 1, message = "Choose a paragraph of Schedule 12A from 1 to 7")
    @Max(value = 7, message = "Choose a paragraph of Schedule 12A from 1 to 7")
    private Integer exemptParagraph;
    @Size(max = 2000, message = "The public-interest reason must be 2,000 characters or fewer")
    private String publicInterestReason;
    @Size(max = 500, message = "Wards affected must be 500 characters or fewer")
    private String wardsAffected;
    private boolean keyDecision;
    @Size(max = 100, message = "The forward plan reference must be 100 characters or fewer")
    private String forwardPlanReference;
    @Size(max = 2000, message = "The reason for urgency must be 2,000 characters or fewer")
    private String urgencyReason;
    @Size(max = 4000, message = "The purpose must be 4,000 characters or fewer")
    private String purpose;
    @Size(max = 16000, message = "The recommendations must be 16,000 characters or fewer")
    private String recommendations;
    @Size(max = 4000, message = "The reasons must be 4,000 characters or fewer")
    private String recommendationReasons;
    @Size(max = 16000, message = "The background must be 16,000 characters or fewer")
    private String background;
    @Size(max = 64000, message = "The main content must be 64,000 characters or fewer")
    private String mainContent;
    @Size(max = 8000, message = "The background papers must be 8,000 characters or fewer")
    private String backgroundPapers;
    private java.util.Map<String, String> custom = new java.util.HashMap<>();
    private List<ImplicationField> implications = new ArrayList<>(
            Arrays.stream(ImplicationKind.values()).map(k -> new ImplicationField()).toList());

    static ReportForm of(CommitteeReport r) {
        ReportForm f = new ReportForm();
        f.title = r.getTitle();
        f.reportOf = r.getReportOf();
        f.contactName = r.getContactName();
        f.contactPost = r.getContactPost();
        f.contactEmail = r.getContactEmail();
        f.exempt = r.isExempt();
        f.exemptParagraph = r.getExemptParagraph();
        f.publicInterestReason = r.getPublicInterestReason();
        f.wardsAffected = r.getWardsAffected();
        f.keyDecision = r.isKeyDecision();
        f.forwardPlanReference = r.getForwardPlanReference();
        f.urgencyReason = r.getUrgencyReason();
        f.purpose = r.getPurpose();
        f.recommendations = String.join("\n", r.getRecommendations().stream().map(Recommendation::getWording).toList());
        f.recommendationReasons = r.getRecommendationReasons();
        f.background = r.getBackground();
        f.mainContent = r.getMainContent();
        f.implications = new ArrayList<>(r.getImplications().stream().map(ImplicationField::of).toList());
        f.custom = new java.util.HashMap<>(r.getCustomTexts());
        f.backgroundPapers = String.join("\n", r.getBackgroundPapers().stream().map(BackgroundPaper::asLine).toList());
        return f;
    }

    ReportContent content() {
        List<Implication> given = new ArrayList<>();
        ImplicationKind[] kinds = ImplicationKind.values();
        for (int i = 0; i < kinds.length && i < implications.size(); i++) {
            given.add(new Implication(kinds[i], implications.get(i).getWording(), implications.get(i).getAuthor()));
        }
        List<String> lines = recommendations == null ? List.of() : recommendations.lines().toList();
        return new ReportContent(title, reportOf, contactName, contactPost, contactEmail, exempt ? exemptParagraph : null,
                publicInterestReason, wardsAffected, keyDecision, forwardPlanReference, urgencyReason, purpose, lines,
                recommendationReasons, background, mainContent, given, papers());
    }

    private List<BackgroundPaper> papers() {
        return backgroundPapers == null ? List.of() : backgroundPapers.lines().map(BackgroundPaper::parse)
                .filter(p -> !p.getTitle().isEmpty()).toList();
    }

    /** One implication's words and author as typed. */
    public static class ImplicationField {
        private String wording;
        private String author;

        static ImplicationField of(Implication i) {
            ImplicationField f = new ImplicationField();
            f.wording = i.getWording();
            f.author = i.getAuthor();
            return f;
        }

        public String getWording() { return wording; }
        public void setWording(String wording) { this.wording = wording; }
        public String getAuthor() { return author; }
        public void setAuthor(String author) { this.author = author; }
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getReportOf() { return reportOf; }
    public void setReportOf(String reportOf) { this.reportOf = reportOf; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactPost() { return contactPost; }
    public void setContactPost(String contactPost) { this.contactPost = contactPost; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
    public boolean isExempt() { return exempt; }
    public void setExempt(boolean exempt) { this.exempt = exempt; }
    public Integer getExemptParagraph() { return exemptParagraph; }
    public void setExemptParagraph(Integer exemptParagraph) { this.exemptParagraph = exemptParagraph; }
    public String getPublicInterestReason() { return publicInterestReason; }
    public void setPublicInterestReason(String publicInterestReason) { this.publicInterestReason = publicInterestReason; }
    public String getWardsAffected() { return wardsAffected; }
    public void setWardsAffected(String wardsAffected) { this.wardsAffected = wardsAffected; }
    public boolean isKeyDecision() { return keyDecision; }
    public void setKeyDecision(boolean keyDecision) { this.keyDecision = keyDecision; }
    public String getForwardPlanReference() { return forwardPlanReference; }
    public void setForwardPlanReference(String forwardPlanReference) { this.forwardPlanReference = forwardPlanReference; }
    public String getUrgencyReason() { return urgencyReason; }
    public void setUrgencyReason(String urgencyReason) { this.urgencyReason = urgencyReason; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public String getRecommendations() { return recommendations; }
    public void setRecommendations(String recommendations) { this.recommendations = recommendations; }
    public String getRecommendationReasons() { return recommendationReasons; }
    public void setRecommendationReasons(String recommendationReasons) { this.recommendationReasons = recommendationReasons; }
    public String getBackground() { return background; }
    public void setBackground(String background) { this.background = background; }
    public String getMainContent() { return mainContent; }
    public void setMainContent(String mainContent) { this.mainContent = mainContent; }
    public List<ImplicationField> getImplications() { return implications; }
    public String getBackgroundPapers() { return backgroundPapers; }
    public void setBackgroundPapers(String backgroundPapers) { this.backgroundPapers = backgroundPapers; }
    public void setImplications(List<ImplicationField> implications) { this.implications = implications; }
    /** The text of the template's own sections, by their key. */
    public java.util.Map<String, String> getCustom() { return custom; }
    public void setCustom(java.util.Map<String, String> custom) { this.custom = custom; }
}
