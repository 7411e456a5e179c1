package it.perfmon.rules;

import java.math.BigDecimal;
import java.util.Optional;

/** How much of its target an indicator reached, in percent: raw, and capped at 100 for the plan score. */
public record Achievement(BigDecimal raw, BigDecimal capped) {

    /** Empty when there is no target to measure against; a missing value reached nothing of it. */
    public static Optional<Achievement> of(BigDecimal value, BigDecimal target) {
        return Ratio.percent(value == null ? BigDecimal.ZERO : value, target)
                .map(raw -> new Achievement(raw, raw.min(Decimals.HUNDRED)));
    }
}
