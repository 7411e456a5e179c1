package it.perfmon.phase.rest;

import it.perfmon.phase.service.PhaseProgressCommand;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the editors of the responsible structure report about a phase. */
@Schema(name = "PhaseProgressInput")
public record PhaseProgressRequest(
        @Schema(description = "Day the phase was completed; not in the future", example = "2021-03-02") LocalDate actualEnd,
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
        @Schema(format = "decimal128", minimum = "0", maximum = "100", description = "Progress of a phase under way, in percent")
        BigDecimal partialProgress,
        @Size(max = 10000) @Schema(maxLength = 10000) String monitoringNote,
        @Size(max = 500) @Schema(maxLength = 500, example = "Decreto Arti n.63 del 02/03/2021") String dataSource) {

    public PhaseProgressCommand toCommand() {
        return new PhaseProgressCommand(actualEnd, partialProgress, monitoringNote, dataSource);
    }
}
