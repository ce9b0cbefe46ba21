package org.oversight.importing;

import java.util.List;

/**
 * What importing a newer version of a stored plan did: actions matched by reference and given
 * their new progress, actions added, progress updates recorded, and warnings (actions the
 * document no longer holds, left alone).
 */
public record PlanUpdate(long planId, int matched, int added, int progressRecorded, List<ImportWarning> warnings) {
    public PlanUpdate {
        warnings = List.copyOf(warnings);
    }
}
