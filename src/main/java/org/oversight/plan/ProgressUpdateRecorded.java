package org.oversight.plan;

import java.time.LocalDate;

/** A progress update was recorded on an action. Published inside the recording transaction. */
public record ProgressUpdateRecorded(long actionId, long updateId, String author, LocalDate asAt, RagColour rag) {
}
