package it.perfmon.report.service;

import it.perfmon.assessment.IndicatorResult;
import it.perfmon.count.CountComponent;
import it.perfmon.indicator.Indicator;
import it.perfmon.phase.Phase;
import it.perfmon.plan.MonitoringPeriod;
import it.perfmon.plan.PeriodKind;
import it.perfmon.report.model.PlanReport;
import it.perfmon.report.model.PlanReport.Assessment;
import it.perfmon.report.model.PlanReport.ReportIndicator;
import it.perfmon.report.model.PlanReport.Suggestion;
import it.perfmon.rules.Achievement;
import it.perfmon.rules.AssessmentStep;
import it.perfmon.rules.AssessmentSuggestion;
import it.perfmon.rules.IndicatorKind;
import it.perfmon.rules.JudgedAgainst;
import it.perfmon.rules.PhaseProgress;
import it.perfmon.rules.ProRata;
import it.perfmon.rules.ReasonFacts;
import it.perfmon.rules.Ratio;
import it.perfmon.rules.SuggestionInput;
import it.perfmon.rules.TimelineValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Computes an indicator's value at a period from its counts or phases, and the assessment the rules suggest. */
public final class IndicatorEvaluator {

    private final int planYear;
    private final LocalDate periodDate;
    private final boolean finalPeriod;

    private IndicatorEvaluator(int planYear, LocalDate periodDate, boolean finalPeriod) {
        this.planYear = planYear;
        this.periodDate = periodDate;
        this.finalPeriod = finalPeriod;
    }

    /** The evaluator of a period; its plan must be loaded. */
    public static IndicatorEvaluator at(MonitoringPeriod period) {
        return new IndicatorEvaluator(period.plan.year, period.referenceDate, period.kind == PeriodKind.FINAL);
    }

    /** The evaluator of a period of a plan of that year. */
    public static IndicatorEvaluator at(int planYear, LocalDate periodDate, PeriodKind kind) {
        return new IndicatorEvaluator(planYear, periodDate, kind == PeriodKind.FINAL);
    }

    public static PhaseProgress progress(Phase p) {
        return new PhaseProgress(p.number, p.weight, p.plannedStart, p.plannedEnd, p.actualEnd, p.partialProgress);
    }

    public record Evaluated(ReportIndicator view, Optional<Achievement> achievement) {
    }

    public Evaluated evaluate(Indicator indicator, IndicatorResult result, Map<CountComponent, BigDecimal> counts,
            List<PhaseProgress> phases) {
        BigDecimal numerator = counts == null ? null : counts.get(CountComponent.NUMERATOR);
        BigDecimal denominator = switch (indicator.kind) {
            case RATIO -> counts == null ? null : counts.get(CountComponent.DENOMINATOR);
            case RATIO_PLANNED -> indicator.plannedQuantity;
            default -> null;
        };
        BigDecimal computed = switch (indicator.kind) {
            case TIMELINE -> phases.isEmpty() ? null : TimelineValue.at(phases, periodDate);
            case RATIO, RATIO_PLANNED -> Ratio.percent(numerator, denominator).orElse(null);
            case DIRECT -> null;
        };
        BigDecimal entered = result == null ? null : result.enteredValue;
        BigDecimal used = entered != null ? entered : computed;
        String source = entered != null ? "ENTERED" : computed != null ? "COMPUTED" : "NONE";
        boolean hasData = switch (indicator.kind) {
            case TIMELINE -> !phases.isEmpty() || entered != null;
            case RATIO, RATIO_PLANNED -> numerator != null || entered != null;
            case DIRECT -> entered != null;
        };
        BigDecimal expected = indicator.kind != IndicatorKind.TIMELINE && indicator.targetValue != null
                && judgedAgainst(indicator) == JudgedAgainst.PRO_RATA
                ? ProRata.expected(indicator.targetValue, planYear, periodDate)
                : null;
        var suggestion = AssessmentSuggestion.suggest(new SuggestionInput(indicator.kind, judgedAgainst(indicator), planYear, periodDate,
                finalPeriod, indicator.targetValue, used, hasData, phases));
        PlanReport.Definition definition = new PlanReport.Definition(indicator.id, indicator.position,
                indicator.description, indicator.kind.name(), indicator.numeratorLabel, indicator.denominatorLabel,
                indicator.plannedQuantity, indicator.planningNote);
        PlanReport.Target target = new PlanReport.Target(indicator.baselineValue, indicator.baselineReference,
                indicator.targetValue, indicator.nextYearsTargetValue, indicator.nextYearsTargetRule,
                indicator.targetRule, expected);
        PlanReport.Value value = new PlanReport.Value(numerator, denominator, computed, entered,
                result == null ? null : result.enteredJustification, used, source);
        ReportIndicator view = new ReportIndicator(definition, target, value, result(result),
                new Suggestion(suggestion.step().code(), suggestion.step().name(), suggestion.step().label(),
                        suggestion.reasonCode(), suggestion.reason(), facts(suggestion.facts())));
        return new Evaluated(view, Achievement.of(used, indicator.targetValue));
    }

    private static PlanReport.ReasonFacts facts(ReasonFacts facts) {
        if (facts == null) {
            return null;
        }
        return new PlanReport.ReasonFacts(facts.date(), facts.value(), facts.target(), facts.expected(),
                facts.yearShare(), facts.threshold(), facts.tolerance(), facts.aheadFactor(), facts.aheadMarginDays(),
                facts.phases() == null ? null : facts.phases().stream()
                        .map(p -> new PlanReport.ReasonPhase(p.number(), p.plannedEnd(), p.actualEnd(), p.daysEarly()))
                        .toList());
    }

    private static JudgedAgainst judgedAgainst(Indicator indicator) {
        return indicator.judgedAgainst != null ? indicator.judgedAgainst : JudgedAgainst.defaultFor(indicator.kind);
    }

    private static PlanReport.Result result(IndicatorResult result) {
        if (result == null) {
            return new PlanReport.Result(null, null, null, null, null, null, null);
        }
        return new PlanReport.Result(result.id, result.version, result.monitoringNote, result.dataSource,
                assessment(result), result.deviationExplanation, result.correctiveActions);
    }

    private static Assessment assessment(IndicatorResult result) {
        if (result.assessmentStep == null) {
            return null;
        }
        AssessmentStep step = AssessmentStep.fromCode(result.assessmentStep);
        return new Assessment(step.code(), step.name(), step.label(), result.assessedBy, result.assessedAt);
    }
}
