package it.perfmon.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WeightCheckTest {

    /** Objective weights as the 2021 table exports them: merged cells lost those of 1.4, 1.5 and 4.4. */
    static List<BigDecimal> objectiveWeights2021() {
        return weights("6", "8", "8", null, null, "4", "8", "5", "4", "5", "8", "6", "8", "7", null);
    }

    static List<BigDecimal> weights(String... values) {
        return Arrays.stream(values).map(Plan2021::decimal).toList();
    }

    @Test
    void shouldSumTheKnownWeightsOfThe2021PlanTo77() {
        assertEquals(new BigDecimal("77"), WeightCheck.of(objectiveWeights2021()).sum());
    }

    @Test
    void shouldCountTheThreeMissingWeightsOfThe2021Plan() {
        assertEquals(3, WeightCheck.of(objectiveWeights2021()).missing());
    }

    @Test
    void shouldNotBeCompleteWithMissingWeights() {
        assertFalse(WeightCheck.of(objectiveWeights2021()).complete());
    }

    @Test
    void shouldWarnAboutThe2021PlanInItalian() {
        assertEquals(Optional.of("La somma dei pesi è 77,00% (3 pesi mancanti): dovrebbe essere 100%"),
                WeightCheck.of(objectiveWeights2021()).warning());
    }

    @Test
    void shouldBeCompleteForPhasesOfObjective1_2SummingTo100() {
        assertTrue(WeightCheck.of(weights("15", "20", "20", "45")).complete());
    }

    @Test
    void shouldNotWarnWhenComplete() {
        assertEquals(Optional.empty(), WeightCheck.of(weights("15", "20", "20", "45")).warning());
    }

    @Test
    void shouldBeCompleteWhenDecimalsSumTo100WithADifferentScale() {
        assertTrue(WeightCheck.of(weights("33.33", "33.33", "33.34")).complete());
    }

    @Test
    void shouldWarnWhenSumIsJustBelow100() {
        assertEquals(Optional.of("La somma dei pesi è 99,99%: dovrebbe essere 100%"),
                WeightCheck.of(weights("33.33", "33.33", "33.33")).warning());
    }

    @Test
    void shouldWarnWhenSumExceeds100() {
        assertEquals(Optional.of("La somma dei pesi è 110,00%: dovrebbe essere 100%"),
                WeightCheck.of(weights("60", "50")).warning());
    }

    @Test
    void shouldUseTheSingularForOneMissingWeight() {
        assertEquals(Optional.of("La somma dei pesi è 50,00% (1 peso mancante): dovrebbe essere 100%"),
                WeightCheck.of(weights("50", null)).warning());
    }

    @Test
    void shouldNotBeCompleteWhenTheKnownWeightsSum100ButOneIsMissing() {
        assertFalse(WeightCheck.of(weights("15", "20", "20", "45", null)).complete());
    }

    @Test
    void shouldWarnAboutTheMissingWeightWhenTheKnownOnesSum100() {
        assertEquals(Optional.of("La somma dei pesi è 100,00% ma manca 1 peso"),
                WeightCheck.of(weights("15", "20", "20", "45", null)).warning());
    }

    @Test
    void shouldWarnAboutSeveralMissingWeightsWhenTheKnownOnesSum100() {
        assertEquals(Optional.of("La somma dei pesi è 100,00% ma mancano 2 pesi"),
                WeightCheck.of(weights("50", "50", null, null)).warning());
    }

    @Test
    void shouldSumNoWeightsToZero() {
        assertEquals(new WeightCheck(BigDecimal.ZERO, 0, false), WeightCheck.of(List.of()));
    }

    @Test
    void shouldWarnAboutAnEmptyList() {
        assertEquals(Optional.of("La somma dei pesi è 0,00%: dovrebbe essere 100%"),
                WeightCheck.of(List.of()).warning());
    }

    @Test
    void shouldSumToZeroWhenEveryWeightIsMissing() {
        assertEquals(new WeightCheck(BigDecimal.ZERO, 2, false), WeightCheck.of(weights(null, null)));
    }

    @Test
    void shouldWriteASumOf100WithoutExponent() {
        assertEquals("100", WeightCheck.of(weights("50.0", "50.0")).sum().toString());
    }
}
