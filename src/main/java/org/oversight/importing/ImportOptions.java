package org.oversight.importing;

import java.time.LocalDate;

/** What the person importing says about the plan; any of them may be null (then found in the document). */
public record ImportOptions(LocalDate periodStart, LocalDate periodEnd, LocalDate asAt) {
    public static ImportOptions none() {
        return new ImportOptions(null, null, null);
    }
}
