/**
 * The audit trail: who changed what, when, and what it looked like before and after.
 * Entries are only ever added, never changed or removed. Each entry is chained to the one
 * before it by SHA-256 hashes ({@link org.oversight.audit.AuditChain} checks the chain, and
 * administrators see the result at {@code /audit/verify}), so a change made directly in the
 * database is detectable. This base package is the feature's public API.
 */
package org.oversight.audit;
