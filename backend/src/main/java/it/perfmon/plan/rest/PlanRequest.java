package it.perfmon.plan.rest;

import it.perfmon.plan.service.PlanCommand;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PlanInput")
public record PlanRequest(
        @NotNull @Min(2000) @Max(2100) @Schema(format = "int32", minimum = "2000", maximum = "2100", example = "2022") Integer year,
        @NotBlank @Size(max = 500) @Schema(maxLength = 500, example = "Piano della performance 2022") String title) {

    public PlanCommand toCommand() {
        return new PlanCommand(year, title);
    }
}
