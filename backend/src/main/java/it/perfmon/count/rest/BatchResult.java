package it.perfmon.count.rest;

import it.perfmon.count.service.BatchOutcome;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CountBatchResult", description = "How many figures of the batch were created, updated and unchanged")
public record BatchResult(
        @Schema(format = "int32") int created,
        @Schema(format = "int32") int updated,
        @Schema(format = "int32") int unchanged) {

    public static BatchResult of(BatchOutcome outcome) {
        return new BatchResult(outcome.created(), outcome.updated(), outcome.unchanged());
    }
}
