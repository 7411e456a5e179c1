package it.perfmon.phase.rest;

import it.perfmon.phase.Phase;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Phase")
public record PhaseResponse(
        @Schema(format = "int64") long id,
        @Schema(format = "int64") long objectiveId,
        @Schema(format = "int32", example = "1") int number,
        String description,
        @Schema(nullable = true) String output,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        @Schema(nullable = true) String responsible,
        @Schema(nullable = true, format = "decimal128", description = "Weight in the timeline, in percent", example = "50") BigDecimal weight,
        @Schema(nullable = true) LocalDate actualEnd,
        @Schema(nullable = true, format = "decimal128", description = "Progress of a phase under way, in percent") BigDecimal partialProgress,
        @Schema(nullable = true) String monitoringNote,
        @Schema(nullable = true) String dataSource,
        @Schema(format = "int32") int version,
        Instant updatedAt) {

    public static PhaseResponse of(Phase p) {
        return new PhaseResponse(p.id, p.objective.id, p.number, p.description, p.output, p.plannedStart, p.plannedEnd,
                p.responsible, p.weight, p.actualEnd, p.partialProgress, p.monitoringNote, p.dataSource, p.version,
                p.updatedAt);
    }
}
