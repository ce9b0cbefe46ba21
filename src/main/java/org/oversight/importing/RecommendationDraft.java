package org.oversight.importing;

import java.util.ArrayList;
import java.util.List;

/** One recommendation (or key deliverable) as read, with its actions. */
final class RecommendationDraft {
    final String number;
    String text = "";
    String theme;
    String response;
    String workstream;
    final String location;
    final List<ActionDraft> actions = new ArrayList<>();
    /** True when the table had no action column, so the recommendation is its own single action. */
    boolean selfAction;

    RecommendationDraft(String number, String location) {
        this.number = number;
        this.location = location;
    }

    void appendText(String more) {
        if (more == null || more.isBlank()) {
            return;
        }
        if (text.isEmpty()) {
            text = more.strip();
        } else if (text.equals(more.strip()) || text.endsWith("\n" + more.strip())) {
            return;
        } else {
            boolean cut = !text.matches("(?s).*[.;:!?]$") && Character.isLowerCase(more.strip().charAt(0));
            text = text + (cut ? " " : "\n") + more.strip();
        }
    }

    void appendResponse(String more) {
        response = response == null ? more.strip() : response + "\n" + more.strip();
    }
}
