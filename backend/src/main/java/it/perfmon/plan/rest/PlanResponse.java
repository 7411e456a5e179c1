package it.perfmon.plan.rest;

import it.perfmon.plan.Plan;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Plan")
public record PlanResponse(
        @Schema(format = "int64") long id,
        String organisationCode,
        @Schema(format = "int32", example = "2021") int year,
        @Schema(example = "Piano della performance 2021") String title,
        @Schema(format = "int32") int version,
        Instant updatedAt,
        @Schema(description = "False while the plan is a draft, which only administrators see") boolean published,
        @Schema(nullable = true, description = "When the plan was published; null for a draft") Instant publishedAt) {

    public static PlanResponse of(Plan plan) {
        return new PlanResponse(plan.id, plan.organisation.code, plan.year, plan.title, plan.version, plan.updatedAt,
                plan.publishedAt != null, plan.publishedAt);
    }
}
