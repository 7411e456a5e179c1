package it.perfmon.collection.rest;

import it.perfmon.collection.service.OpenCommand;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OpenCollectionInput")
public record OpenCollectionRequest(
        @NotNull @Schema(required = true, description = "Last day (Europe/Rome) for the structures' parts; not before today",
                example = "2021-07-15") LocalDate deadline,
        @Size(max = 2000) @Schema(nullable = true, maxLength = 2000, description = "Shown to the structures with their list "
                + "and in the reminders", example = "Si chiede di inserire i valori al 30/06/2021 e le valutazioni entro il 15 luglio.")
        String message,
        @Min(0) @Max(60) @Schema(nullable = true, format = "int32", minimum = "0", maximum = "60", example = "3",
                description = "Days before the deadline of the first reminder (0: none before the deadline day); "
                        + "left out, the service's default (perfmon.reminders.lead-days, 3)") Integer leadDays,
        @Min(1) @Max(30) @Schema(nullable = true, format = "int32", minimum = "1", maximum = "30", example = "2",
                description = "Days between two reminders after the deadline, until the part is submitted; left out, "
                        + "the service's default (perfmon.reminders.every-days, 2)") Integer everyDays) {

    OpenCommand toCommand() {
        return new OpenCommand(deadline, message, leadDays, everyDays);
    }
}
