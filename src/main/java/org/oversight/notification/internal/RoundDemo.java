package org.oversight.notification.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.oversight.notification.DeliveryChoice;
import org.oversight.plan.PlanRepository;
import org.oversight.plan.UpdateRounds;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo only: once the demo plan is loaded, opens its latest update round so that leads have
 * something to update, and gives the demo accounts email addresses (kept in the outbox).
 */
@Component
@Profile("!postgres")
@ConditionalOnProperty(name = "oversight.demo.enabled", havingValue = "true")
class RoundDemo {
    private final PlanRepository plans;
    private final UpdateRounds rounds;
    private final RoundCalendar calendar;
    private final PreferenceRepository preferences;
    private final Clock clock;

    RoundDemo(PlanRepository plans, UpdateRounds rounds, RoundCalendar calendar, PreferenceRepository preferences,
              Clock clock) {
        this.plans = plans;
        this.rounds = rounds;
        this.calendar = calendar;
        this.preferences = preferences;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void openDemoRounds() {
        LocalDate today = LocalDate.now(clock);
        plans.findByArchivedFalseOrderByTitle().stream().filter(p -> rounds.of(p).isEmpty()).forEach(p ->
                calendar.latestAsAt(p, today).ifPresent(asAt -> rounds.open(p.getId(), asAt, calendar.dueOn(asAt))));
        if (preferences.count() == 0) {
            preferences.save(new NotificationPreference("lead", "lead@kingsmead.example", DeliveryChoice.IMMEDIATE));
            preferences.save(new NotificationPreference("nhslead", "nhslead@kingsmead.example", DeliveryChoice.DAILY_DIGEST));
            preferences.save(new NotificationPreference("manager", "manager@kingsmead.example", DeliveryChoice.DAILY_DIGEST));
        }
    }
}
