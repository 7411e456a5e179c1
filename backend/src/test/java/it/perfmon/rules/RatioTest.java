package it.perfmon.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RatioTest {

    private static Optional<BigDecimal> percent(long numerator, long denominator) {
        return Ratio.percent(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }

    // Expected values are compared with equals, scale included, to pin the exact unrounded representation.

    @Test
    void shouldComputeRemoteInterviewsRatioAs188935() {
        assertEquals(Optional.of(new BigDecimal("188.935")), percent(37_787, 20_000));
    }

    @Test
    void shouldComputeActivePoliciesRatioTo16SignificantDigits() {
        assertEquals(Optional.of(new BigDecimal("56.00444444444444")), percent(25_202, 45_000));
    }

    @Test
    void shouldComputeApplicationsInstructedRatio() {
        assertEquals(Optional.of(new BigDecimal("90.56603773584906")), percent(96, 106));
    }

    @Test
    void shouldComputeDisabilityApplicationsRatio() {
        assertEquals(Optional.of(new BigDecimal("94.42724458204334")), percent(305, 323));
    }

    @Test
    void shouldComputePreselectionOffersRatio() {
        assertEquals(Optional.of(new BigDecimal("72.75713924690422")), percent(5_758, 7_914));
    }

    @Test
    void shouldComputeCompaniesRatioThatDisplaysAs85Comma39() {
        BigDecimal value = percent(15_609, 18_280).orElseThrow();
        assertEquals(new BigDecimal("85.38840262582057"), value);
        assertEquals("85,39%", Percent.display(value));
    }

    @Test
    void shouldWriteAWholeResultWithoutExponent() {
        assertEquals("100", percent(106, 106).orElseThrow().toString());
    }

    @Test
    void shouldComputeZeroWhenNothingWasCounted() {
        assertEquals(Optional.of(BigDecimal.ZERO), percent(0, 106));
    }

    @Test
    void shouldHaveNoValueWhenNoApplicationWasReceived() {
        assertTrue(percent(0, 0).isEmpty());
    }

    @Test
    void shouldHaveNoValueForZeroDenominatorWrittenWithDecimals() {
        assertTrue(Ratio.percent(BigDecimal.TEN, new BigDecimal("0.00")).isEmpty());
    }

    @Test
    void shouldHaveNoValueWithoutNumerator() {
        assertTrue(Ratio.percent(null, BigDecimal.valueOf(106)).isEmpty());
    }

    @Test
    void shouldHaveNoValueWithoutDenominator() {
        assertTrue(Ratio.percent(BigDecimal.valueOf(96), null).isEmpty());
    }
}
