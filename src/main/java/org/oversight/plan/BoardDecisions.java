package org.oversight.plan;

import java.util.List;

/**
 * Board decisions about a recommendation, told by the feature that records boards' meetings:
 * a board accepting the evidence and closing it, or agreeing to extend a deadline. The plan
 * pages show them beside the recommendation without knowing where they come from.
 */
public interface BoardDecisions {
    List<BoardDecisionNote> about(Recommendation recommendation);
}
