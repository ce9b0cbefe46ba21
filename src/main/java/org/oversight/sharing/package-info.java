/**
 * Sharing across councils: the groups a council may share with (a region, "national", a
 * sector-led improvement partnership), what each council chooses to share with them (a plan, a
 * set of indicators), and the view across councils that advisers of a group and the group's own
 * members read ({@code /overview}). Nothing a council has not shared leaves it; sharing and
 * withdrawing are on the audit trail. This base package is the feature's public API.
 */
package org.oversight.sharing;
