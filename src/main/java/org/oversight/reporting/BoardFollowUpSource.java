package org.oversight.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a pack finds the open follow-ups of a board. A board is named as the user typed it;
 * an implementation resolves the name to its own board (ignoring case) and returns nothing
 * for a name it does not know. The board is that of the organisation that owns the plan
 * ({@code organisationId}; null for a plan of none), whoever prepares the pack. Every bean of
 * this type is asked and the rows are joined.
 */
public interface BoardFollowUpSource {

    List<FollowUpRow> openFollowUps(String boardName, Long organisationId, LocalDate asAt);
}
