package org.oversight.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.plan.LeadRepository;
import org.oversight.plan.PlanRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:demo-disabled;DB_CLOSE_DELAY=-1",
        "oversight.demo.enabled=false"})
class DemoDisabledTests {
    @Autowired PlanRepository plans;
    @Autowired LeadRepository leads;
    @Autowired ApplicationContext context;

    @Test
    @DisplayName("should load nothing when the demo is disabled")
    void loadsNothingWhenDisabled() {
        assertThat(context.getBeansOfType(DemoLoader.class)).isEmpty();
        assertThat(plans.count()).isZero();
        assertThat(leads.count()).isZero();
    }
}
