package it.perfmon.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** A timeline phase: weight and partial progress in percent, a null weight unknown, a null actual end still open. */
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
