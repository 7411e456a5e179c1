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
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package rules of the README's "Where things are", checked on the compiled classes. */
class ArchitectureTest {

    /**
     * Services of the packages other branches of issue 14 fix (report, assessment, values; area, objective,
     * indicator, phase, plan, allegato/imports, rollover, seed) that still take or return rest records here, and
     * CountedValueService, which reads a frozen report's PlanReport.ReportIndicator (report/rest/PlanReport moves
     * out of rest in the report branch). Temporary: removed at merge, when their fixes arrive.
     */
    private static final List<String> SERVICES_NOT_YET_FIXED = List.of(
            "it.perfmon.allegato.imports.service.AllegatoImportService",
            "it.perfmon.allegato.imports.service.Reconciliation",
            "it.perfmon.area.service.AreaService",
            "it.perfmon.assessment.service.ResultService",
            "it.perfmon.count.service.CountedValueService",
            "it.perfmon.indicator.service.IndicatorService",
            "it.perfmon.objective.service.ObjectiveService",
            "it.perfmon.phase.service.PhaseService",
            "it.perfmon.plan.service.PeriodService",
            "it.perfmon.plan.service.PlanService",
            "it.perfmon.report.service.FrozenReports",
            "it.perfmon.report.service.IndicatorEvaluator",
            "it.perfmon.report.service.LiveDifferences",
            "it.perfmon.report.service.ReportService",
            "it.perfmon.rollover.service.Rollover",
            "it.perfmon.values.service.IndicatorValueService");

    private static final DescribedPredicate<JavaClass> NOT_YET_FIXED = DescribedPredicate.describe(
            "services not yet fixed (removed at merge)", c -> SERVICES_NOT_YET_FIXED.stream()
                    .anyMatch(name -> c.getName().equals(name) || c.getName().startsWith(name + "$")));

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
    void shouldKeepServicesFreeOfRestRecords() {
        noClasses().that().resideInAPackage("..service..").and(not(NOT_YET_FIXED))
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
