package it.perfmon.rollover.rest;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NextYearPlanInput")
public record RolloverRequest(
        @Size(max = 500) @Schema(maxLength = 500, description = "Title of the new plan; default 'Piano della performance <year>'",
                example = "Piano della performance 2022") String title) {
}
