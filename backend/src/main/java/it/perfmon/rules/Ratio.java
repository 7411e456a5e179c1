package it.perfmon.rules;

import java.math.BigDecimal;
import java.util.Optional;

/** Value of a ratio indicator: numerator over denominator, in percent. */
public final class Ratio {

    private Ratio() {
    }

    /** 37787 / 20000 → 188.935; empty when either count is missing or the denominator is zero. */
    public static Optional<BigDecimal> percent(BigDecimal numerator, BigDecimal denominator) {
        if (numerator == null) {
            return Optional.empty();
        }
        return Decimals.quotient(numerator.multiply(Decimals.HUNDRED), denominator);
    }
}
