package it.perfmon.assessment.service;

import it.perfmon.report.model.PlanReport.IndicatorDeviation;
import it.perfmon.report.model.PlanReport.Suggestion;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An indicator's computed value, suggestion and deviation (null when not behind) at a period; frozenAt is set when
 * they are those frozen at closing.
 */
public record Evaluation(BigDecimal computedValue, BigDecimal valueUsed, Suggestion suggestion,
        IndicatorDeviation deviation, Instant frozenAt) {
}
