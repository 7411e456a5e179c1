package it.perfmon.organisation.rest;

import it.perfmon.organisation.TerritorialUnit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TerritorialUnit")
public record TerritorialUnitResponse(
        @Schema(format = "int64") long id,
        @Schema(example = "FI-PO") String code,
        @Schema(example = "Firenze e Prato") String name) {

    public static TerritorialUnitResponse of(TerritorialUnit u) {
        return new TerritorialUnitResponse(u.id, u.code, u.name);
    }
}
