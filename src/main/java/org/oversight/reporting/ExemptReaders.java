package org.oversight.reporting;

/**
 * Who may see a board's exempt business (items taken with the press and public excluded). A
 * pack that holds exempt rows is shown only to someone a bean of this type allows; a draft for
 * anyone else leaves the exempt rows out. Every bean is asked and one yes is enough; with no
 * bean that says yes, no one sees exempt rows in a pack. The board is named as typed, and is
 * the board of that name of the organisation that owns the plan ({@code organisationId}; null
 * for a plan of none), whoever asks: several councils may each have a "Corporate Parenting Panel".
 */
public interface ExemptReaders {

    boolean maySeeExempt(String boardName, Long organisationId, String username);
}
