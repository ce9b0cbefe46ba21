package org.oversight.governance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The clerk's form for one minuted item. Points are one a line. */
public class MinuteItemForm implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    @Size(max = 40)
    private String minuteNumber;
    @NotBlank(message = "Enter the item's title")
    @Size(max = 500)
    private String title;
    @Size(max = 20000)
    private String summary;
    private boolean exempt;
    @Size(max = 10)
    private String exemptParagraph;
    private DecisionKind kind;
    @Size(max = 4000)
    private String decisionText;
    @Size(max = 20000)
    private String points;
    private Long reportId;

    public String getMinuteNumber() { return minuteNumber; }
    public void setMinuteNumber(String v) { minuteNumber = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getSummary() { return summary; }
    public void setSummary(String v) { summary = v; }
    public boolean isExempt() { return exempt; }
    public void setExempt(boolean v) { exempt = v; }
    public String getExemptParagraph() { return exemptParagraph; }
    public void setExemptParagraph(String v) { exemptParagraph = v; }
    public DecisionKind getKind() { return kind; }
    public void setKind(DecisionKind v) { kind = v; }
    public String getDecisionText() { return decisionText; }
    public void setDecisionText(String v) { decisionText = v; }
    public Long getReportId() { return reportId; }
    public void setReportId(Long v) { reportId = v; }
    public String getPoints() { return points; }
    public void setPoints(String v) { points = v; }

    java.util.List<String> pointList() {
        return points == null ? java.util.List.of()
                : points.lines().map(MinuteLines::clean).map(l -> l.replaceFirst("^(?:\\(?\\d{1,2}[).]|\\([ivx]{1,5}\\))\\s+", ""))
                        .filter(l -> !l.isBlank()).toList();
    }
}
