package it.perfmon.oiv.rest;

import it.perfmon.plan.PeriodKind;
import it.perfmon.plan.PeriodStatus;
import it.perfmon.oiv.service.OivReviews;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OivReviewList", description = "Every objective of the period's plan, by code, with the OIV's review "
        + "or none, and how far the OIV has got")
public record OivReviewListResponse(
        @Schema(format = "int64") long periodId,
        @Schema(example = "Monitoraggio al 31/12/2021") String periodLabel,
        PeriodKind periodKind,
        PeriodStatus periodStatus,
        @Schema(format = "int32", minimum = "0", example = "25", description = "Objectives of the plan") int objectives,
        @Schema(format = "int32", minimum = "0", example = "12", description = "Objectives the OIV has reviewed") int reviewed,
        List<OivReviewResponse> items) {

    static OivReviewListResponse of(OivReviews.PeriodReviews reviews) {
        return new OivReviewListResponse(reviews.periodId(), reviews.periodLabel(), reviews.periodKind(),
                reviews.periodStatus(), reviews.objectives().size(), (int) reviews.reviewed(),
                reviews.objectives().stream().map(o -> OivReviewResponse.of(reviews.periodId(), o)).toList());
    }
}
