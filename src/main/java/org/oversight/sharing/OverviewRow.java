package org.oversight.sharing;

import java.time.Instant;
import java.time.LocalDate;
import org.oversight.plan.LongDate;
import org.oversight.plan.RagColour;
import org.oversight.plan.RagTally;

/**
 * One council's shared plan in the view across councils, as at a date: its inspection, the RAG
 * of its actions, how many are overdue or had their deadline moved twice or more, how long since
 * its last progress round and whether it got better or worse since the round before. A row
 * another instance published names that instance and when it was received; it has no plan here to
 * link to (its plan and organisation ids are 0).
 */
public record OverviewRow(long organisationId, String council, String region, long planId, String plan,
                          String inspection, LocalDate inspectionDate, RagTally tally, int overdue, int movedTwice,
                          LocalDate lastRound, Long daysSinceRound, Trend trend, String fromInstance,
                          Instant receivedAt) {

    /** A row of one of this instance's own councils. */
    public OverviewRow(long organisationId, String council, String region, long planId, String plan, String inspection,
                       LocalDate inspectionDate, RagTally tally, int overdue, int movedTwice, LocalDate lastRound,
                       Long daysSinceRound, Trend trend) {
        this(organisationId, council, region, planId, plan, inspection, inspectionDate, tally, overdue, movedTwice,
                lastRound, daysSinceRound, trend, null, null);
    }

    /** Whether the row was published by another instance rather than read from this one's plans. */
    public boolean received() { return fromInstance != null; }

    public int red() { return tally.count(RagColour.RED); }

    public int amber() { return tally.count(RagColour.AMBER); }

    public int green() { return tally.count(RagColour.GREEN); }

    /** Complete actions, when the plan shows completion in a colour of its own (blue); otherwise 0. */
    public int complete() { return tally.completeColour() == RagColour.GREEN ? 0 : tally.count(tally.completeColour()); }

    public int total() { return tally.total(); }

    /** The inspection and its date in words, as the table shows them: "Ofsted, 1 May 2025". */
    public String inspectionWords() {
        return (inspection == null ? "" : inspection) + (inspectionDate == null ? "" : ", " + LongDate.of(inspectionDate));
    }
}
