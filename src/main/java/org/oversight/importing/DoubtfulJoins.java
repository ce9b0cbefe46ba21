package org.oversight.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code JOINED_ROW} warnings: one for each action that took in rows which start a new
 * sentence yet have no lead, dates or priority of their own, naming all such rows.
 */
final class DoubtfulJoins {
    private final List<ImportWarning> warnings;
    private final List<Integer> rows = new ArrayList<>();
    private ActionDraft action;
    private String location;
    private int index;

    DoubtfulJoins(List<ImportWarning> warnings) {
        this.warnings = warnings;
    }

    /** Notes that the row at {@code where} was joined to {@code joinedTo} though it may be an action of its own. */
    void add(int row, String where, ActionDraft joinedTo) {
        if (joinedTo != action) {
            action = joinedTo;
            rows.clear();
            location = where;
            index = warnings.size();
            warnings.add(null);
        }
        rows.add(row);
        warnings.set(index, new ImportWarning("JOINED_ROW", null, message(), location));
    }

    private String message() {
        if (rows.size() == 1) {
            return "This row starts a new sentence but has no lead, start date, target date or priority of its own, so it"
                    + " was read as part of the action above; check whether it is an action of its own";
        }
        List<Integer> others = rows.subList(1, rows.size());
        StringBuilder numbers = new StringBuilder();
        for (int i = 0; i < others.size(); i++) {
            numbers.append(i == 0 ? "" : i == others.size() - 1 ? " and " : ", ").append(others.get(i));
        }
        return "This row and row" + (others.size() > 1 ? "s " : " ") + numbers + " start new sentences but have no lead,"
                + " start date, target date or priority of their own, so they were read as part of the action above;"
                + " check whether any is an action of its own";
    }
}
