package org.oversight.web;

import java.time.LocalDate;
import org.oversight.plan.RoundReturns;
import org.oversight.plan.UpdateRound;

/**
 * An open update round as one person sees it on the home page: how many of their own actions
 * they have updated, and for plan managers how far the whole round has got.
 */
record RoundAtHome(RoundReturns returns, long mine, long mineUpdated, boolean overdue) {

    static RoundAtHome of(RoundReturns returns, String username, LocalDate today) {
        var led = returns.ledBy(username);
        return new RoundAtHome(returns, led.size(), led.stream().filter(RoundReturns.ActionReturn::updated).count(),
                returns.round().isOverdueOn(today));
    }

    public UpdateRound round() { return returns.round(); }

    public boolean leadsAny() { return mine > 0; }

    public boolean mineAllUpdated() { return mine > 0 && mineUpdated == mine; }

    public long updated() { return returns.updatedCount(); }

    public int total() { return returns.actions().size(); }

    public int leadsToUpdate() { return returns.outstandingByLead().size(); }

    /** Actions no account holds the lead of: nobody is reminded about them. */
    public int unheld() { return returns.unheld().size(); }
}
