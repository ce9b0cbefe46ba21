package org.oversight.account.internal;

import org.oversight.account.Accounts;
import org.oversight.account.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates accounts at start: the demo accounts when {@code oversight.demo.enabled=true}
 * (each only if missing), and otherwise, on an install with no account at all, the
 * administrator named by {@code oversight.bootstrap-admin.username} and {@code .password}.
 * Nothing else ever creates an account or a default password. A command-line run
 * ({@code oversight.command-line=true}) does not warn that there are no accounts, so a command
 * that needs no database does not open one for the warning.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccountSetup implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(AccountSetup.class);
    private final Accounts accounts;
    private final AccountProperties properties;

    private final boolean commandLine;

    AccountSetup(Accounts accounts, AccountProperties properties,
                 @Value("${oversight.command-line:false}") boolean commandLine) {
        this.accounts = accounts;
        this.properties = properties;
        this.commandLine = commandLine;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.demo().enabled()) {
            createDemoAccounts();
        }
        AccountProperties.BootstrapAdmin admin = properties.bootstrapAdmin();
        if (admin.isGiven() && accounts.count() == 0) {
            accounts.create(admin.username(), admin.displayName(), Role.ADMINISTRATOR,
                    admin.password());
            log.info("Created the first administrator account '{}' from oversight.bootstrap-admin", admin.username());
        } else if (!commandLine && accounts.count() == 0) {
            log.warn("There are no accounts. Set oversight.bootstrap-admin.username and "
                    + "oversight.bootstrap-admin.password to create the first administrator.");
        }
    }

    private void createDemoAccounts() {
        for (DemoAccount demo : DemoAccount.ALL) {
            if (!accounts.exists(demo.username())) {
                accounts.createDemo(demo.username(), demo.displayName(), demo.role(), DemoAccount.PASSWORD);
            }
        }
    }
}
