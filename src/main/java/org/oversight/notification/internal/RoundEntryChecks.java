package org.oversight.notification.internal;

import org.oversight.plan.Action;
import org.oversight.plan.ActionRepository;

/** Checks each filled-in section of a round's update form on its own. */
final class RoundEntryChecks {
    private RoundEntryChecks() {
    }

    static RoundProblems check(RoundUpdatesForm form, ActionRepository actions) {
        RoundProblems problems = new RoundProblems();
        if (form.getEntries().stream().allMatch(RoundUpdatesForm.Entry::isBlank)) {
            problems.add(form.getEntries().isEmpty() ? "main-content" : "entries0.text",
                    "Enter progress for at least one action");
            return problems;
        }
        for (int i = 0; i < form.getEntries().size(); i++) {
            RoundUpdatesForm.Entry e = form.getEntries().get(i);
            String ref = actions.findById(e.getActionId()).map(Action::getReference).orElse("?");
            if (e.isBlank()) {
                continue;
            }
            if (e.getText().length() > 8000) {
                problems.add("entries" + i + ".text", "Action " + ref + ": progress must be 8,000 characters or fewer");
            }
            if (e.getRag() == null) {
                problems.add("entries" + i + ".rag", "Action " + ref + ": select the RAG status");
            }
            if (e.getStatus() == null) {
                problems.add("entries" + i + ".status", "Action " + ref + ": select where the action stands");
            }
        }
        return problems;
    }
}
