package org.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Each top-level package is a feature whose base package is its public API. This fails when
 * a feature reaches into another's internals or features depend on each other in a cycle.
 */
class ModularityTests {
    private final ApplicationModules modules = ApplicationModules.of(OversightApplication.class);

    @Test
    void featuresUseOnlyEachOthersPublicApiAndHaveNoCycles() {
        modules.verify();
    }

    @Test
    void thePlanFeatureIsAModuleOfItsOwn() {
        assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .contains("plan", "timescale", "web");
    }
}
