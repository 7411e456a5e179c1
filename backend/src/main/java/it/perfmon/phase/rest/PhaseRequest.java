package it.perfmon.phase.rest;

import it.perfmon.phase.service.PhaseCommand;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The definition of a phase, set by plan administrators; its progress has a request of its own. */
@Schema(name = "PhaseInput")
public record PhaseRequest(
        @NotNull @Min(1) @Max(99) @Schema(format = "int32", minimum = "1", maximum = "99", example = "3") Integer number,
        @NotBlank @Size(max = 2000) @Schema(maxLength = 2000) String description,
        @Size(max = 1000) @Schema(maxLength = 1000) String output,
        @NotNull @Schema(example = "2021-01-04") LocalDate plannedStart,
        @NotNull @Schema(example = "2021-06-30") LocalDate plannedEnd,
        @Size(max = 500) @Schema(maxLength = 500, example = "Direzione") String responsible,
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
        @Schema(format = "decimal128", minimum = "0", maximum = "100", example = "50") BigDecimal weight) {

    public PhaseCommand toCommand() {
        return new PhaseCommand(number, description, output, plannedStart, plannedEnd, responsible, weight);
    }
}
