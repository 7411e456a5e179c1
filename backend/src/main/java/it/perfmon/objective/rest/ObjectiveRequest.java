package it.perfmon.objective.rest;

import it.perfmon.objective.service.ObjectiveCommand;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ObjectiveInput")
public record ObjectiveRequest(
        @NotNull @Schema(format = "int64", description = "Strategic area of the same plan") Long areaId,
        @NotBlank @Size(max = 16) @Pattern(regexp = "[0-9A-Za-z]+(\\.[0-9A-Za-z]+)*", message = "formato atteso: 1.2")
        @Schema(maxLength = 16, pattern = "^[0-9A-Za-z]+(\\.[0-9A-Za-z]+)*$", example = "1.8") String code,
        @NotBlank @Size(max = 1000) @Schema(maxLength = 1000) String title,
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
        @Schema(format = "decimal128", minimum = "0", maximum = "100", description = "Percent; null when not yet decided", example = "5")
        BigDecimal weight,
        @Size(max = 10000) @Schema(maxLength = 10000) String notes,
        @NotNull @Schema(format = "int64", description = "Responsible structure (responsabile attuazione)") Long responsibleStructureId,
        @Size(max = 500) @Schema(maxLength = 500, example = "Progetto DEFR n. 11") String programmingLink,
        LocalDate deadline,
        @Min(1) @Max(999) @Schema(format = "int32", minimum = "1", maximum = "999", nullable = true) Integer timelineNumber,
        @Size(max = 1000) @Schema(maxLength = 1000) String timelineTitle) {

    public ObjectiveCommand toCommand() {
        return new ObjectiveCommand(areaId, code, title, weight, notes, responsibleStructureId, programmingLink, deadline,
                timelineNumber, timelineTitle);
    }
}
