package org.oversight.notification;

/** How a person wants notifications by email. In-application notifications are always kept. */
public enum DeliveryChoice {
    IMMEDIATE("Email me each notification as it happens"),
    DAILY_DIGEST("Email me one summary a day"),
    NONE("Do not email me");

    private final String label;

    DeliveryChoice(String label) {
        this.label = label;
    }

    public String label() { return label; }
}
