package it.perfmon.oiv.rest;

import it.perfmon.oiv.ValidationOutcome;
import it.perfmon.oiv.service.OivReviews;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OivValidation", description = "The OIV's validation of a closed final period")
public record OivValidationResponse(
        @Schema(format = "int64") long periodId,
        @Schema(description = OivSchema.VALIDATION_OUTCOME) ValidationOutcome outcome,
        String reasoning,
        @Schema(example = "oiv.rossi") String validatedBy,
        Instant validatedAt,
        @Schema(format = "int32") int version) {

    static OivValidationResponse of(OivReviews.Validation validation) {
        return new OivValidationResponse(validation.periodId(), validation.outcome(), validation.reasoning(),
                validation.validatedBy(), validation.validatedAt(), validation.version());
    }
}
