package org.oversight.governance;

import java.util.Map;
import java.util.Objects;
import org.oversight.account.AccountSummary;
import org.oversight.account.Accounts;
import org.oversight.account.CurrentUser;
import org.oversight.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates boards and changes their name, kind, members and roles, each change in the audit
 * trail with the board before and after. A board made by someone of an organisation is that
 * organisation's; a board of no organisation is changed only by someone of none.
 */
@Service
public class BoardEditing {
    static final String AUDIT_TYPE = "Board";
    private final Boards boards;
    private final Accounts accounts;
    private final AuditTrail audit;

    BoardEditing(Boards boards, Accounts accounts, AuditTrail audit) {
        this.boards = boards;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** May this person change the board itself (its name, kind and members)? Plan managers and administrators of its organisation. */
    public static boolean mayEdit(Board board, CurrentUser person) {
        return person.canManagePlans() && person.manages(board.getOrganisationId());
    }

    @Transactional
    public Board create(BoardForm form, CurrentUser person) {
        refuseTakenName(form.getName(), person.organisationId(), null);
        Board board = boards.save(new Board(form.getName(), form.getKind()).belongTo(person.organisationId()));
        boards.flush();
        audit.record(AUDIT_TYPE, board.getId(), "created", "Created board " + board.getName(), null, BoardForm.fields(board));
        return board;
    }

    @Transactional
    public Board edit(long id, BoardForm form) {
        Board board = boards.findById(id).orElseThrow();
        refuseTakenName(form.getName(), board.getOrganisationId(), board.getId());
        return changed(board, "edited", "Changed board " + board.getName(), () -> board.rename(form.getName(), form.getKind()));
    }

    @Transactional
    public Board addMember(long id, MemberForm form) {
        Board board = boards.findById(id).orElseThrow();
        String account = accountOf(form, board);
        return changed(board, "member added", "Added " + form.getName().strip() + " to " + board.getName(),
                () -> board.addMember(form.getName().strip(), form.getRole(), account));
    }

    @Transactional
    public Board changeMember(long id, long memberId, MemberForm form) {
        Board board = boards.findById(id).orElseThrow();
        BoardMember member = board.member(memberId);
        String account = accountOf(form, board);
        return changed(board, "member changed", "Changed " + member.getName() + " on " + board.getName(),
                () -> member.change(form.getName().strip(), form.getRole(), account));
    }

    @Transactional
    public Board removeMember(long id, long memberId) {
        Board board = boards.findById(id).orElseThrow();
        BoardMember member = board.member(memberId);
        return changed(board, "member removed", "Took " + member.getName() + " off " + board.getName(),
                () -> board.removeMember(memberId));
    }

    private Board changed(Board board, String kind, String summary, Runnable change) {
        Map<String, String> before = BoardForm.fields(board);
        change.run();
        Map<String, String> after = BoardForm.fields(board);
        if (!Objects.equals(before, after)) {
            boards.flush();
            audit.record(AUDIT_TYPE, board.getId(), kind, summary, before, after);
        }
        return board;
    }

    private void refuseTakenName(String name, Long organisation, Long self) {
        boards.findFirstByNameIgnoreCaseAndOrganisationKeyOrderById(name.strip(), organisation == null ? 0 : organisation)
                .filter(other -> !other.getId().equals(self))
                .ifPresent(other -> {
                    throw new FormRefused("name", "There is already a board called " + other.getName());
                });
    }

    /** The account the member signs in with: one within the board's organisation, or none. */
    private String accountOf(MemberForm form, Board board) {
        String username = form.account();
        if (username == null) {
            return null;
        }
        AccountSummary account = accounts.find(username)
                .filter(a -> board.getOrganisationId() == null || a.organisationId() == null
                        || a.organisationId().equals(board.getOrganisationId()))
                .orElseThrow(() -> new FormRefused("username",
                        "There is no account with the username " + username + " that can sit on this board"));
        return account.username();
    }
}
