package org.oversight.notification;

/** What a notification is about; the daily digest groups by it, in this order. */
public enum NotificationKind {
    ROUND_OVERDUE("Updates overdue"),
    ROUND_DUE("Updates due soon"),
    PACK_LATE("Board packs late"),
    PACK_READY("Board packs ready"),
    FOLLOW_UP("Follow-ups from board resolutions"),
    COMMITTEE_REPORT("Committee reports to write or clear"),
    OTHER("Other notifications");

    private final String heading;

    NotificationKind(String heading) {
        this.heading = heading;
    }

    public String heading() { return heading; }
}
