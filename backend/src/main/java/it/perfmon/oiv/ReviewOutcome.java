package it.perfmon.oiv;

/** The OIV's check of an objective's reported figures against their evidence. */
public enum ReviewOutcome {
    /** Verificato. */
    VERIFIED,
    /** Verificato con osservazioni. */
    VERIFIED_WITH_OBSERVATIONS,
    /** Non verificato. */
    NOT_VERIFIED;

    /** Anything short of a plain check must say what the OIV saw. */
    public boolean needsObservations() {
        return this != VERIFIED;
    }
}
