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
                description = AssessmentSchema.STEPS) Integer assessmentStep,
        @Size(max = 10000) @Schema(maxLength = 10000, description = AssessmentSchema.DEVIATION_EXPLANATION,
                example = AssessmentSchema.DEVIATION_EXPLANATION_EXAMPLE)
        String deviationExplanation,
        @Size(max = 10000) @Schema(maxLength = 10000, description = AssessmentSchema.CORRECTIVE_ACTIONS,
                example = AssessmentSchema.CORRECTIVE_ACTIONS_EXAMPLE)
        String correctiveActions) {

    public ResultCommand toCommand() {
        return new ResultCommand(enteredValue, enteredJustification, monitoringNote, dataSource, assessmentStep,
                deviationExplanation, correctiveActions);
    }
}
