package org.oversight.plan;

import java.util.LinkedHashMap;
import java.util.Map;

/** Small, plain pictures of an action's state for the audit trail's before and after. */
final class ActionSnapshots {
    private ActionSnapshots() {
    }

    static Map<String, Object> of(ProgressUpdate update) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("asAt", update.getAsAt().toString());
        m.put("author", update.getAuthor());
        m.put("text", update.getText());
        m.put("rag", update.getRag() == null ? null : update.getRag().name());
        m.put("status", update.getStatusAfter() == null ? null : update.getStatusAfter().name());
        m.put("evidence", update.getEvidence().stream().map(EvidenceLink::getLabel).toList());
        return m;
    }

    static Map<String, Object> overrideOf(Action action) {
        Map<String, Object> m = new LinkedHashMap<>();
        action.getOverride().ifPresent(o -> {
            m.put("rag", o.getColour().name());
            m.put("reason", o.getReason());
            m.put("by", o.getBy());
        });
        return m;
    }
}
