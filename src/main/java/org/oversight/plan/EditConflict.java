package org.oversight.plan;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What differs between the action as someone else saved it and what this person entered. */
record EditConflict(String message, List<Difference> differences) {

    record Difference(String field, String theirs, String yours) {
    }

    static EditConflict between(ActionChangedMeanwhile conflict, ActionForm theirs, ActionForm yours) {
        Map<String, String> saved = theirs.fields();
        Map<String, String> entered = yours.fields();
        List<Difference> differences = saved.keySet().stream()
                .filter(k -> !Objects.equals(saved.get(k), entered.get(k)))
                .map(k -> new Difference(k, saved.get(k), entered.get(k))).toList();
        return new EditConflict(conflict.getMessage(), differences);
    }
}
