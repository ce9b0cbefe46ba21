package org.oversight.governance;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Governance's settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GovernanceReminders.class)
class GovernanceConfiguration {
}
