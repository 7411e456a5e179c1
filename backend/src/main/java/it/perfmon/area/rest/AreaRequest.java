package it.perfmon.area.rest;

import it.perfmon.area.service.AreaCommand;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StrategicAreaInput")
public record AreaRequest(
        @NotNull @Min(1) @Max(99) @Schema(format = "int32", minimum = "1", maximum = "99", example = "5") Integer number,
        @NotBlank @Size(max = 500) @Schema(maxLength = 500, example = "Transizione digitale") String title) {

    public AreaCommand toCommand() {
        return new AreaCommand(number, title);
    }
}
