package org.oversight.reporting;

import java.time.LocalDate;

/**
 * One open follow-up a board asked for (from its minutes), as a pack lists it. {@code exempt}
 * is true when it arose from an item taken with the press and public excluded: such rows never
 * appear in a pack marked for publication.
 */
public record FollowUpRow(String reference, String meeting, String text, String owner, LocalDate due,
                          String status, boolean exempt) {
}
