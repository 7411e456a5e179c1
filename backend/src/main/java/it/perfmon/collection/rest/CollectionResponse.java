package it.perfmon.collection.rest;

import it.perfmon.collection.Collection;
import it.perfmon.collection.service.CollectionService.CollectionView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Collection", description = "A period's collection: the deadline and each structure's part")
public record CollectionResponse(
        @Schema(format = "int64", description = "The collection's id, as the audit trail names it (entityType collection)")
        long id,
        @Schema(format = "int64") long periodId,
        LocalDate deadline,
        @Schema(nullable = true) String message,
        @Schema(format = "int32", minimum = "0", maximum = "60", example = "3", description = "Days before the deadline "
                + "of the first reminder: the collection's own, or the service's default when it was opened without")
        int leadDays,
        @Schema(format = "int32", minimum = "1", maximum = "30", example = "2", description = "Days between two reminders "
                + "after the deadline: the collection's own, or the service's default when it was opened without")
        int everyDays,
        @Schema(example = "admin") String openedBy,
        Instant openedAt,
        @Schema(format = "int32") int version,
        List<CollectionPartResponse> parts) {

    static CollectionResponse of(CollectionView view) {
        Collection c = view.collection();
        return new CollectionResponse(c.id, c.period.id, c.deadline, c.message, view.schedule().leadDays(),
                view.schedule().everyDays(), c.openedBy, c.openedAt, c.version,
                view.parts().stream().map(CollectionPartResponse::of).toList());
    }
}
