package org.oversight.reporting.internal;

import java.time.LocalDate;
import java.util.List;
import org.oversight.reporting.BoardFollowUpSource;
import org.oversight.reporting.FollowUpRow;
import org.oversight.reporting.IndicatorRow;
import org.oversight.reporting.LinkedIndicatorSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Empty sources of follow-ups and indicators, so a pack can be built before any feature
 * supplies them. Features add their own beans of these types; every bean is asked.
 */
@Configuration(proxyBeanMethods = false)
class NoRowsYet {

    @Bean
    BoardFollowUpSource noFollowUpsYet() {
        return (String board, Long organisationId, LocalDate asAt) -> List.<FollowUpRow>of();
    }

    @Bean
    LinkedIndicatorSource noIndicatorsYet() {
        return (long planId, LocalDate asAt) -> List.<IndicatorRow>of();
    }
}
