package it.perfmon.seed;

import it.perfmon.count.CountComponent;
import it.perfmon.plan.PeriodKind;
import it.perfmon.rules.IndicatorKind;
import it.perfmon.rules.JudgedAgainst;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The shape of a default data set file (src/main/resources/seed/*.json), transcribed from an Allegato A. */
record SeedFixture(SeedOrganisation organisation, List<SeedStructure> structures, List<SeedUnit> territorialUnits,
        SeedPlan plan) {

    record SeedOrganisation(String code, String name) {
    }

    record SeedStructure(String code, String name, String shortName) {
    }

    record SeedUnit(String code, String name) {
    }

    record SeedPlan(int year, String title, List<SeedPeriod> periods, List<SeedArea> areas) {
    }

    record SeedPeriod(PeriodKind kind, LocalDate referenceDate, String label) {
    }

    record SeedArea(int number, String title, List<SeedObjective> objectives) {
    }

    record SeedObjective(String code, String title, BigDecimal weight, String notes, String responsibleStructure,
            String programmingLink, LocalDate deadline, Integer timelineNumber, String timelineTitle,
            List<SeedIndicator> indicators, List<SeedPhase> phases) {
    }

    record SeedIndicator(String description, IndicatorKind kind, JudgedAgainst judgedAgainst, String numeratorLabel, String denominatorLabel,
            BigDecimal plannedQuantity, BigDecimal baselineValue, String baselineReference, BigDecimal targetValue,
            BigDecimal nextYearsTargetValue, String nextYearsTargetRule, String planningNote,
            SeedResult interimResult, List<SeedCount> counts) {
    }

    record SeedResult(BigDecimal enteredValue, String enteredJustification, String monitoringNote, String dataSource,
            Integer assessment) {
    }

    record SeedCount(CountComponent component, LocalDate from, LocalDate to, BigDecimal value) {
    }

    record SeedPhase(int number, String description, String output, LocalDate plannedStart, LocalDate plannedEnd,
            String responsible, BigDecimal weight, LocalDate actualEnd, BigDecimal partialProgress,
            String monitoringNote, String dataSource) {
    }
}
