package it.perfmon.plan.rest;

import it.perfmon.plan.service.PeriodCommand;
import it.perfmon.plan.PeriodKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Opening and closing a period is an act of its own (issue #6); here only what defines it. */
@Schema(name = "MonitoringPeriodInput")
public record PeriodRequest(
        @NotNull PeriodKind kind,
        @NotNull @Schema(description = "Must fall within the plan's year", example = "2022-06-30") LocalDate referenceDate,
        @NotBlank @Size(max = 255) @Schema(maxLength = 255, example = "Monitoraggio intermedio al 30/06/2022") String label) {

    public PeriodCommand toCommand() {
        return new PeriodCommand(kind, referenceDate, label);
    }
}
