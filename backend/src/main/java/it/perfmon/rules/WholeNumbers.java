package it.perfmon.rules;

import java.math.BigDecimal;

/** Things counted (interviews, applications) come in whole numbers: half an interview is a typing slip, not data. */
public final class WholeNumbers {

    public static final String MESSAGE = "deve essere un numero intero: l'indicatore conta unità intere "
            + "(decimalCounts è false)";

    private WholeNumbers() {
    }

    /** True for 25, 25.0 and 25.000; false for 25.5. */
    public static boolean isWhole(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }
}
