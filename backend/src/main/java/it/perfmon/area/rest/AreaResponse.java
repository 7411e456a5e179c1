package it.perfmon.area.rest;

import it.perfmon.area.StrategicArea;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StrategicArea")
public record AreaResponse(
        @Schema(format = "int64") long id,
        @Schema(format = "int64") long planId,
        @Schema(format = "int32", example = "1") int number,
        @Schema(example = "Politiche per il diritto e la dignità del lavoro") String title,
        @Schema(format = "int32") int version,
        Instant updatedAt) {

    public static AreaResponse of(StrategicArea area) {
        return new AreaResponse(area.id, area.plan.id, area.number, area.title, area.version, area.updatedAt);
    }
}
