package it.perfmon.rules;

import java.math.BigDecimal;
import java.util.List;

/** A plan's score, raw and capped, with the check of its objectives' weights and the per-objective detail. */
public record PlanScoreResult(BigDecimal score, BigDecimal rawScore, WeightCheck weights,
        List<String> objectivesWithoutWeight, List<ObjectiveScore> objectives) {
}
