package it.perfmon.oiv.rest;

import it.perfmon.oiv.ValidationOutcome;
import it.perfmon.oiv.service.OivWork;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OivValidationInput", description = "The OIV's validation of a closed final period")
public record OivValidationRequest(
        @NotNull @Schema(description = OivSchema.VALIDATION_OUTCOME) ValidationOutcome outcome,
        @NotBlank @Size(max = 10000) @Schema(maxLength = 10000, description = "Why the OIV validates "
                + "(or not) the results of the year",
                example = "I risultati sono coerenti con gli elementi probativi; per l'obiettivo 1.5 si rinvia alle osservazioni.")
        String reasoning) {

    OivWork.ValidationCommand toCommand() {
        return new OivWork.ValidationCommand(outcome, reasoning);
    }
}
