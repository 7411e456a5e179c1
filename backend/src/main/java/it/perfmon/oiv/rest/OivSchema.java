package it.perfmon.oiv.rest;

/** The wording of the OIV's outcomes, shared by the inputs and the answers. */
final class OivSchema {

    static final String REVIEW_OUTCOME = "VERIFIED (verificato), VERIFIED_WITH_OBSERVATIONS (verificato con "
            + "osservazioni), NOT_VERIFIED (non verificato)";
    static final String VALIDATION_OUTCOME = "VALIDATED (validata), VALIDATED_WITH_RESERVATIONS (validata con "
            + "riserva), NOT_VALIDATED (non validata)";

    private OivSchema() {
    }
}
