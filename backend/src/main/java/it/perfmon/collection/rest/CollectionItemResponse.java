package it.perfmon.collection.rest;

import it.perfmon.collection.service.AskedItem;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CollectionItem", description = "Something asked of a structure for the period")
public record CollectionItemResponse(
        AskedItem.Kind kind,
        @Schema(format = "int64") long objectiveId,
        @Schema(example = "1.2") String objectiveCode,
        @Schema(format = "int64", description = "The indicator's or the phase's id") long id,
        @Schema(format = "int32", description = "The indicator's position or the phase's number") int number,
        String description,
        @Schema(nullable = true, description = "A phase's planned end; null for indicators") LocalDate plannedEnd,
        @Schema(description = "VALUE: no value used; ASSESSMENT: no assessment step; DUE: phase planned to end by the "
                + "period's date without an actual end; LATE: planned end passed at the agency's today without an actual end")
        List<AskedItem.Reason> reasons) {

    static CollectionItemResponse of(AskedItem item) {
        return new CollectionItemResponse(item.kind(), item.objectiveId(), item.objectiveCode(), item.id(), item.number(),
                item.description(), item.plannedEnd(), item.reasons());
    }
}
