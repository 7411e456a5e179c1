package it.perfmon.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionInputTest {

    @Test
    void shouldRequireTheIndicatorKind() {
        assertThrows(NullPointerException.class, () -> new SuggestionInput(null, null, 2021, Plan2021.INTERIM, false,
                BigDecimal.TEN, BigDecimal.ONE, true, List.of()));
    }

    @Test
    void shouldRequireThePeriodDate() {
        assertThrows(NullPointerException.class, () -> new SuggestionInput(IndicatorKind.RATIO, null, 2021, null, false,
                BigDecimal.TEN, BigDecimal.ONE, true, List.of()));
    }

    @Test
    void shouldRequireAPhaseListEvenIfEmpty() {
        assertThrows(NullPointerException.class, () -> new SuggestionInput(IndicatorKind.RATIO, null, 2021,
                Plan2021.INTERIM, false, BigDecimal.TEN, BigDecimal.ONE, true, null));
    }

    @Test
    void shouldKeepItsOwnCopyOfThePhases() {
        List<PhaseProgress> phases = new ArrayList<>(Plan2021.timelineOfObjective1_7());
        SuggestionInput input = new SuggestionInput(IndicatorKind.TIMELINE, null, 2021, Plan2021.INTERIM, false,
                new BigDecimal("100"), null, false, phases);
        phases.clear();
        assertEquals(Plan2021.timelineOfObjective1_7(), input.phases());
    }
}
