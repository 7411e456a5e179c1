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
                description = AssessmentSchema.STEPS + "; absent or null clears it") Integer step,
        @Size(max = 10000) @Schema(maxLength = 10000, description = AssessmentSchema.DEVIATION_EXPLANATION,
                example = AssessmentSchema.DEVIATION_EXPLANATION_EXAMPLE)
        String deviationExplanation,
        @Size(max = 10000) @Schema(maxLength = 10000, description = AssessmentSchema.CORRECTIVE_ACTIONS,
                example = AssessmentSchema.CORRECTIVE_ACTIONS_EXAMPLE)
        String correctiveActions) {

    AssessmentCommand toCommand() {
        return new AssessmentCommand(step, deviationExplanation, correctiveActions);
    }
}
