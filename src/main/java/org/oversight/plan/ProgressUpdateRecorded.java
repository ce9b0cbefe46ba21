package org.oversight.plan;

import java.time.LocalDate;

/** Published after a progress update is saved. */
public record ProgressUpdateRecorded(long planId, long actionId, long updateId, String author, LocalDate asAt,
                                     RagColour rag) {
}
