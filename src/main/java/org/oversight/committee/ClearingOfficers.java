package org.oversight.committee;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.oversight.account.AccountSummary;
import org.oversight.account.Accounts;
import org.oversight.account.Role;
import org.oversight.governance.Board;
import org.springframework.stereotype.Component;

/**
 * Who may be named to clear a report: an enabled account of the organisation that owns the
 * report's board (of no organisation for a board of none), never an adviser, who changes nothing.
 */
@Component
public class ClearingOfficers {
    private final Accounts accounts;

    ClearingOfficers(Accounts accounts) {
        this.accounts = accounts;
    }

    /** The accounts that may clear reports to the board, by username. */
    public List<AccountSummary> eligible(Board board) {
        return accounts.listFor(board.getOrganisationId()).stream().filter(a -> eligible(a, board)).toList();
    }

    private static boolean eligible(AccountSummary account, Board board) {
        return account.enabled() && account.role() != Role.ADVISER
                && Objects.equals(account.organisationId(), board.getOrganisationId());
    }

    /**
     * What is wrong with each named officer, in words, by role; empty when every one is an
     * eligible account. The usernames are given back as the accounts spell them.
     */
    public Map<ClearanceRole, String> problems(Board board, Map<ClearanceRole, String> officers) {
        Map<ClearanceRole, String> problems = new EnumMap<>(ClearanceRole.class);
        for (ClearanceRole role : ClearanceRole.values()) {
            String named = Implication.blankAsNull(officers.get(role));
            String who = role.label().toLowerCase(Locale.UK);
            if (named == null) {
                problems.put(role, "Choose the " + who + " officer who clears the report");
            } else if (account(board, named).isEmpty()) {
                problems.put(role, "The " + who + " officer must be an account of the board's organisation: there is no such account as "
                        + (named.length() > 100 ? named.substring(0, 100) + "..." : named));
            }
        }
        return problems;
    }

    /** The named officers as their accounts spell them; refused when any is not an eligible account. */
    Map<ClearanceRole, String> accountsOf(Board board, Map<ClearanceRole, String> officers) {
        Map<ClearanceRole, String> problems = problems(board, officers);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.values().iterator().next());
        }
        Map<ClearanceRole, String> named = new EnumMap<>(ClearanceRole.class);
        officers.forEach((role, username) -> named.put(role, account(board, username.strip()).orElseThrow().username()));
        return named;
    }

    private Optional<AccountSummary> account(Board board, String username) {
        return accounts.find(username).filter(a -> eligible(a, board));
    }
}
