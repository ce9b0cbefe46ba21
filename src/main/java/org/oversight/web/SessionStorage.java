package org.oversight.web;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.session.jdbc.config.annotation.SpringSessionDataSource;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions stored in the database (the {@code postgres} profile) are read and saved through a
 * small pool of their own, in plain JDBC transactions.
 *
 * <p>Saved through the JPA transaction manager, as by default, saving the session when a page's
 * answer is committed flushed the page's whole persistence context (open in view): a dirty
 * check of every entity the page had read, thousands on a plan's dashboard, for nothing. Saved
 * through the application's pool, a page that already holds a connection (open in view) would
 * wait for a second one, and with every connection held by such pages none would ever come.
 */
@Configuration(proxyBeanMethods = false)
@Profile("postgres")
class SessionStorage {
    /** Sessions need few connections: a read and a write of one row each per request. */
    private static final int SESSION_CONNECTIONS = 4;

    @Bean(defaultCandidate = false, destroyMethod = "close")
    @SpringSessionDataSource
    HikariDataSource sessionDataSource(DataSource application) {
        HikariConfig config = new HikariConfig();
        if (application instanceof HikariDataSource pool) {
            pool.copyStateTo(config);
        }
        config.setPoolName("sessions");
        config.setMaximumPoolSize(SESSION_CONNECTIONS);
        config.setMinimumIdle(1);
        return new HikariDataSource(config);
    }

    /** The name Spring Session JDBC looks for. */
    @Bean(name = "springSessionTransactionOperations")
    TransactionOperations springSessionTransactionOperations(@SpringSessionDataSource DataSource sessions) {
        return new TransactionTemplate(new DataSourceTransactionManager(sessions));
    }
}
