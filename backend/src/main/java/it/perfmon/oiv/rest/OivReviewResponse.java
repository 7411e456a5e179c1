package it.perfmon.oiv.rest;

import it.perfmon.oiv.ReviewOutcome;
import it.perfmon.oiv.service.OivReviews;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OivReview", description = "An objective of the period's plan and the OIV's check of it; outcome, "
        + "reviewedBy, reviewedAt and version are null while it is not reviewed")
public record OivReviewResponse(
        @Schema(format = "int64") long periodId,
        @Schema(format = "int64") long objectiveId,
        @Schema(example = "1.5") String objectiveCode,
        String objectiveTitle,
        @Schema(format = "int64") long structureId,
        @Schema(example = "DIREZIONE") String structureCode,
        @Schema(example = "Direzione") String structureName,
        @Schema(nullable = true, description = OivSchema.REVIEW_OUTCOME) ReviewOutcome outcome,
        @Schema(nullable = true) String observations,
        @Schema(nullable = true, example = "oiv.rossi") String reviewedBy,
        @Schema(nullable = true) Instant reviewedAt,
        @Schema(nullable = true, format = "int32", description = "The review's version, as its ETag") Integer version) {

    static OivReviewResponse of(long periodId, OivReviews.ObjectiveReview objective) {
        var review = objective.review();
        return new OivReviewResponse(periodId, objective.objectiveId(), objective.objectiveCode(),
                objective.objectiveTitle(), objective.structureId(), objective.structureCode(),
                objective.structureName(), review.map(OivReviews.Review::outcome).orElse(null),
                review.map(OivReviews.Review::observations).orElse(null),
                review.map(OivReviews.Review::reviewedBy).orElse(null),
                review.map(OivReviews.Review::reviewedAt).orElse(null),
                review.map(OivReviews.Review::version).orElse(null));
    }
}
