package it.perfmon.rules;

import static it.perfmon.rules.Plan2021.INTERIM;
import static it.perfmon.rules.Plan2021.phase;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineValueTest {

    @Test
    void shouldValueTimelineOfObjective1_7At50() {
        assertEquals(new BigDecimal("50"), TimelineValue.at(Plan2021.timelineOfObjective1_7(), INTERIM));
    }

    @Test
    void shouldValueTimelineOfObjective2_3At5() {
        assertEquals(new BigDecimal("5"), TimelineValue.at(Plan2021.timelineOfObjective2_3(), INTERIM));
    }

    @Test
    void shouldValueTimelineOfObjective1_2At15ThoughTheTableReportsAnEntered30() {
        assertEquals(new BigDecimal("15"), TimelineValue.at(Plan2021.timelineOfObjective1_2(), INTERIM));
    }

    @Test
    void shouldCountPhaseCompletedOnThePeriodDate() {
        List<PhaseProgress> phases = List.of(phase(1, "50", "2021-01-04", "2021-06-30", "2021-06-30"));
        assertEquals(new BigDecimal("50"), TimelineValue.at(phases, INTERIM));
    }

    @Test
    void shouldNotCountPhaseCompletedAfterThePeriodDate() {
        List<PhaseProgress> phases = List.of(phase(1, "50", "2021-01-04", "2021-06-30", "2021-07-01"));
        assertEquals(BigDecimal.ZERO, TimelineValue.at(phases, INTERIM));
    }

    @Test
    void shouldCountPartialProgressOfPhaseUnderWay() {
        List<PhaseProgress> phases = List.of(
                phase(1, "15", "2021-03-01", "2021-04-30", "2021-03-31"),
                phase(2, "20", "2021-01-01", "2021-12-31", null, "50"));
        assertEquals(new BigDecimal("25"), TimelineValue.at(phases, INTERIM));
    }

    @Test
    void shouldCountPartialProgressOfPhaseCompletedOnlyAfterThePeriodDate() {
        List<PhaseProgress> phases = List.of(phase(1, "50", "2021-01-04", "2021-06-30", "2021-07-15", "80"));
        assertEquals(new BigDecimal("40"), TimelineValue.at(phases, INTERIM));
    }

    @Test
    void shouldCountFullWeightOfCompletedPhaseWhateverItsPartialProgress() {
        List<PhaseProgress> phases = List.of(phase(1, "50", "2021-01-04", "2021-06-30", "2021-03-02", "30"));
        assertEquals(new BigDecimal("50"), TimelineValue.at(phases, INTERIM));
    }

    @Test
    void shouldKeepFractionsOfPartialProgressExact() {
        List<PhaseProgress> phases = List.of(phase(4, "45", "2021-09-01", "2021-12-31", null, "33.3"));
        assertEquals(new BigDecimal("14.985"), TimelineValue.at(phases, Plan2021.FINAL));
    }

    @Test
    void shouldCountNothingForCompletedPhaseWithoutWeight() {
        List<PhaseProgress> phases = List.of(
                phase(1, null, "2021-01-04", "2021-06-30", "2021-03-02"),
                phase(2, "50", "2021-01-01", "2021-12-31", "2021-05-31"));
        assertEquals(new BigDecimal("50"), TimelineValue.at(phases, INTERIM));
    }

    @Test
    void shouldCountNothingForPartialProgressOfPhaseWithoutWeight() {
        List<PhaseProgress> phases = List.of(phase(1, null, "2021-01-04", "2021-12-31", null, "60"));
        assertEquals(BigDecimal.ZERO, TimelineValue.at(phases, INTERIM));
    }

    @Test
    void shouldValueEmptyTimelineAtZero() {
        assertEquals(BigDecimal.ZERO, TimelineValue.at(List.of(), INTERIM));
    }

    @Test
    void shouldValueFullyCompletedTimelineAt100WithoutExponent() {
        List<PhaseProgress> phases = List.of(
                phase(1, "50.00", "2021-01-04", "2021-06-30", "2021-03-02"),
                phase(2, "50.00", "2021-01-01", "2021-12-31", "2021-11-30"));
        assertEquals("100", TimelineValue.at(phases, Plan2021.FINAL).toString());
    }
}
