package org.oversight.governance;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code oversight.governance.reminders.*}: a follow-up's owner is reminded {@code follow-up-before-due}
 * working days before it is due, chased on the first working day after and then every
 * {@code follow-up-chase-every} working days while it stays open; a board's clerk is told a pack is
 * late when the next meeting is {@code pack-late-within} working days away and no pack has been
 * issued to the board since its previous meeting.
 */
@ConfigurationProperties("oversight.governance.reminders")
public record GovernanceReminders(@DefaultValue("5") int followUpBeforeDue,
                                  @DefaultValue("5") int followUpChaseEvery,
                                  @DefaultValue("5") int packLateWithin) {
    public GovernanceReminders {
        if (followUpBeforeDue < 0 || followUpChaseEvery < 1 || packLateWithin < 1) {
            throw new IllegalArgumentException("oversight.governance.reminders: before-due must be 0 or more, "
                    + "chase-every and pack-late-within 1 or more");
        }
    }
}
