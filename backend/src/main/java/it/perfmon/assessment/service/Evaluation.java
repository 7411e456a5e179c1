package it.perfmon.assessment.service;

import it.perfmon.report.model.PlanReport.Suggestion;
import java.math.BigDecimal;
import java.time.Instant;

/** An indicator's computed value and suggestion at a period; frozenAt is set when they are those frozen at closing. */
public record Evaluation(BigDecimal computedValue, BigDecimal valueUsed, Suggestion suggestion, Instant frozenAt) {
}
