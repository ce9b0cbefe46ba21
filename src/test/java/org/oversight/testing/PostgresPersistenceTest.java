package org.oversight.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * A JPA slice test on the JVM's embedded PostgreSQL, migrated by Flyway and validated by
 * Hibernate as in production. Every class so annotated shares one Spring context. Each test
 * runs in a transaction that is rolled back, unless the test opts out and cleans up itself.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@DataJpaTest(showSql = false, properties = "oversight.demo.enabled=false")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ContextConfiguration(initializers = PostgresDataSourceInitializer.class)
@Import(DatabaseCleanup.class)
public @interface PostgresPersistenceTest {
}
