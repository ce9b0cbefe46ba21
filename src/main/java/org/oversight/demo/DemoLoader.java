package org.oversight.demo;

import java.time.Clock;
import java.time.LocalDate;
import org.oversight.account.Accounts;
import org.oversight.plan.ActionPlan;
import org.oversight.plan.LeadRepository;
import org.oversight.plan.OrganisationRepository;
import org.oversight.plan.PlanRepository;
import org.oversight.sharing.Sharing;
import org.oversight.sharing.SharingGroupRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo organisation on first start of an embedded install: only when
 * {@code oversight.demo.enabled=true}, never with the {@code postgres} profile, and only while
 * the database holds no plans. Everything is saved in one transaction, or nothing is. The demo
 * accounts are placed in their organisations on every start ({@link DemoMembership}).
 */
@Component
@Profile("!postgres")
@ConditionalOnProperty(name = "oversight.demo.enabled", havingValue = "true")
public class DemoLoader implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    private final PlanRepository plans;
    private final OrganisationRepository organisations;
    private final LeadRepository leads;
    private final Accounts accounts;
    private final SharingGroupRepository groups;
    private final Sharing sharing;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoLoader(PlanRepository plans, OrganisationRepository organisations, LeadRepository leads, Accounts accounts,
               SharingGroupRepository groups, Sharing sharing, PlatformTransactionManager transactions,
               ObjectProvider<Clock> clock) {
        this.groups = groups;
        this.sharing = sharing;
        this.accounts = accounts;
        this.plans = plans;
        this.organisations = organisations;
        this.leads = leads;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            load();
            new DemoMembership(organisations, accounts).place();
            new DemoRegion(groups, organisations, accounts).establish();
        });
    }

    private void load() {
        if (plans.count() > 0) {
            return;
        }
        DemoCalendar calendar = new DemoCalendar(LocalDate.now(clock), clock.getZone());
        DemoLeads demoLeads = new DemoOrganisation(organisations, leads).establish();
        DemoPlanAssembly assembly = new DemoPlanAssembly(calendar, demoLeads);
        ActionPlan plan = plans.save(assembly.plan());
        plans.flush();
        assembly.linkDependencies(plan);
        new DemoProgressHistory(calendar).replay(plan);
        new DemoRegion(groups, organisations, accounts).establish();
        new DemoRegionPlans(plans, organisations, leads, sharing, groups).load(LocalDate.now(clock));
        log.info("Loaded the demo organisation: \"{}\" with {} actions", plan.getTitle(), plan.actions().size());
    }
}
