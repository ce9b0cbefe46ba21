package org.oversight.governance;

import java.util.Optional;

/** The demo's boards belong to the demo council: tests find one by its name alone. */
final class DemoBoard {
    private DemoBoard() {
    }

    static Optional<Board> named(Boards boards, String name) {
        return boards.findAllByOrderByName().stream()
                .filter(b -> b.getName().equalsIgnoreCase(name) && b.getOrganisationId() != null).findFirst();
    }
}
