package org.oversight.web;

import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions stored in the database (the {@code postgres} profile) are saved in transactions of
 * their own, on plain JDBC. With the JPA transaction manager, saving the session when a page's
 * answer is committed would flush the page's whole persistence context (open in view): a
 * dirty check of every entity the page read, thousands on a plan's dashboard, for nothing.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "org.springframework.session.jdbc.JdbcIndexedSessionRepository")
class SessionStorage {
    /** The name Spring Session JDBC looks for. */
    @Bean(name = "springSessionTransactionOperations")
    TransactionOperations springSessionTransactionOperations(DataSource dataSource) {
        return new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }
}
