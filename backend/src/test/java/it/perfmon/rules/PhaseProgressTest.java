package it.perfmon.rules;

import static it.perfmon.rules.Plan2021.phase;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PhaseProgressTest {

    private final PhaseProgress guidelinesDecree = phase(1, "50", "2021-01-04", "2021-06-30", "2021-03-02");

    @Test
    void shouldBeCompletedOnTheDayItEnded() {
        assertTrue(guidelinesDecree.completedBy(LocalDate.of(2021, 3, 2)));
    }

    @Test
    void shouldBeCompletedAfterTheDayItEnded() {
        assertTrue(guidelinesDecree.completedBy(Plan2021.INTERIM));
    }

    @Test
    void shouldNotBeCompletedTheDayBeforeItEnded() {
        assertFalse(guidelinesDecree.completedBy(LocalDate.of(2021, 3, 1)));
    }

    @Test
    void shouldNotBeCompletedWithoutActualEnd() {
        assertFalse(phase(2, "50", "2021-01-01", "2021-12-31", null).completedBy(Plan2021.FINAL));
    }

    @Test
    void shouldRequirePlannedStart() {
        assertThrows(NullPointerException.class,
                () -> new PhaseProgress(1, BigDecimal.TEN, null, Plan2021.FINAL, null, null));
    }

    @Test
    void shouldRequirePlannedEnd() {
        assertThrows(NullPointerException.class,
                () -> new PhaseProgress(1, BigDecimal.TEN, Plan2021.INTERIM, null, null, null));
    }
}
