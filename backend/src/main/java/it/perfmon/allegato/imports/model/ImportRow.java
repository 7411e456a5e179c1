package it.perfmon.allegato.imports.model;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entity of the plan met by the import, where the file has it, and what the import does to it. */
@Schema(name = "ImportRow")
public record ImportRow(
        @Schema(nullable = true, description = "Sheet (or section of a text file) of the row; null for NOT_IN_FILE",
                example = "Allegato A") String sheet,
        @Schema(format = "int32", nullable = true, description = "Row of the sheet, or line of a text file",
                example = "12") Integer row,
        @Schema(nullable = true, description = "The cell that identifies the entity", example = "Allegato A!C12")
        String cell,
        @Schema(enumeration = {"organisation", "structure", "plan", "period", "area", "objective", "indicator", "phase",
                "result"}) String entity,
        @Schema(description = "What identifies it in the plan", example = "1.4 indicatore 2") String key,
        @Schema(enumeration = {"CREATE", "UPDATE", "UNCHANGED", "NOT_IN_FILE"}) String action,
        @Schema(description = "Fields written, with old and new values (all non-empty ones for CREATE)")
        List<FieldChange> changes,
        @Schema(description = "Fields the import leaves as they are although the file suggests otherwise")
        List<KeptField> kept) {

    @Schema(name = "ImportFieldChange")
    public record FieldChange(
            @Schema(example = "weight") String field,
            @Schema(nullable = true, example = "8") String oldValue,
            @Schema(nullable = true, example = "9") String newValue) {
    }

    @Schema(name = "ImportKeptField")
    public record KeptField(
            @Schema(example = "kind") String field,
            @Schema(nullable = true, example = "RATIO") String value,
            @Schema(description = "In Italian", example = "il file suggerisce DIRECT: resta il tipo registrato") String reason,
            @Schema(description = "Stable code, for clients that say it in another language: ORGANISATION_NAME_KEPT, PERIOD_KIND_KEPT, INDICATOR_KIND_KEPT",
                    example = "INDICATOR_KIND_KEPT") String code,
            @Schema(description = "The reason's parameters by name: inFile, what the file says", example = "{\"inFile\": \"DIRECT\"}")
            Map<String, String> params) {
    }
}
