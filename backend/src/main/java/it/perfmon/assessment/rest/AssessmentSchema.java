package it.perfmon.assessment.rest;

/**
 * What the contract says of the judgment's fields, which a result's input and an assessment's input both carry: one
 * wording, so that the two descriptions of the same rule cannot drift apart.
 */
final class AssessmentSchema {

    static final String STEPS = "1 in anticipo, 2 da iniziare – secondo le aspettative, 3 secondo le aspettative, "
            + "4 da iniziare – in ritardo, 5 in ritardo";
    static final String DEVIATION_EXPLANATION = "Motivazione dello scostamento: required (422) "
            + "when the indicator is behind after the save; blank clears it";
    static final String DEVIATION_EXPLANATION_EXAMPLE =
            "Avvio rinviato per il ritardo nell'approvazione della convenzione con la Regione";
    static final String CORRECTIVE_ACTIONS = "Interventi correttivi: required to submit the "
            + "structure's part while the indicator is behind; blank clears it";
    static final String CORRECTIVE_ACTIONS_EXAMPLE = "Convenzione firmata il 12/07; fase 2 ripianificata entro il 30/09";

    private AssessmentSchema() {
    }
}
