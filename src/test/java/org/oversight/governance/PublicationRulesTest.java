package org.oversight.governance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Publication rules")
class PublicationRulesTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.oversight");

    @Test
    @DisplayName("should send every public output through the publication policy")
    void publicOutputsUseThePolicy() {
        classes().that().areAnnotatedWith(PublicOutput.class)
                .should().dependOnClassesThat().areAssignableTo(PublicationPolicy.class)
                .because("only the publication policy decides what is public: exempt items must never reach a public page, "
                        + "a calendar feed, an export or a published report")
                .check(classes);
    }

    @Test
    @DisplayName("should keep public outputs from reading a meeting's full agenda themselves")
    void publicOutputsNeverReadTheWholeAgenda() {
        noClasses().that().areAnnotatedWith(PublicOutput.class)
                .should().callMethod(Meeting.class, "getAgendaItems")
                .because("the full agenda holds exempt items; public outputs take the items PublicationPolicy gives them")
                .check(classes);
    }

    @Test
    @DisplayName("should let only governance itself and the publication policy's callers see agenda items outside the feature")
    void otherFeaturesDoNotReadAgendasDirectly() {
        noClasses().that().resideOutsideOfPackages("org.oversight.governance..", "org.oversight.demo..")
                .should().callMethod(Meeting.class, "getAgendaItems")
                .because("other features (report packs, exports) must ask PublicationPolicy for what they may publish")
                .check(classes);
    }
}
