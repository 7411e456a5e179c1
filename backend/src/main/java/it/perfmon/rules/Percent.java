package it.perfmon.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Italian display of percent values, the only place where they are rounded. */
public final class Percent {

    /** What the Allegato A prints in a cell that has no value. */
    public static final String MISSING = "-";

    private Percent() {
    }

    /** 188.935 → "188,94%", 1234.5 → "1.234,50%", null → "-". */
    public static String display(BigDecimal percent) {
        if (percent == null) {
            return MISSING;
        }
        return FORMAT.get().format(percent.setScale(2, RoundingMode.HALF_UP)) + "%";
    }

    /**
     * One format per thread (DecimalFormat is not thread-safe): building it for every value was a measurable share of
     * the pull API's CPU. Fixed by hand so that exports never depend on the JVM's default locale or its locale data.
     */
    private static final ThreadLocal<DecimalFormat> FORMAT = ThreadLocal.withInitial(() -> {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setDecimalSeparator(',');
        symbols.setGroupingSeparator('.');
        return new DecimalFormat("#,##0.00", symbols);
    });
}
