package it.perfmon.rules;

import java.math.BigDecimal;
import java.util.List;

/** Weighted average of the objectives' achievements, the plan's overall score. */
public final class PlanScore {

    private PlanScore() {
    }

    /**
     * Only objectives with both a weight and an achievement count, and the average is over their weights, so that
     * an objective not measured yet neither drags the score down nor inflates it; the score is null when none counts.
     */
    public static PlanScoreResult compute(List<ObjectiveScoreInput> inputs) {
        List<ObjectiveScore> objectives = inputs.stream().map(PlanScore::score).toList();
        BigDecimal weightSum = BigDecimal.ZERO;
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weightedRaw = BigDecimal.ZERO;
        for (ObjectiveScore objective : objectives) {
            if (objective.weight() != null && objective.achievement() != null) {
                weightSum = weightSum.add(objective.weight());
                weighted = weighted.add(objective.weight().multiply(objective.achievement()));
                weightedRaw = weightedRaw.add(objective.weight().multiply(objective.rawAchievement()));
            }
        }
        return new PlanScoreResult(
                Decimals.quotient(weighted, weightSum).orElse(null),
                Decimals.quotient(weightedRaw, weightSum).orElse(null),
                WeightCheck.of(inputs.stream().map(ObjectiveScoreInput::weight).toList()),
                inputs.stream().filter(input -> input.weight() == null).map(ObjectiveScoreInput::code).toList(),
                objectives);
    }

    private static ObjectiveScore score(ObjectiveScoreInput input) {
        BigDecimal count = BigDecimal.valueOf(input.indicators().size());
        BigDecimal capped = input.indicators().stream().map(Achievement::capped)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal raw = input.indicators().stream().map(Achievement::raw)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new ObjectiveScore(input.code(), input.weight(),
                Decimals.quotient(capped, count).orElse(null),
                Decimals.quotient(raw, count).orElse(null));
    }
}
