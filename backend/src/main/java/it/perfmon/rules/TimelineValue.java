package it.perfmon.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Achieved value of a timeline indicator: how much of the weighted phases was done at a date. */
public final class TimelineValue {

    private TimelineValue() {
    }

    public static BigDecimal at(List<PhaseProgress> phases, LocalDate periodDate) {
        BigDecimal total = BigDecimal.ZERO;
        for (PhaseProgress phase : phases) {
            total = total.add(contribution(phase, periodDate));
        }
        return Decimals.plain(total);
    }

    private static BigDecimal contribution(PhaseProgress phase, LocalDate periodDate) {
        // An unknown weight cannot be guessed; WeightCheck reports it instead.
        if (phase.weight() == null) {
            return BigDecimal.ZERO;
        }
        if (phase.completedBy(periodDate)) {
            return phase.weight();
        }
        if (phase.partialProgress() == null) {
            return BigDecimal.ZERO;
        }
        return phase.weight().multiply(phase.partialProgress()).movePointLeft(2);
    }
}
