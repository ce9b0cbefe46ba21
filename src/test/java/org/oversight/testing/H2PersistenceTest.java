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
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.TestExecutionListeners.MergeMode;

/**
 * A JPA slice test on an in-memory H2 database in the same (default) mode as the embedded
 * application, migrated by Flyway from empty and validated by Hibernate as in production.
 * Every class so annotated shares one Spring context.
 *
 * <p>Each test runs in a transaction that is rolled back. Spring looks for {@code @Transactional}
 * on the class that declares a test method, so an abstract contract that both engines run must
 * carry {@code @Transactional} itself. A test that commits leaves nothing behind either:
 * {@link LeaveDatabaseEmpty} empties the tables after it. See {@link PostgresPersistenceTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@DataJpaTest(showSql = false, properties = {
        "oversight.demo.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:oversight_persistence;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE",
        "spring.datasource.username=sa",
        "spring.datasource.password=",
        "spring.datasource.driver-class-name=org.h2.Driver"})
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(DatabaseCleanup.class)
@TestExecutionListeners(listeners = LeaveDatabaseEmpty.class, mergeMode = MergeMode.MERGE_WITH_DEFAULTS)
public @interface H2PersistenceTest {
}
