package it.perfmon.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanScoreTest {

    private static Achievement achievement(String raw) {
        BigDecimal value = new BigDecimal(raw);
        return new Achievement(value, value.min(new BigDecimal("100")));
    }

    private static ObjectiveScoreInput objective(String code, String weight, String... achievements) {
        return new ObjectiveScoreInput(code, Plan2021.decimal(weight),
                Arrays.stream(achievements).map(PlanScoreTest::achievement).toList());
    }

    /** The objectives of the 2021 plan that have both a target and a value at 30/06/2021, plus 1.5 without weight. */
    private static List<ObjectiveScoreInput> interim2021() {
        return List.of(
                objective("1.5", null, "188.935"),
                objective("1.6", "4", "90.56603773584906"),
                objective("1.7", "8", "50"),
                objective("2.1", "5", "94.42724458204334"),
                objective("3.2", "6", "110.2380897680367"));
    }

    @Test
    void shouldScoreThe2021InterimObjectivesAt79Comma76() {
        assertEquals("79,76%", Percent.display(PlanScore.compute(interim2021()).score()));
    }

    @Test
    void shouldScoreThe2021InterimObjectivesUncappedAt82Comma43() {
        assertEquals("82,43%", Percent.display(PlanScore.compute(interim2021()).rawScore()));
    }

    @Test
    void shouldWeighObjectivesByTheirPlanWeight() {
        PlanScoreResult result = PlanScore.compute(List.of(objective("1.7", "8", "50"), objective("1.6", "4", "80")));
        assertEquals(new BigDecimal("60"), result.score());
    }

    @Test
    void shouldCapOverachievementInTheScore() {
        PlanScoreResult result = PlanScore.compute(
                List.of(objective("1.5", "5", "188.935"), objective("1.7", "5", "50")));
        assertEquals(new BigDecimal("75"), result.score());
    }

    @Test
    void shouldKeepOverachievementInTheRawScore() {
        PlanScoreResult result = PlanScore.compute(
                List.of(objective("1.5", "5", "188.935"), objective("1.7", "5", "50")));
        assertEquals(new BigDecimal("119.4675"), result.rawScore());
    }

    @Test
    void shouldAverageTheCappedAchievementsOfAnObjectivesIndicators() {
        ObjectiveScore score = PlanScore.compute(List.of(objective("1.5", "8", "40", "188.935"))).objectives().get(0);
        assertEquals(new BigDecimal("70"), score.achievement());
    }

    @Test
    void shouldAverageTheRawAchievementsOfAnObjectivesIndicators() {
        ObjectiveScore score = PlanScore.compute(List.of(objective("1.5", "8", "40", "188.935"))).objectives().get(0);
        assertEquals(new BigDecimal("114.4675"), score.rawAchievement());
    }

    @Test
    void shouldLeaveObjectivesWithoutWeightOutOfTheScore() {
        PlanScoreResult result = PlanScore.compute(List.of(objective("1.7", "8", "50"), objective("1.5", null, "100")));
        assertEquals(new BigDecimal("50"), result.score());
    }

    @Test
    void shouldListObjectivesWithoutWeightInPlanOrder() {
        List<ObjectiveScoreInput> plan = List.of(objective("1.4", null, "28"), objective("1.5", null, "70"),
                objective("1.6", "4", "90"), objective("4.4", null, "50"));
        assertEquals(List.of("1.4", "1.5", "4.4"), PlanScore.compute(plan).objectivesWithoutWeight());
    }

    @Test
    void shouldLeaveObjectivesWithoutAchievementOutOfTheScoreInsteadOfCountingZero() {
        PlanScoreResult result = PlanScore.compute(List.of(objective("1.7", "8", "50"), objective("4.1", "8")));
        assertEquals(new BigDecimal("50"), result.score());
    }

    @Test
    void shouldGiveNoAchievementToAnObjectiveWithoutIndicatorAchievements() {
        ObjectiveScore score = PlanScore.compute(List.of(objective("4.1", "8"))).objectives().get(0);
        assertEquals(new ObjectiveScore("4.1", new BigDecimal("8"), null, null), score);
    }

    @Test
    void shouldHaveNoScoreWhenNoObjectiveHasAWeight() {
        PlanScoreResult result = PlanScore.compute(List.of(objective("1.5", null, "100")));
        assertNull(result.score());
        assertNull(result.rawScore());
    }

    @Test
    void shouldHaveNoScoreWhenNoWeightedObjectiveHasAnAchievement() {
        assertNull(PlanScore.compute(List.of(objective("4.1", "8"), objective("1.5", null, "100"))).score());
    }

    @Test
    void shouldHaveNoScoreWhenTheCountingWeightsAreZero() {
        assertNull(PlanScore.compute(List.of(objective("1.7", "0", "50"))).score());
    }

    @Test
    void shouldHaveNoScoreForAnEmptyPlan() {
        PlanScoreResult result = PlanScore.compute(List.of());
        assertEquals(new PlanScoreResult(null, null, new WeightCheck(BigDecimal.ZERO, 0, false), List.of(), List.of()),
                result);
    }

    @Test
    void shouldWarnThatThe2021PlanWeightsSumTo77WithThreeMissing() {
        List<ObjectiveScoreInput> plan = new ArrayList<>();
        List<BigDecimal> weights = WeightCheckTest.objectiveWeights2021();
        for (int i = 0; i < weights.size(); i++) {
            plan.add(new ObjectiveScoreInput("objective " + i, weights.get(i), List.of()));
        }
        assertEquals(Optional.of("La somma dei pesi è 77,00% (3 pesi mancanti): dovrebbe essere 100%"),
                PlanScore.compute(plan).weights().warning());
    }

    @Test
    void shouldCheckTheWeightsOfObjectivesWithoutAchievementToo() {
        PlanScoreResult result = PlanScore.compute(List.of(objective("1.7", "92", "50"), objective("4.1", "8")));
        assertEquals(new WeightCheck(new BigDecimal("100"), 0, true), result.weights());
    }

    @Test
    void shouldReportEveryObjectiveInPlanOrder() {
        List<ObjectiveScore> objectives = PlanScore.compute(interim2021()).objectives();
        assertEquals(List.of("1.5", "1.6", "1.7", "2.1", "3.2"),
                objectives.stream().map(ObjectiveScore::code).toList());
    }
}
