package org.oversight.demo;

import java.time.Clock;
import java.time.LocalDate;
import org.oversight.governance.Boards;
import org.oversight.plan.ActionPlan;
import org.oversight.plan.PlanRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads Kingsmead's boards once the demo plan is in place (the application is ready only after
 * the plan demo has run): the scrutiny committee, the corporate parenting panel and the
 * safeguarding partnership, a year of meetings around today, minutes, follow-ups, a work
 * programme and the plan's monitoring. Same conditions as the plan demo; only while no board exists.
 */
@Component
@Profile("!postgres")
@ConditionalOnProperty(name = "oversight.demo.enabled", havingValue = "true")
class GovernanceDemo {
    private static final Logger log = LoggerFactory.getLogger(GovernanceDemo.class);

    private final Boards boards;
    private final PlanRepository plans;
    private final DemoBoards content;
    private final DemoReport report;
    private final TransactionTemplate transaction;
    private final Clock clock;

    GovernanceDemo(Boards boards, PlanRepository plans, DemoBoards content, DemoReport report, PlatformTransactionManager transactions,
                   ObjectProvider<Clock> clock) {
        this.boards = boards;
        this.plans = plans;
        this.content = content;
        this.report = report;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        transaction.executeWithoutResult(status -> {
            if (boards.count() > 0) {
                return;
            }
            // The demo council's plan: the region's other councils have plans of their own.
            ActionPlan plan = plans.findByArchivedFalseOrderByTitle().stream()
                    .filter(p -> p.getOwner() != null && DemoOrganisation.COUNCIL.equals(p.getOwner().getName()))
                    .findFirst().orElse(null);
            content.load(LocalDate.now(clock), plan);
            if (plan != null) {
                report.write(LocalDate.now(clock), plan);
            }
            log.info("Loaded the demo boards: {}", boards.count());
        });
    }
}
