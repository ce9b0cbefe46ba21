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
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.TestExecutionListeners.MergeMode;

/**
 * A JPA slice test on the JVM's embedded PostgreSQL ({@link EmbeddedPostgresServer}), migrated
 * by Flyway from empty and validated by Hibernate as in production. Every class so annotated
 * shares one Spring context. The context, and so every test in the class, fails if PostgreSQL
 * cannot start.
 *
 * <p>Each test runs in a transaction that is rolled back. Spring looks for {@code @Transactional}
 * on the class that declares a test method, so an abstract contract that both engines run must
 * carry {@code @Transactional} itself. A test that commits (no transaction, or its own through
 * a {@code TransactionTemplate}) leaves nothing behind either: {@link LeaveDatabaseEmpty} empties
 * the tables after it. See {@link H2PersistenceTest} for the pair.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@DataJpaTest(showSql = false, properties = "oversight.demo.enabled=false")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ContextConfiguration(initializers = PostgresDataSourceInitializer.class)
@Import(DatabaseCleanup.class)
@TestExecutionListeners(listeners = LeaveDatabaseEmpty.class, mergeMode = MergeMode.MERGE_WITH_DEFAULTS)
public @interface PostgresPersistenceTest {
}
