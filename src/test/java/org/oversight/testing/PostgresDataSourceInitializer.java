package org.oversight.testing;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring test context at the JVM's embedded PostgreSQL, starting it if need be. Used
 * through {@link PostgresPersistenceTest}; the context fails to load if PostgreSQL cannot start.
 */
public class PostgresDataSourceInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    @Override
    public void initialize(ConfigurableApplicationContext context) {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.get();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("embeddedPostgres", Map.of(
                "spring.datasource.url", server.jdbcUrl(EmbeddedPostgresServer.APPLICATION_DATABASE),
                "spring.datasource.username", server.username(),
                "spring.datasource.password", "",
                "spring.datasource.driver-class-name", "org.postgresql.Driver")));
    }
}
