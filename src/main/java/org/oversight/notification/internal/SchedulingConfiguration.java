package org.oversight.notification.internal;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled work runs on every instance's clock but only once across them: each run takes
 * a ShedLock lock in the shared database table {@code shedlock}, and holds it at least a
 * minute so that an instance whose clock is a little behind does not run the same work again.
 * A command-line run ({@code oversight.scheduling.enabled=false}) schedules nothing.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({MailProperties.class, ReminderProperties.class})
class SchedulingConfiguration {
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "oversight.scheduling.enabled", havingValue = "true", matchIfMissing = true)
    @EnableScheduling
    @EnableSchedulerLock(defaultLockAtMostFor = "PT15M", defaultLockAtLeastFor = "PT1M")
    static class Scheduling {
        @Bean
        LockProvider lockProvider(DataSource dataSource) {
            return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                    .withJdbcTemplate(new JdbcTemplate(dataSource))
                    .withTableName("shedlock")
                    .usingDbTime()
                    .build());
        }
    }
}
