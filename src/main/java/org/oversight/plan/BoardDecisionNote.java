package org.oversight.plan;

import java.time.LocalDate;

/** One board decision shown beside a recommendation; {@code closes} when it closed the recommendation. */
public record BoardDecisionNote(String board, LocalDate decidedOn, String decision, String evidence, boolean closes) {
}
