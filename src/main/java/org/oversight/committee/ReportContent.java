package org.oversight.committee;

import java.util.List;

/**
 * What the author writes: the front sheet (report of, contact officer, public or exempt under a
 * paragraph of Schedule 12A with the public-interest reason, wards, key decision and forward-plan
 * reference, reason for urgency), the body and the corporate implications.
 */
public record ReportContent(String title, String reportOf, String contactName, String contactPost, String contactEmail,
                            Integer exemptParagraph, String publicInterestReason, String wardsAffected, boolean keyDecision,
                            String forwardPlanReference, String urgencyReason, String purpose, List<String> recommendations,
                            String recommendationReasons, String background, String mainContent,
                            List<Implication> implications, List<BackgroundPaper> backgroundPapers) {
    /** What the author writes, without background papers. */
    public ReportContent(String title, String reportOf, String contactName, String contactPost, String contactEmail,
                         Integer exemptParagraph, String publicInterestReason, String wardsAffected, boolean keyDecision,
                         String forwardPlanReference, String urgencyReason, String purpose, List<String> recommendations,
                         String recommendationReasons, String background, String mainContent, List<Implication> implications) {
        this(title, reportOf, contactName, contactPost, contactEmail, exemptParagraph, publicInterestReason, wardsAffected,
                keyDecision, forwardPlanReference, urgencyReason, purpose, recommendations, recommendationReasons, background,
                mainContent, implications, List.of());
    }

    public ReportContent {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A report needs a title");
        }
        if (exemptParagraph != null && (exemptParagraph < 1 || exemptParagraph > 7)) {
            throw new IllegalArgumentException("Schedule 12A has paragraphs 1 to 7");
        }
        recommendations = recommendations == null ? List.of()
                : recommendations.stream().filter(r -> r != null && !r.isBlank()).map(String::strip).toList();
        implications = implications == null ? List.of() : List.copyOf(implications);
        backgroundPapers = backgroundPapers == null ? List.of() : List.copyOf(backgroundPapers);
    }
}
