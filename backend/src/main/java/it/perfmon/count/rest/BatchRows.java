package it.perfmon.count.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.Method;
import java.math.BigDecimal;

/**
 * The constraints of {@link CountBatchRequest} checked by hand. Hibernate Validator over a thousand nested rows
 * costs more than all the other checks of a batch together, so a batch that obeys them is not given to it; one
 * that does not is, and its violations are the answer, exactly as when the validator saw every batch.
 */
final class BatchRows {

    private static final BigDecimal MAX_VALUE = new BigDecimal("1000000000000");

    private BatchRows() {
    }

    /** True when no constraint of the request or of its rows is broken; never true when one is. */
    static boolean obeyConstraints(CountBatchRequest request) {
        if (request.rows() == null || request.rows().isEmpty() || request.rows().size() > 5000) {
            return false;
        }
        for (CountBatchRequest.Row row : request.rows()) {
            if (row == null || row.indicatorId() == null || row.component() == null || row.from() == null
                    || row.to() == null || row.value() == null
                    || row.territorialUnit() != null && row.territorialUnit().length() > 32
                    || row.value().signum() < 0 || row.value().compareTo(MAX_VALUE) > 0 || !digitsFit(row.value())) {
                return false;
            }
        }
        return true;
    }

    /** {@code @Digits(integer = 15, fraction = 4)} as Hibernate Validator reads it: trailing zeros do not count. */
    private static boolean digitsFit(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        int fraction = Math.max(stripped.scale(), 0);
        int integer = stripped.precision() - stripped.scale();
        return integer <= 15 && fraction <= 4;
    }

    /** The batch parameter as the resource declares it, for the validator, which then names fields as it did. */
    static final class Constraints {

        static final Method METHOD;

        static {
            try {
                METHOD = Constraints.class.getDeclaredMethod("batch", CountBatchRequest.class);
            } catch (NoSuchMethodException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        @SuppressWarnings("unused")
        void batch(@Valid @NotNull CountBatchRequest request) {
            // Never called: only its parameter's constraints are read.
        }
    }
}
