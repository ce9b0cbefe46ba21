package org.oversight.governance;

import org.oversight.reporting.ExemptReaders;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Report packs follow the board's exempt rules: only someone with a role on the board sees its exempt business. */
@Component
class BoardExemptReaders implements ExemptReaders {
    private final Boards boards;

    BoardExemptReaders(Boards boards) {
        this.boards = boards;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean maySeeExempt(String boardName, Long organisationId, String username) {
        return boardName != null && boards.named(boardName.strip(), organisationId).map(b -> b.hasRole(username)).orElse(false);
    }
}
