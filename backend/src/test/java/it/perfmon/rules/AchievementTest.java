package it.perfmon.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AchievementTest {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    @Test
    void shouldMeasureApplicationsInstructedAgainstTheirTarget() {
        BigDecimal value = new BigDecimal("90.56603773584906");
        assertEquals(Optional.of(new Achievement(value, value)), Achievement.of(value, HUNDRED));
    }

    @Test
    void shouldCapRemoteInterviewsAt100() {
        assertEquals(Optional.of(new Achievement(new BigDecimal("188.935"), HUNDRED)),
                Achievement.of(new BigDecimal("188.935"), HUNDRED));
    }

    /** Objective 3.2 at 30/06/2021: 72,76% against a 66% target. */
    private static Achievement preselectionOffers() {
        return Achievement.of(new BigDecimal("72.75713924690422"), new BigDecimal("66")).orElseThrow();
    }

    @Test
    void shouldKeepTheRawAchievementOfPreselectionOffersAboveTheirTarget() {
        Achievement achievement = preselectionOffers();
        assertEquals(new BigDecimal("110.2380897680367"), achievement.raw());
    }

    @Test
    void shouldCapThePreselectionOffersAt100() {
        Achievement achievement = preselectionOffers();
        assertEquals("100", achievement.capped().toString());
    }

    @Test
    void shouldCountAValueEqualToTheTargetAs100() {
        assertEquals(Optional.of(new Achievement(HUNDRED, HUNDRED)),
                Achievement.of(new BigDecimal("67.00"), new BigDecimal("67")));
    }

    @Test
    void shouldCountAMissingValueAsNothingAchieved() {
        assertEquals(Optional.of(new Achievement(BigDecimal.ZERO, BigDecimal.ZERO)), Achievement.of(null, HUNDRED));
    }

    @Test
    void shouldHaveNoAchievementWithoutTarget() {
        assertTrue(Achievement.of(new BigDecimal("50"), null).isEmpty());
    }

    @Test
    void shouldHaveNoAchievementAgainstAZeroTarget() {
        assertTrue(Achievement.of(new BigDecimal("50"), BigDecimal.ZERO).isEmpty());
    }
}
