package it.perfmon.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProRataTest {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    @Test
    void shouldCountHalfYear2021As181Over365() {
        assertEquals(new BigDecimal("0.4958904109589041"), ProRata.expectedShare(2021, Plan2021.INTERIM));
    }

    @Test
    void shouldCountFirstOfJanuaryAsOneDayElapsed() {
        assertEquals(new BigDecimal("0.00273972602739726"), ProRata.expectedShare(2021, LocalDate.of(2021, 1, 1)));
    }

    @Test
    void shouldCountTheWholeYearOnDecember31() {
        assertEquals(BigDecimal.ONE, ProRata.expectedShare(2021, Plan2021.FINAL));
    }

    @Test
    void shouldDivideByTheLengthOfALeapYear() {
        assertEquals(new BigDecimal("0.4972677595628415"), ProRata.expectedShare(2024, LocalDate.of(2024, 6, 30)));
    }

    @Test
    void shouldCountFebruary29InALeapYear() {
        assertEquals(new BigDecimal("0.1639344262295082"), ProRata.expectedShare(2024, LocalDate.of(2024, 2, 29)));
    }

    @Test
    void shouldReachExactlyHalfOnJuly1OfALeapYear() {
        assertEquals(new BigDecimal("0.5"), ProRata.expectedShare(2024, LocalDate.of(2024, 7, 1)));
    }

    @Test
    void shouldClampShareToZeroBeforeThePlanYear() {
        assertEquals(BigDecimal.ZERO, ProRata.expectedShare(2021, LocalDate.of(2020, 12, 31)));
    }

    @Test
    void shouldClampShareToOneAfterThePlanYear() {
        assertEquals(BigDecimal.ONE, ProRata.expectedShare(2021, LocalDate.of(2022, 1, 31)));
    }

    @Test
    void shouldExpect49Comma59PercentOfA100TargetAtJune30() {
        BigDecimal expected = ProRata.expected(HUNDRED, 2021, Plan2021.INTERIM);
        assertEquals(new BigDecimal("49.58904109589041"), expected);
        assertEquals("49,59%", Percent.display(expected));
    }

    @Test
    void shouldScaleAnyTargetByTheShare() {
        assertEquals(new BigDecimal("33.22465753424658"),
                ProRata.expected(new BigDecimal("67"), 2021, Plan2021.INTERIM));
    }

    @Test
    void shouldExpectTheWholeTargetOnDecember31() {
        assertEquals(HUNDRED, ProRata.expected(HUNDRED, 2021, Plan2021.FINAL));
    }

    @Test
    void shouldExpectNothingBeforeThePlanYear() {
        assertEquals(BigDecimal.ZERO, ProRata.expected(HUNDRED, 2021, LocalDate.of(2020, 12, 31)));
    }

    @Test
    void shouldExpectTheWholeTargetWithoutExponentAfterThePlanYear() {
        assertEquals("100", ProRata.expected(new BigDecimal("100.00"), 2021, LocalDate.of(2022, 1, 15)).toString());
    }
}
