package org.oversight.demo;

import java.time.Clock;
import java.time.LocalDate;
import org.oversight.indicator.IndicatorRepository;
import org.oversight.indicator.IndicatorValueRepository;
import org.oversight.indicator.ReportingPeriod;
import org.oversight.plan.OrganisationRepository;
import org.oversight.sharing.ComparatorImport;
import org.oversight.sharing.CouncilComparatorsRepository;
import org.oversight.plan.ActionRepository;
import org.oversight.plan.Organisation;
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
 * Loads Kingsmead's performance indicators under the same conditions as the demo plan, once
 * the application is ready (so after the plan, whose actions some indicators are linked to),
 * and only while the database holds no indicators. They belong to the council. One transaction,
 * or nothing.
 */
@Component
@Profile("!postgres")
@ConditionalOnProperty(name = "oversight.demo.enabled", havingValue = "true")
class DemoIndicatorLoader {
    private static final Logger log = LoggerFactory.getLogger(DemoIndicatorLoader.class);
    private final IndicatorRepository indicators;
    private final IndicatorValueRepository values;
    private final ActionRepository actions;
    private final OrganisationRepository organisations;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ComparatorImport comparatorImport;
    private final CouncilComparatorsRepository councils;

    DemoIndicatorLoader(IndicatorRepository indicators, IndicatorValueRepository values, ActionRepository actions,
                        PlatformTransactionManager transactions, ObjectProvider<Clock> clock, ComparatorImport comparatorImport,
                        CouncilComparatorsRepository councils, OrganisationRepository organisations) {
        this.comparatorImport = comparatorImport;
        this.councils = councils;
        this.indicators = indicators;
        this.values = values;
        this.actions = actions;
        this.organisations = organisations;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        transaction.executeWithoutResult(status -> {
            if (indicators.count() > 0) {
                return;
            }
            ReportingPeriod latest = latestQuarter(LocalDate.now(clock));
            DemoIndicatorSet set = new DemoIndicatorSet(latest, clock.instant());
            set.save(indicators, values, actions);
            Long council = organisations.findByName(DemoOrganisation.COUNCIL).map(Organisation::getId).orElse(null);
            indicators.findAll().forEach(indicator -> indicator.belongTo(council));
            new DemoComparators(comparatorImport, councils, organisations).load(latest);
            log.info("Loaded the demo indicators: {} indicators, {} values", indicators.count(), values.count());
        });
    }

    /** The last quarter of the financial year (April to March) that has ended by the given day. */
    static ReportingPeriod latestQuarter(LocalDate today) {
        int fyStart = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        int quarter = (today.getMonthValue() + 8) % 12 / 3 + 1;
        return ReportingPeriod.quarter(fyStart, quarter).previous();
    }
}
