package it.perfmon.collection.rest;

import it.perfmon.collection.CollectionPart;
import it.perfmon.collection.PartState;
import it.perfmon.collection.service.CollectionService.PartView;
import it.perfmon.collection.service.Outstanding;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CollectionPart", description = "A responsible structure's part of a collection, with what is asked of it")
public record CollectionPartResponse(
        @Schema(format = "int64", description = "The part's id, as the audit trail names it (entityType collectionPart)")
        long id,
        @Schema(format = "int64") long structureId,
        @Schema(example = "DIREZIONE") String structureCode,
        @Schema(example = "Direzione") String structureName,
        PartState state,
        @Schema(nullable = true, example = "mario.rossi") String submittedBy,
        @Schema(nullable = true) Instant submittedAt,
        @Schema(nullable = true, description = "Why it was last returned") String returnReason,
        @Schema(nullable = true, description = "The administrator who last returned or accepted it") String decidedBy,
        @Schema(nullable = true) Instant decidedAt,
        @Schema(format = "int32") int version,
        Outstanding outstanding,
        List<CollectionItemResponse> items) {

    static CollectionPartResponse of(PartView view) {
        CollectionPart p = view.part();
        return new CollectionPartResponse(p.id, p.structure.id, p.structure.code, p.structure.name, p.state, p.submittedBy,
                p.submittedAt, p.returnReason, p.decidedBy, p.decidedAt, p.version, view.outstanding(),
                view.items().stream().map(CollectionItemResponse::of).toList());
    }
}
