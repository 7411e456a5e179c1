package it.perfmon.objective.rest;

import it.perfmon.objective.Objective;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Objective")
public record ObjectiveResponse(
        @Schema(format = "int64") long id,
        @Schema(format = "int64") long planId,
        @Schema(format = "int64") long areaId,
        @Schema(example = "1.5") String code,
        String title,
        @Schema(nullable = true, format = "decimal128", description = "Weight in the plan, in percent; null when unknown", example = "8") BigDecimal weight,
        @Schema(nullable = true) String notes,
        @Schema(format = "int64") long responsibleStructureId,
        @Schema(example = "Direzione") String responsibleStructureName,
        @Schema(nullable = true, example = "Progetto DEFR n. 11") String programmingLink,
        @Schema(nullable = true) LocalDate deadline,
        @Schema(format = "int32", nullable = true, description = "Number of its timeline (ARTI crono N)") Integer timelineNumber,
        @Schema(nullable = true) String timelineTitle,
        @Schema(format = "int32") int version,
        Instant updatedAt) {

    public static ObjectiveResponse of(Objective o) {
        return new ObjectiveResponse(o.id, o.plan.id, o.area.id, o.code, o.title, o.weight, o.notes,
                o.responsibleStructure.id, o.responsibleStructure.displayName(), o.programmingLink, o.deadline,
                o.timelineNumber, o.timelineTitle, o.version, o.updatedAt);
    }
}
