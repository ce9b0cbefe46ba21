/**
 * Board report packs: one model of a pack ({@link org.oversight.reporting.ReportPack}) for a
 * plan, a board and an "as at" date, rendered as HTML, tagged PDF, Word and Excel from that
 * one model, and every pack issued to a board kept exactly as it was issued. Other features
 * add rows to a pack by implementing {@link org.oversight.reporting.BoardFollowUpSource} and
 * {@link org.oversight.reporting.LinkedIndicatorSource}. This base package is the feature's public API.
 */
package org.oversight.reporting;
