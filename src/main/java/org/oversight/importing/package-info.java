/**
 * Reading the plans users already have (Word, Excel, CSV, PDF, pasted text, exchange JSON)
 * into the plan exchange shape, with warnings pointing at rows and cells, and importing them
 * whole or not at all. Format readers turn a file into a {@link org.oversight.importing.SourceDocument};
 * the understanding step turns that into a plan.
 */
package org.oversight.importing;
