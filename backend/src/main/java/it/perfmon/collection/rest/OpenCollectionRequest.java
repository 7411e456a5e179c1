package it.perfmon.collection.rest;

import it.perfmon.collection.service.OpenCommand;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OpenCollectionInput")
public record OpenCollectionRequest(
        @NotNull @Schema(required = true, description = "Last day (Europe/Rome) for the structures' parts; not before today",
                example = "2021-07-15") LocalDate deadline,
        @Size(max = 2000) @Schema(nullable = true, maxLength = 2000, description = "Shown to the structures with their list",
                example = "Si chiede di inserire i valori al 30/06/2021 e le valutazioni entro il 15 luglio.") String message) {

    OpenCommand toCommand() {
        return new OpenCommand(deadline, message);
    }
}
