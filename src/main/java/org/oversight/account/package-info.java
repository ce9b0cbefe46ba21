/**
 * Who may sign in and what they may do: accounts, roles, sign-in with throttling, the
 * security rules for every route, and the signed-in user as other features see it.
 * This base package is the feature's public API; the rest lives in {@code internal}.
 */
package org.oversight.account;
