package it.perfmon.values.rest;

import it.perfmon.values.IndicatorValueChange;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Rows of the pull that are gone since a sync: a deleted indicator's (one per period) or a deleted period's. */
@Schema(name = "IndicatorValueRemoval", description = "Rows of /indicator-values that no longer exist: with "
        + "indicatorId, that indicator's rows at every period; with periodId, every indicator's rows at that period")
public record IndicatorValueRemovalResponse(
        @Schema(format = "int64") long planId,
        @Schema(format = "int32", example = "2021") int planYear,
        @Schema(format = "int64", nullable = true, description = "The deleted indicator's objective, when an indicator was deleted") Long objectiveId,
        @Schema(format = "int64", nullable = true, description = "The deleted indicator; null when a period was deleted") Long indicatorId,
        @Schema(format = "int64", nullable = true, description = "The deleted period; null when an indicator was deleted") Long periodId,
        @Schema(description = "When the rows went; pass the largest one received as updatedSince next time") Instant removedAt) {

    public static IndicatorValueRemovalResponse of(IndicatorValueChange change) {
        return new IndicatorValueRemovalResponse(change.planId, change.planYear, change.objectiveId, change.indicatorId,
                change.periodId, change.changedAt);
    }
}
