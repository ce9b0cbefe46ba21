package org.oversight.importing;

/** One block of a source document: a run of text (heading or paragraph) or a table. */
public sealed interface SourceBlock permits SourceText, SourceTable {
}
