/**
 * The audit trail: who changed what, when, and what it looked like before and after.
 * Entries are only ever added, never changed or removed. This base package is the
 * feature's public API.
 */
package org.oversight.audit;
