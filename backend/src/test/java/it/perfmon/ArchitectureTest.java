package it.perfmon;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package rules of the README's "Where things are", checked on the compiled classes. */
class ArchitectureTest {

    /** Everything under it.perfmon but the shared code and the rules. */
    private static final DescribedPredicate<JavaClass> FEATURES = resideInAPackage("it.perfmon..")
            .and(not(resideInAnyPackage("it.perfmon.common..", "it.perfmon.rules..")))
            .as("reside in a feature package");

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("it.perfmon");
    }

    @Test
    void shouldKeepRestRecordsInTheRestLayer() {
        noClasses().that().resideOutsideOfPackage("..rest..")
                .should().dependOnClassesThat().resideInAPackage("..rest..")
                .because("resources map HTTP records to commands or entities, and results back to responses")
                .check(production);
    }

    @Test
    void shouldKeepSharedCodeFreeOfFeatures() {
        noClasses().that().resideInAPackage("it.perfmon.common..")
                .should().dependOnClassesThat(FEATURES)
                .because("common holds what several features share, so it cannot lean on one of them")
                .check(production);
    }

    @Test
    void shouldKeepRulesFreeOfFrameworksAndFeatures() {
        classes().that().resideInAPackage("it.perfmon.rules..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "it.perfmon.rules..")
                .because("the rules are plain Java, unit-tested without a server")
                .check(production);
    }
}
