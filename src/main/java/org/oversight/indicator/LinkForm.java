package org.oversight.indicator;

import jakarta.validation.constraints.NotNull;

/** The form to link an indicator to one of a plan's actions, from the plan's side. */
public class LinkForm {
    @NotNull(message = "Select the indicator")
    private Long indicatorId;
    @NotNull(message = "Select the action whose outcomes the indicator measures")
    private Long actionId;
    private Long recommendation;

    public Long getIndicatorId() { return indicatorId; }
    public void setIndicatorId(Long indicatorId) { this.indicatorId = indicatorId; }
    public Long getActionId() { return actionId; }
    public void setActionId(Long actionId) { this.actionId = actionId; }
    public Long getRecommendation() { return recommendation; }
    public void setRecommendation(Long recommendation) { this.recommendation = recommendation; }
}
