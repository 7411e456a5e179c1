package it.perfmon.oiv;

/** The OIV's overall validation of the year's results (of the Relazione sulla performance). */
public enum ValidationOutcome {
    /** Validata. */
    VALIDATED,
    /** Validata con riserva. */
    VALIDATED_WITH_RESERVATIONS,
    /** Non validata. */
    NOT_VALIDATED
}
