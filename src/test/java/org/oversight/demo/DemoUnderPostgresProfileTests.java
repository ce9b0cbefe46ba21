package org.oversight.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The postgres profile is production: even if someone switches the demo on, it is not loaded. */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:demo-postgres-profile;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa", "oversight.demo.enabled=true"})
@ActiveProfiles("postgres")
class DemoUnderPostgresProfileTests {
    @Autowired ApplicationContext context;

    @Test
    @DisplayName("should never load the demo with the postgres profile")
    void neverLoadsUnderPostgresProfile() {
        assertThat(context.getBeansOfType(DemoLoader.class)).isEmpty();
    }
}
