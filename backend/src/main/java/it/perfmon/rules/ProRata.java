package it.perfmon.rules;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Share of a yearly target that should have been reached by a date, assuming an even pace. */
public final class ProRata {

    private ProRata() {
    }

    /** Fraction of the year elapsed, 1 January to the date inclusive: 30/06/2021 → 181/365; 0 before, 1 after. */
    public static BigDecimal expectedShare(int year, LocalDate date) {
        return expected(BigDecimal.ONE, year, date);
    }

    /** The target times {@link #expectedShare}, computed in one division to keep 16 significant digits. */
    public static BigDecimal expected(BigDecimal target, int year, LocalDate date) {
        if (date.getYear() < year) {
            return BigDecimal.ZERO;
        }
        if (date.getYear() > year) {
            return Decimals.plain(target);
        }
        BigDecimal elapsed = target.multiply(BigDecimal.valueOf(date.getDayOfYear()));
        return Decimals.quotient(elapsed, BigDecimal.valueOf(date.lengthOfYear())).orElseThrow();
    }
}
