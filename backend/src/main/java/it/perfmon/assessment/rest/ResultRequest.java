package it.perfmon.assessment.rest;

import it.perfmon.assessment.service.ResultCommand;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An entered value overriding a computed one needs a justification; a direct value does not. An indicator behind
 * after the save (assessed 4 or 5, or its value below its pro-rata share) needs the deviation's explanation.
 */
@Schema(name = "IndicatorResultInput")
public record ResultRequest(
        @DecimalMin("0") @DecimalMax("1000000") @Digits(integer = 13, fraction = 6)
        @Schema(format = "decimal128", minimum = "0", maximum = "1000000", description = "Percent", example = "30") BigDecimal enteredValue,
        @Size(max = 10000) @Schema(maxLength = 10000) String enteredJustification,
        @Size(max = 10000) @Schema(maxLength = 10000) String monitoringNote,
        @Size(max = 500) @Schema(maxLength = 500, example = "Direzione") String dataSource,
        @Min(1) @Max(5) @Schema(format = "int32", minimum = "1", maximum = "5",
                description = "1 in anticipo, 2 da iniziare – secondo le aspettative, 3 secondo le aspettative, "
                        + "4 da iniziare – in ritardo, 5 in ritardo") Integer assessmentStep,
        @Size(max = 10000) @Schema(maxLength = 10000, description = "Motivazione dello scostamento: required (422) "
                + "when the indicator is behind after the save; blank clears it",
                example = "Avvio rinviato per il ritardo nell'approvazione della convenzione con la Regione")
        String deviationExplanation,
        @Size(max = 10000) @Schema(maxLength = 10000, description = "Interventi correttivi: required to submit the "
                + "structure's part while the indicator is behind; blank clears it",
                example = "Convenzione firmata il 12/07; fase 2 ripianificata entro il 30/09")
        String correctiveActions) {

    public ResultCommand toCommand() {
        return new ResultCommand(enteredValue, enteredJustification, monitoringNote, dataSource, assessmentStep,
                deviationExplanation, correctiveActions);
    }
}
