package org.oversight.plan;

import java.util.List;
import java.util.Optional;

/**
 * The status Oversight proposes for an action on a given date, the reasons in words, and the
 * RAG that stands after any override by an accountable officer. Both are kept and shown.
 */
public record StatusAssessment(RagColour proposed, List<StatusReason> reasons, Optional<RagOverride> override) {

    public StatusAssessment {
        reasons = List.copyOf(reasons);
    }

    /** The RAG that stands: the override if there is one, otherwise the proposal. */
    public RagColour rag() {
        return override.map(RagOverride::getColour).orElse(proposed);
    }

    public boolean overridden() {
        return override.isPresent() && override.get().getColour() != proposed;
    }

    public boolean has(StatusRule rule) {
        return reasons.stream().anyMatch(r -> r.rule() == rule);
    }

    /** The first reason that decided the colour, for one-line summaries. */
    public String headline() {
        return reasons.stream().filter(r -> r.colour() == proposed).findFirst()
                .map(StatusReason::words).orElse(reasons.isEmpty() ? "" : reasons.get(0).words());
    }

    /** The words of the reason for one rule, or the headline when that rule does not apply. */
    public String wordsFor(StatusRule rule) {
        return rule == null ? headline() : reasons.stream().filter(r -> r.rule() == rule).findFirst()
                .map(StatusReason::words).orElse(headline());
    }

    /** The same, for templates, which name the rule ("OVERDUE"). */
    public String wordsFor(String rule) {
        return wordsFor(rule == null ? null : StatusRule.valueOf(rule));
    }
}
