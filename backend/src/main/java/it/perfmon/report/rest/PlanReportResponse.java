package it.perfmon.report.rest;

import it.perfmon.report.model.PlanReport;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The Allegato A of one plan at one monitoring period as the API shows it: the report model with each indicator flat,
 * its fields in the order clients have always read them.
 */
@Schema(name = "PlanReport")
public record PlanReportResponse(
        ReportPlan plan,
        ReportPeriod period,
        ReportScore score,
        @Schema(description = "Indicators per assessment step, as confirmed by people (step null: not yet assessed)")
        List<AssessmentCount> assessmentSummary,
        @Schema(description = "Human-readable warnings, e.g. weights that do not sum to 100")
        List<String> warnings,
        List<ReportArea> areas,
        @Schema(nullable = true, description = "Set when the period is closed: the report is the one frozen at closing")
        Freeze frozen,
        @Schema(description = "For a closed period, where today's live values differ from the frozen ones; empty otherwise")
        List<LiveDifference> liveDifferences) {

    public static PlanReportResponse of(PlanReport r) {
        return new PlanReportResponse(
                new ReportPlan(r.plan().id(), r.plan().year(), r.plan().title(), r.plan().organisationCode(),
                        r.plan().organisationName()),
                new ReportPeriod(r.period().id(), r.period().kind(), r.period().referenceDate(), r.period().label(),
                        r.period().status()),
                new ReportScore(r.score().value(), r.score().rawValue(), weights(r.score().weights()),
                        r.score().objectivesWithoutWeight()),
                r.assessmentSummary().stream().map(c -> new AssessmentCount(c.step(), c.label(), c.indicators()))
                        .toList(),
                r.warnings(),
                r.areas().stream().map(a -> new ReportArea(a.id(), a.number(), a.title(),
                        a.objectives().stream().map(PlanReportResponse::objective).toList())).toList(),
                r.frozen() == null ? null : new Freeze(r.frozen().closedAt(), r.frozen().closedBy()),
                r.liveDifferences().stream().map(d -> new LiveDifference(d.entityType(), d.entityId(),
                        d.objectiveCode(), d.number(), d.field(), d.frozenValue(), d.liveValue())).toList());
    }

    public static Suggestion suggestion(PlanReport.Suggestion s) {
        PlanReport.ReasonFacts f = s.reasonFacts();
        ReasonFacts facts = f == null ? null : new ReasonFacts(f.date(), f.value(), f.target(), f.expected(),
                f.yearShare(), f.threshold(), f.tolerance(), f.aheadFactor(), f.aheadMarginDays(),
                f.phases() == null ? null : f.phases().stream()
                        .map(p -> new ReasonPhase(p.number(), p.plannedEnd(), p.actualEnd(), p.daysEarly())).toList());
        return new Suggestion(s.step(), s.code(), s.label(), s.reasonCode(), s.reason(), facts);
    }

    private static ReportObjective objective(PlanReport.ReportObjective o) {
        return new ReportObjective(o.id(), o.code(), o.title(), o.weight(), o.notes(),
                new StructureRef(o.responsibleStructure().id(), o.responsibleStructure().code(),
                        o.responsibleStructure().name()),
                o.programmingLink(), o.deadline(), o.timelineNumber(), o.timelineTitle(), o.achievement(),
                o.rawAchievement(), weights(o.phaseWeights()), o.version(),
                o.indicators().stream().map(PlanReportResponse::indicator).toList(),
                o.phases().stream().map(p -> new ReportPhase(p.id(), p.number(), p.description(), p.output(),
                        p.plannedStart(), p.plannedEnd(), p.responsible(), p.weight(), p.actualEnd(),
                        p.partialProgress(), p.monitoringNote(), p.dataSource(), p.status(), p.version())).toList());
    }

    private static ReportIndicator indicator(PlanReport.ReportIndicator i) {
        PlanReport.Definition d = i.definition();
        PlanReport.Target t = i.target();
        PlanReport.Value v = i.value();
        PlanReport.Result r = i.result();
        PlanReport.Assessment a = r.assessment();
        return new ReportIndicator(d.id(), d.position(), d.description(), d.kind(), d.numeratorLabel(),
                d.denominatorLabel(), d.plannedQuantity(), t.baselineValue(), t.baselineReference(), t.targetValue(),
                t.nextYearsTargetValue(), t.nextYearsTargetRule(), d.planningNote(), v.numerator(), v.denominator(),
                v.computedValue(), v.enteredValue(), v.enteredJustification(), v.valueUsed(), v.valueSource(),
                t.expectedValue(), r.monitoringNote(), r.dataSource(),
                a == null ? null : new Assessment(a.step(), a.code(), a.label(), a.assessedBy(), a.assessedAt()),
                suggestion(i.suggestion()), r.resultId(), r.resultVersion(), t.targetRule(), deviation(i.deviation()),
                r.deviationExplanation(), r.correctiveActions());
    }

    public static Deviation deviation(PlanReport.IndicatorDeviation d) {
        return d == null ? null : new Deviation(d.reasons().stream().map(r -> DeviationReason.valueOf(r.name())).toList(),
                d.expectedValue(), d.valueUsed());
    }

    private static WeightSummary weights(PlanReport.WeightSummary w) {
        return w == null ? null : new WeightSummary(w.sum(), w.missing(), w.complete(), w.warning());
    }

    @Schema(name = "ReportFreeze", description = "When and by whom the period was closed")
    public record Freeze(Instant closedAt, @Schema(example = "admin") String closedBy) {
    }

    @Schema(name = "LiveDifference", description = "A value of a closed period's report that is different today")
    public record LiveDifference(
            @Schema(enumeration = {"indicator", "phase"}) String entityType,
            @Schema(format = "int64") long entityId,
            @Schema(example = "1.6") String objectiveCode,
            @Schema(description = "Indicator position or phase number within the objective", format = "int32") int number,
            @Schema(example = "valueUsed") String field,
            @Schema(nullable = true, description = "The value frozen at closing", example = "90.566") String frozenValue,
            @Schema(nullable = true, description = "The value today", example = "91.2") String liveValue) {
    }

    @Schema(name = "ReportPlan")
    public record ReportPlan(
            @Schema(format = "int64") long id,
            @Schema(format = "int32", example = "2021") int year,
            String title,
            String organisationCode,
            String organisationName) {
    }

    @Schema(name = "ReportPeriod")
    public record ReportPeriod(
            @Schema(format = "int64") long id,
            @Schema(enumeration = {"INTERIM", "FINAL"}) String kind,
            LocalDate referenceDate,
            String label,
            @Schema(enumeration = {"OPEN", "CLOSED"}) String status) {
    }

    @Schema(name = "ReportScore", description = "Weighted average of the objectives' achievement, each capped at 100%")
    public record ReportScore(
            @Schema(nullable = true, format = "decimal128", description = "Plan score in percent, null when no objective has a weight") BigDecimal value,
            @Schema(nullable = true, format = "decimal128", description = "The same without the cap at 100% per objective") BigDecimal rawValue,
            WeightSummary weights,
            @Schema(description = "Codes of objectives left out of the score because their weight is missing")
            List<String> objectivesWithoutWeight) {
    }

    @Schema(name = "WeightSummary")
    public record WeightSummary(
            @Schema(format = "decimal128", example = "77") BigDecimal sum,
            @Schema(format = "int32", description = "How many weights are missing", example = "3") int missing,
            @Schema(description = "True when no weight is missing and they sum to exactly 100") boolean complete,
            @Schema(nullable = true, description = "Warning to show when not complete") String warning) {
    }

    @Schema(name = "AssessmentCount")
    public record AssessmentCount(
            @Schema(format = "int32", minimum = "1", maximum = "5", nullable = true) Integer step,
            String label,
            @Schema(format = "int32") int indicators) {
    }

    @Schema(name = "ReportArea")
    public record ReportArea(
            @Schema(format = "int64") long id,
            @Schema(format = "int32") int number,
            String title,
            List<ReportObjective> objectives) {
    }

    @Schema(name = "ReportObjective")
    public record ReportObjective(
            @Schema(format = "int64") long id,
            String code,
            String title,
            @Schema(nullable = true, format = "decimal128", description = "Weight in percent; null when unknown", example = "8") BigDecimal weight,
            @Schema(nullable = true) String notes,
            StructureRef responsibleStructure,
            @Schema(nullable = true) String programmingLink,
            @Schema(nullable = true) LocalDate deadline,
            @Schema(format = "int32", nullable = true) Integer timelineNumber,
            @Schema(nullable = true) String timelineTitle,
            @Schema(nullable = true, format = "decimal128", description = "Mean of the indicators' achievement, capped at 100") BigDecimal achievement,
            @Schema(nullable = true, format = "decimal128") BigDecimal rawAchievement,
            @Schema(nullable = true) WeightSummary phaseWeights,
            @Schema(format = "int32") int version,
            List<ReportIndicator> indicators,
            List<ReportPhase> phases) {
    }

    @Schema(name = "StructureRef")
    public record StructureRef(@Schema(format = "int64") long id, String code, String name) {
    }

    @Schema(name = "ReportIndicator")
    public record ReportIndicator(
            @Schema(format = "int64") long id,
            @Schema(format = "int32") int position,
            String description,
            @Schema(enumeration = {"TIMELINE", "RATIO", "RATIO_PLANNED", "DIRECT"}) String kind,
            @Schema(nullable = true) String numeratorLabel,
            @Schema(nullable = true) String denominatorLabel,
            @Schema(nullable = true, format = "decimal128") BigDecimal plannedQuantity,
            @Schema(nullable = true, format = "decimal128") BigDecimal baselineValue,
            @Schema(nullable = true) String baselineReference,
            @Schema(nullable = true, format = "decimal128") BigDecimal targetValue,
            @Schema(nullable = true, format = "decimal128") BigDecimal nextYearsTargetValue,
            @Schema(nullable = true) String nextYearsTargetRule,
            @Schema(nullable = true) String planningNote,
            @Schema(nullable = true, format = "decimal128", description = "Sum of numerator counts up to the period's date") BigDecimal numerator,
            @Schema(nullable = true, format = "decimal128", description = "Sum of denominator counts, or the planned quantity") BigDecimal denominator,
            @Schema(nullable = true, format = "decimal128", description = "Value computed from counts or phases, in percent, unrounded", example = "188.935")
            BigDecimal computedValue,
            @Schema(nullable = true, format = "decimal128", description = "Value entered by a person, overriding the computed one") BigDecimal enteredValue,
            @Schema(nullable = true) String enteredJustification,
            @Schema(nullable = true, format = "decimal128", description = "The entered value if any, else the computed one") BigDecimal valueUsed,
            @Schema(enumeration = {"COMPUTED", "ENTERED", "NONE"}) String valueSource,
            @Schema(nullable = true, format = "decimal128", description = "Expected value at the period's date (pro-rata of the target)") BigDecimal expectedValue,
            @Schema(nullable = true) String monitoringNote,
            @Schema(nullable = true) String dataSource,
            @Schema(nullable = true) Assessment assessment,
            Suggestion suggestion,
            @Schema(format = "int64", nullable = true, description = "Id of the stored result, null when none") Long resultId,
            @Schema(format = "int32", nullable = true) Integer resultVersion,
            @Schema(nullable = true, example = ">= dato finale anno precedente",
                    description = "The rule targetValue was resolved from when the plan was rolled over") String targetRule,
            @Schema(nullable = true, description = "Why the indicator is behind; null when it is not") Deviation deviation,
            @Schema(nullable = true, description = "Motivazione dello scostamento") String deviationExplanation,
            @Schema(nullable = true, description = "Interventi correttivi") String correctiveActions) {
    }

    @Schema(name = "Deviation", description = "Why an indicator is behind at the period: LATE_STEP when a person "
            + "assessed it 4 (da iniziare – in ritardo) or 5 (in ritardo); BELOW_PRO_RATA when its value, held to the "
            + "pro-rata share of its target, is below that share by more than the suggestion's tolerance (the "
            + "suggestion's own BELOW_PRO_RATA, or BELOW_TARGET at the final period). Its editors must explain it "
            + "(deviationExplanation) to save, and state the corrective actions (correctiveActions) to submit")
    public record Deviation(
            @Schema(description = "One or both, in this order", minItems = 1) List<DeviationReason> reasons,
            @Schema(nullable = true, format = "decimal128", description = "The pro-rata share of the target due by the period's date, for indicators judged against it") BigDecimal expectedValue,
            @Schema(nullable = true, format = "decimal128", description = "The entered value if any, else the computed one") BigDecimal valueUsed) {
    }

    @Schema(name = "DeviationReason")
    public enum DeviationReason {
        LATE_STEP, BELOW_PRO_RATA
    }

    @Schema(name = "ReportAssessment", description = "The valutazione sintetica confirmed by a person")
    public record Assessment(
            @Schema(format = "int32", minimum = "1", maximum = "5") int step,
            String code,
            String label,
            @Schema(nullable = true) String assessedBy,
            @Schema(nullable = true) Instant assessedAt) {
    }

    @Schema(name = "Suggestion", description = "The assessment the rules suggest, with the reason")
    public record Suggestion(
            @Schema(format = "int32", minimum = "1", maximum = "5") int step,
            String code,
            String label,
            @Schema(description = "Stable code of the reason, for clients that state it in another language",
                    example = "BELOW_PRO_RATA") String reasonCode,
            @Schema(description = "The reason in Italian, as the Allegato A prints it") String reason,
            @Schema(nullable = true, description = "The facts the reason states, for clients that say it in their reader's language; null in reports frozen before they were recorded")
            ReasonFacts reasonFacts) {
    }

    @Schema(name = "ReasonFacts", description = "The facts a suggestion's reason states; a field is null unless its reason code uses it. Percentages in percent units, unrounded")
    public record ReasonFacts(
            @Schema(nullable = true, description = "The period's date") LocalDate date,
            @Schema(nullable = true, format = "decimal128", description = "The value judged") BigDecimal value,
            @Schema(nullable = true, format = "decimal128") BigDecimal target,
            @Schema(nullable = true, format = "decimal128", description = "The pro-rata share of the target due by the date") BigDecimal expected,
            @Schema(nullable = true, format = "decimal128", description = "The share of the year gone by the date") BigDecimal yearShare,
            @Schema(nullable = true, format = "decimal128", description = "The reference less the tolerance") BigDecimal threshold,
            @Schema(nullable = true, format = "decimal128") BigDecimal tolerance,
            @Schema(nullable = true, format = "decimal128", description = "How many times the pace counts as ahead") BigDecimal aheadFactor,
            @Schema(nullable = true, format = "int32", description = "How many days before plan a phase must end to count as ahead") Integer aheadMarginDays,
            @Schema(nullable = true, description = "The phases the reason names") List<ReasonPhase> phases) {
    }

    @Schema(name = "ReasonPhase")
    public record ReasonPhase(
            @Schema(format = "int32") int number,
            LocalDate plannedEnd,
            @Schema(nullable = true) LocalDate actualEnd,
            @Schema(nullable = true, format = "int64", description = "Days between the actual and the planned end") Long daysEarly) {
    }

    @Schema(name = "ReportPhase")
    public record ReportPhase(
            @Schema(format = "int64") long id,
            @Schema(format = "int32") int number,
            String description,
            @Schema(nullable = true) String output,
            LocalDate plannedStart,
            LocalDate plannedEnd,
            @Schema(nullable = true) String responsible,
            @Schema(nullable = true, format = "decimal128") BigDecimal weight,
            @Schema(nullable = true) LocalDate actualEnd,
            @Schema(nullable = true, format = "decimal128") BigDecimal partialProgress,
            @Schema(nullable = true) String monitoringNote,
            @Schema(nullable = true) String dataSource,
            @Schema(enumeration = {"COMPLETED", "IN_PROGRESS", "LATE", "NOT_STARTED"}) String status,
            @Schema(format = "int32") int version) {
    }
}
