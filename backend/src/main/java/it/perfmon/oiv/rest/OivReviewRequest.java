package it.perfmon.oiv.rest;

import it.perfmon.oiv.ReviewOutcome;
import it.perfmon.oiv.service.OivWork;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OivReviewInput", description = "The OIV's check of an objective in a period")
public record OivReviewRequest(
        @NotNull @Schema(description = OivSchema.REVIEW_OUTCOME) ReviewOutcome outcome,
        @Size(max = 10000) @Schema(maxLength = 10000, nullable = true, description = "What the OIV observed; required "
                + "(422 naming observations) unless the outcome is VERIFIED",
                example = "Il valore di 56,00% è documentato dall'estrazione allegata; manca la firma del dirigente.")
        String observations) {

    OivWork.ReviewCommand toCommand() {
        return new OivWork.ReviewCommand(outcome, observations);
    }
}
