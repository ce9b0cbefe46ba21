package org.oversight.plan;

import java.util.ArrayList;
import java.util.List;

/** An action's updates, newest first, each saying how its RAG changed from the one before. */
record UpdateHistory(ProgressUpdate update, String change) {

    static List<UpdateHistory> of(Action action) {
        List<UpdateHistory> rows = new ArrayList<>();
        RagColour previous = null;
        for (ProgressUpdate u : action.getUpdates()) {
            String change = previous != null && u.getRag() != null && u.getRag() != previous
                    ? "(was " + previous.label() + ")" : null;
            rows.add(0, new UpdateHistory(u, change));
            if (u.getRag() != null) {
                previous = u.getRag();
            }
        }
        return rows;
    }
}
