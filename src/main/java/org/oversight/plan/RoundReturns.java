package org.oversight.plan;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Who has and has not updated in a round: each action that needs an update (every live
 * action not yet complete), whether it has one as at the round's date, and who leads it.
 */
public record RoundReturns(UpdateRound round, List<ActionReturn> actions) {
    public RoundReturns {
        actions = List.copyOf(actions);
    }

    /** One action in a round: updated when it has a progress update as at the round's date or later. */
    public record ActionReturn(Action action, boolean updated, List<String> leadUsernames) {
        public boolean ledBy(String username) { return leadUsernames.contains(username); }
    }

    /** Each lead account with the references of their actions still waiting for an update. */
    public Map<String, List<String>> outstandingByLead() {
        Map<String, List<String>> outstanding = new TreeMap<>();
        actions.stream().filter(a -> !a.updated()).forEach(a -> a.leadUsernames().forEach(u ->
                outstanding.computeIfAbsent(u, k -> new java.util.ArrayList<>()).add(a.action().getReference())));
        return outstanding;
    }

    /** Lead accounts all of whose actions in the round are updated. */
    public Set<String> leadsUpToDate() {
        Set<String> done = new TreeSet<>();
        actions.forEach(a -> done.addAll(a.leadUsernames()));
        done.removeAll(outstandingByLead().keySet());
        return done;
    }

    /** Actions nobody holds a lead account for: no reminder can reach anyone. */
    public List<Action> unheld() {
        return actions.stream().filter(a -> a.leadUsernames().isEmpty()).map(ActionReturn::action).toList();
    }

    public List<ActionReturn> ledBy(String username) {
        return actions.stream().filter(a -> a.ledBy(username)).toList();
    }

    public long updatedCount() { return actions.stream().filter(ActionReturn::updated).count(); }
}
