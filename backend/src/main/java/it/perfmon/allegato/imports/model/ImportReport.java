package it.perfmon.allegato.imports.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an import did, or would do in a dry run: row by row, the entity each row of the file matches, whether it
 * is created, updated (with each field's old and new value) or unchanged, and what the database holds that the
 * file does not (NOT_IN_FILE, never deleted).
 */
@Schema(name = "ImportReport", description = "What an import of the Allegato A did, or would do in a dry run")
public record ImportReport(
        @Schema(description = "True when nothing was written") boolean dryRun,
        @Schema(enumeration = {"XLSX", "ODS", "TEXT"}) String format,
        @Schema(example = "ARTI") String organisation,
        @Schema(format = "int32", example = "2021") int year,
        ImportPeriod period,
        @Schema(format = "int64", nullable = true,
                description = "The plan imported into; null in a dry run that would create it") Long planId,
        ImportSummary summary,
        @Schema(description = "Oddities of the file that did not stop the import") List<ImportWarning> warnings,
        List<ImportRow> rows) {

    @Schema(name = "ImportPeriod", description = "The monitoring period the file reports on")
    public record ImportPeriod(
            @Schema(enumeration = {"INTERIM", "FINAL"}) String kind,
            LocalDate referenceDate) {
    }

    @Schema(name = "ImportSummary", description = "How many rows of the report have each action")
    public record ImportSummary(
            @Schema(format = "int32") int created,
            @Schema(format = "int32") int updated,
            @Schema(format = "int32") int unchanged,
            @Schema(format = "int32") int notInFile) {

        /** Created plus updated: zero when the file matches the database. */
        public int changes() {
            return created + updated;
        }
    }

    @Schema(name = "ImportWarning")
    public record ImportWarning(
            @Schema(nullable = true, example = "Allegato A!E26") String source,
            @Schema(description = "In Italian", example = "Gli obiettivi pesano in tutto 77,00%, il totale indicato è 100,00%") String message,
            @Schema(description = "Stable code, for clients that say it in another language: SHEET_ORGANISATION_DIFFERS, REPEATED_CELL_DIFFERS, OBJECTIVE_WEIGHTS_DO_NOT_SUM, PHASE_WEIGHTS_DO_NOT_SUM, TIMELINE_WITHOUT_PHASES",
                    example = "OBJECTIVE_WEIGHTS_DO_NOT_SUM") String code,
            @Schema(description = "The message's parameters by name, figures as the message writes them",
                    example = "{\"sum\": \"77,00%\", \"expected\": \"100,00%\", \"timeline\": \"\", \"withoutWeight\": \"\"}")
            Map<String, String> params) {
    }
}
