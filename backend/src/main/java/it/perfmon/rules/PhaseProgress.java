package it.perfmon.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One phase of an objective's timeline as the rules see it; weight and partial progress are in percent,
 * a null weight is unknown, a null actual end means not completed.
 */
public record PhaseProgress(int number, BigDecimal weight, LocalDate plannedStart, LocalDate plannedEnd,
        LocalDate actualEnd, BigDecimal partialProgress) {

    public PhaseProgress {
        Objects.requireNonNull(plannedStart, "plannedStart");
        Objects.requireNonNull(plannedEnd, "plannedEnd");
    }

    /** A phase ended after the date was still under way on that date. */
    public boolean completedBy(LocalDate date) {
        return actualEnd != null && !actualEnd.isAfter(date);
    }
}
