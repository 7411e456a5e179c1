package it.perfmon.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/** Exact decimal arithmetic shared by the rules. */
final class Decimals {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Decimals() {
    }

    static Optional<BigDecimal> quotient(BigDecimal dividend, BigDecimal divisor) {
        if (divisor == null || divisor.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(plain(dividend.divide(divisor, MathContext.DECIMAL64)));
    }

    /**
     * Drops trailing zeros but never goes below scale 0, so that 100 stays "100" instead of "1E+2"
     * when serialised with {@link BigDecimal#toString()}.
     */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
