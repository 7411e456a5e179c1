package it.perfmon.report.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import it.perfmon.rules.Deviation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The Allegato A of one plan at one monitoring period: areas, objectives, indicators with values, phases. Its JSON is
 * the format of the snapshots frozen at closing, so a component is renamed or removed only with a migration.
 */
public record PlanReport(
        ReportPlan plan,
        ReportPeriod period,
        ReportScore score,
        List<AssessmentCount> assessmentSummary,
        List<String> warnings,
        List<ReportArea> areas,
        Freeze frozen,
        List<LiveDifference> liveDifferences) {

    /** The same report for another period header (the frozen one keeps the status it had when taken). */
    public PlanReport withPeriod(ReportPeriod newPeriod) {
        return new PlanReport(plan, newPeriod, score, assessmentSummary, warnings, areas, frozen, liveDifferences);
    }

    public PlanReport frozenAt(Freeze freeze, List<LiveDifference> differences) {
        return new PlanReport(plan, period, score, assessmentSummary, warnings, areas, freeze, List.copyOf(differences));
    }

    public record Freeze(Instant closedAt, String closedBy) {
    }

    public record LiveDifference(String entityType, long entityId, String objectiveCode, int number, String field,
            String frozenValue, String liveValue) {
    }

    public record ReportPlan(long id, int year, String title, String organisationCode, String organisationName) {
    }

    public record ReportPeriod(long id, String kind, LocalDate referenceDate, String label, String status) {
    }

    public record ReportScore(BigDecimal value, BigDecimal rawValue, WeightSummary weights,
            List<String> objectivesWithoutWeight) {
    }

    public record WeightSummary(BigDecimal sum, int missing, boolean complete, String warning) {
    }

    public record AssessmentCount(Integer step, String label, int indicators) {
    }

    public record ReportArea(long id, int number, String title, List<ReportObjective> objectives) {
    }

    public record ReportObjective(
            long id,
            String code,
            String title,
            BigDecimal weight,
            String notes,
            StructureRef responsibleStructure,
            String programmingLink,
            LocalDate deadline,
            Integer timelineNumber,
            String timelineTitle,
            BigDecimal achievement,
            BigDecimal rawAchievement,
            WeightSummary phaseWeights,
            int version,
            List<ReportIndicator> indicators,
            List<ReportPhase> phases) {
    }

    public record StructureRef(long id, String code, String name) {
    }

    /**
     * An indicator at the period, in named parts. The parts are unwrapped in JSON so that a snapshot keeps the flat
     * shape it has always had: the names of the parts' components are the snapshot's field names.
     */
    public record ReportIndicator(
            @JsonUnwrapped Definition definition,
            @JsonUnwrapped Target target,
            @JsonUnwrapped Value value,
            @JsonUnwrapped Result result,
            Suggestion suggestion) {

        // Shortcuts to what most readers of a report take from an indicator: its id and its figures.

        public long id() {
            return definition.id();
        }

        public BigDecimal numerator() {
            return value.numerator();
        }

        public BigDecimal denominator() {
            return value.denominator();
        }

        public BigDecimal computedValue() {
            return value.computedValue();
        }

        public BigDecimal valueUsed() {
            return value.valueUsed();
        }

        /**
         * Why the indicator is behind, or null when it is not. Derived from the confirmed step and the suggestion,
         * never stored, so a snapshot frozen before deviations were required still tells it.
         */
        @JsonIgnore
        public IndicatorDeviation deviation() {
            Integer step = result.assessment() == null ? null : result.assessment().step();
            List<Deviation.Reason> reasons = Deviation.reasons(step, target.expectedValue() != null,
                    suggestion == null ? null : suggestion.reasonCode());
            return reasons.isEmpty() ? null : new IndicatorDeviation(reasons, step, target.expectedValue(),
                    value.valueUsed());
        }
    }

    /** Why an indicator is behind at the period: its late step, its value below its pro-rata share, or both. */
    public record IndicatorDeviation(List<Deviation.Reason> reasons, Integer step, BigDecimal expectedValue,
            BigDecimal valueUsed) {

        /** In Italian, as problems and reminders state it. */
        public String describe() {
            return Deviation.describe(reasons, step, expectedValue, valueUsed);
        }
    }

    /** What the indicator is, as planned. */
    public record Definition(
            long id,
            int position,
            String description,
            String kind,
            String numeratorLabel,
            String denominatorLabel,
            BigDecimal plannedQuantity,
            String planningNote) {
    }

    /**
     * What the value is judged against: the baseline, the year's target (with the rule it was resolved from at
     * roll-over), the next years' target, and the share of the target due by the period's date.
     */
    public record Target(
            BigDecimal baselineValue,
            String baselineReference,
            BigDecimal targetValue,
            BigDecimal nextYearsTargetValue,
            String nextYearsTargetRule,
            String targetRule,
            BigDecimal expectedValue) {
    }

    /** The value at the period: computed from counts or phases, entered by a person, and the one used. */
    public record Value(
            BigDecimal numerator,
            BigDecimal denominator,
            BigDecimal computedValue,
            BigDecimal enteredValue,
            String enteredJustification,
            BigDecimal valueUsed,
            String valueSource) {
    }

    /**
     * What people reported for the period; all null when nothing is stored. The deviation's explanation and
     * corrective actions are null too in snapshots frozen before they were kept.
     */
    public record Result(
            Long resultId,
            Integer resultVersion,
            String monitoringNote,
            String dataSource,
            Assessment assessment,
            String deviationExplanation,
            String correctiveActions) {
    }

    /** The valutazione sintetica confirmed by a person. */
    public record Assessment(int step, String code, String label, String assessedBy, Instant assessedAt) {
    }

    /** The assessment the rules suggest, with the reason; facts are null in reports frozen before they were kept. */
    public record Suggestion(int step, String code, String label, String reasonCode, String reason,
            ReasonFacts reasonFacts) {
    }

    public record ReasonFacts(
            LocalDate date,
            BigDecimal value,
            BigDecimal target,
            BigDecimal expected,
            BigDecimal yearShare,
            BigDecimal threshold,
            BigDecimal tolerance,
            BigDecimal aheadFactor,
            Integer aheadMarginDays,
            List<ReasonPhase> phases) {
    }

    public record ReasonPhase(int number, LocalDate plannedEnd, LocalDate actualEnd, Long daysEarly) {
    }

    public record ReportPhase(
            long id,
            int number,
            String description,
            String output,
            LocalDate plannedStart,
            LocalDate plannedEnd,
            String responsible,
            BigDecimal weight,
            LocalDate actualEnd,
            BigDecimal partialProgress,
            String monitoringNote,
            String dataSource,
            String status,
            int version) {
    }
}
