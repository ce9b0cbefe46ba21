package org.oversight;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole application on a private in-memory H2 database with the demo switched on,
 * as it runs by default. Every test class using it shares one cached Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:oversight-test;DB_CLOSE_DELAY=-1",
        "oversight.demo.enabled=true"})
@AutoConfigureMockMvc
public @interface OversightTest {
}
