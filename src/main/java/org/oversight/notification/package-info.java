/**
 * Notifications: reminders raised on working days of England, kept in each person's
 * in-application list and delivered by email at once or in a daily digest, or not at all.
 * Features contribute reminders by declaring {@link org.oversight.notification.ReminderSource}
 * beans; update rounds are reminded and chased from here. Scheduled work runs once across
 * instances. This base package is the feature's public API.
 */
package org.oversight.notification;
