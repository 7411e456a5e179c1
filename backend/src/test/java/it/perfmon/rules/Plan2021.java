package it.perfmon.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Timelines and dates of the ARTI 2021 plan as the Allegato A reports them at 30/06/2021. */
final class Plan2021 {

    static final int YEAR = 2021;
    static final LocalDate INTERIM = LocalDate.of(2021, 6, 30);
    static final LocalDate FINAL = LocalDate.of(2021, 12, 31);

    private Plan2021() {
    }

    static PhaseProgress phase(int number, String weight, String plannedStart, String plannedEnd, String actualEnd) {
        return phase(number, weight, plannedStart, plannedEnd, actualEnd, null);
    }

    static PhaseProgress phase(int number, String weight, String plannedStart, String plannedEnd, String actualEnd,
            String partialProgress) {
        return new PhaseProgress(number, decimal(weight), LocalDate.parse(plannedStart), LocalDate.parse(plannedEnd),
                actualEnd == null ? null : LocalDate.parse(actualEnd), decimal(partialProgress));
    }

    static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    /** ARTI crono 2: the job fair, phase 1 closed a month early. */
    static List<PhaseProgress> timelineOfObjective1_2() {
        return List.of(
                phase(1, "15", "2021-03-01", "2021-04-30", "2021-03-31"),
                phase(2, "20", "2021-01-01", "2021-12-31", null),
                phase(3, "20", "2021-05-01", "2021-12-31", null),
                phase(4, "45", "2021-09-01", "2021-12-31", null));
    }

    /** ARTI crono 6: guidelines, phase 1 closed four months early. */
    static List<PhaseProgress> timelineOfObjective1_7() {
        return List.of(
                phase(1, "50", "2021-01-04", "2021-06-30", "2021-03-02"),
                phase(2, "50", "2021-01-01", "2021-12-31", null));
    }

    /** ARTI crono 7: prison farms, phase 1 blocked past its planned end. */
    static List<PhaseProgress> timelineOfObjective2_2() {
        return List.of(
                phase(1, "45", "2021-01-04", "2021-04-30", null),
                phase(2, "55", "2021-05-01", "2021-12-31", null));
    }

    /** ARTI crono 8: skills validation, phase 2 closed four weeks early. */
    static List<PhaseProgress> timelineOfObjective2_3() {
        return List.of(
                phase(1, "10", "2021-01-04", "2021-12-31", null),
                phase(2, "5", "2021-02-01", "2021-03-31", "2021-03-03"),
                phase(3, "75", "2021-01-04", "2021-12-31", null),
                phase(4, "10", "2021-09-01", "2021-12-31", null));
    }
}
