package org.oversight.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a plan manager fills in to add or edit a recommendation. */
class RecommendationForm {
    /** The seven themes Lord Laming grouped his recommendations into. */
    static final List<String> THEMES = List.of("Leadership and accountability", "Support for children",
            "Interagency working", "Children's workforce", "Improvement and challenge",
            "Organisation and finance", "Legal");

    @NotBlank(message = "Enter the recommendation's number")
    @Size(max = 20, message = "Number must be 20 characters or fewer")
    private String number;
    @NotBlank(message = "Enter the recommendation's text")
    @Size(max = 8000, message = "Text must be 8,000 characters or fewer")
    private String text;
    private String theme;
    @Size(max = 200, message = "Theme must be 200 characters or fewer")
    private String otherTheme;
    @Size(max = 8000, message = "Response must be 8,000 characters or fewer")
    private String response;
    @NotNull(message = "Select whose recommendation it is to act on")
    private Responsibility responsibility;
    private Long workstreamId;

    static RecommendationForm from(Recommendation r) {
        RecommendationForm f = new RecommendationForm();
        f.number = r.getNumber();
        f.text = r.getText();
        if (r.getTheme() != null && !THEMES.contains(r.getTheme())) {
            f.otherTheme = r.getTheme();
        } else {
            f.theme = r.getTheme();
        }
        f.response = r.getResponse();
        f.responsibility = r.getResponsibility();
        f.workstreamId = r.getWorkstream() == null ? null : r.getWorkstream().getId();
        return f;
    }

    /** The theme typed in, else the one chosen; null when neither. */
    String chosenTheme() {
        if (otherTheme != null && !otherTheme.isBlank()) {
            return otherTheme.strip();
        }
        return theme == null || theme.isBlank() ? null : theme;
    }

    static Map<String, Object> snapshot(Recommendation r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", r.getNumber());
        m.put("text", r.getText());
        m.put("theme", r.getTheme());
        m.put("response", r.getResponse());
        m.put("responsibility", r.getResponsibility().name());
        m.put("workstream", r.getWorkstream() == null ? null : r.getWorkstream().getNumber());
        return m;
    }

    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getTheme() { return theme; }
    public void setTheme(String theme) { this.theme = theme; }
    public String getOtherTheme() { return otherTheme; }
    public void setOtherTheme(String otherTheme) { this.otherTheme = otherTheme; }
    public String getResponse() { return response; }
    public void setResponse(String response) { this.response = response; }
    public Responsibility getResponsibility() { return responsibility; }
    public void setResponsibility(Responsibility responsibility) { this.responsibility = responsibility; }
    public Long getWorkstreamId() { return workstreamId; }
    public void setWorkstreamId(Long workstreamId) { this.workstreamId = workstreamId; }
}
