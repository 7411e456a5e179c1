package it.perfmon.organisation.rest;

import it.perfmon.organisation.ResponsibleStructure;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ResponsibleStructure")
public record StructureResponse(
        @Schema(format = "int64") long id,
        @Schema(example = "RPCT") String code,
        @Schema(example = "Responsabile Prevenzione Corruzione e Trasparenza (RPCT)") String name,
        @Schema(nullable = true, example = "RPCT", description = "Short name; null when the structure has none") String shortName) {

    public static StructureResponse of(ResponsibleStructure s) {
        return new StructureResponse(s.id, s.code, s.name, s.shortName);
    }
}
