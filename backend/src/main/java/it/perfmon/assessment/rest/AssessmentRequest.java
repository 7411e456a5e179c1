package it.perfmon.assessment.rest;

import it.perfmon.assessment.service.AssessmentCommand;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The judgment of an indicator in a period; the values and notes of the same record are not touched. */
@Schema(name = "AssessmentInput")
public record AssessmentRequest(
        @Min(1) @Max(5) @Schema(format = "int32", minimum = "1", maximum = "5",
                description = "1 in anticipo, 2 da iniziare – secondo le aspettative, 3 secondo le aspettative, "
                        + "4 da iniziare – in ritardo, 5 in ritardo; absent or null clears it") Integer step,
        @Size(max = 10000) @Schema(maxLength = 10000, description = "Motivazione dello scostamento: required (422) "
                + "when the indicator is behind after the save; blank clears it",
                example = "Avvio rinviato per il ritardo nell'approvazione della convenzione con la Regione")
        String deviationExplanation,
        @Size(max = 10000) @Schema(maxLength = 10000, description = "Interventi correttivi: required to submit the "
                + "structure's part while the indicator is behind; blank clears it",
                example = "Convenzione firmata il 12/07; fase 2 ripianificata entro il 30/09")
        String correctiveActions) {

    AssessmentCommand toCommand() {
        return new AssessmentCommand(step, deviationExplanation, correctiveActions);
    }
}
