package it.perfmon.rollover.rest;

import it.perfmon.indicator.Indicator;
import it.perfmon.plan.rest.PlanResponse;
import it.perfmon.rollover.service.RolledPlan;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NextYearPlan", description = "The plan created from the previous year's, with where each target and baseline came from")
public record RolloverResponse(
        PlanResponse plan,
        @Schema(format = "int64") long fromPlanId,
        @Schema(format = "int64", nullable = true, description = "The final period whose values gave baselines and rule targets")
        Long fromPeriodId,
        @Schema(description = "True when the final period was not closed: baselines and rule targets are provisional")
        boolean provisional,
        @Schema(nullable = true, description = "The administrator's reason for rolling over before the final period was closed")
        String provisionalReason,
        List<RolledIndicator> indicators) {

    public static RolloverResponse of(RolledPlan rolled) {
        return new RolloverResponse(PlanResponse.of(rolled.plan()), rolled.fromPlanId(), rolled.fromPeriodId(),
                rolled.provisional(), rolled.provisionalReason(), rolled.indicators().stream().map(RolledIndicator::of)
                        .toList());
    }

    @Schema(name = "RolledIndicator")
    public record RolledIndicator(
            @Schema(format = "int64") long id,
            @Schema(format = "int64") long previousId,
            @Schema(example = "3.1") String objectiveCode,
            @Schema(format = "int32") int position,
            String description,
            @Schema(nullable = true, format = "decimal128", example = "85.3884") BigDecimal targetValue,
            @Schema(nullable = true, example = ">= dato finale anno precedente") String targetRule,
            @Schema(enumeration = {"NEXT_YEARS_VALUE", "RULE", "NONE"}) String targetOrigin,
            @Schema(nullable = true, format = "decimal128") BigDecimal baselineValue,
            @Schema(nullable = true, example = "dato 2021") String baselineReference,
            @Schema(nullable = true, description = "What an administrator must still complete by hand, in Italian") String warning,
            @Schema(description = "The same as stable codes, for clients that say it in another language: NO_NEXT_YEARS_TARGET, UNKNOWN_RULE, NO_FINAL_VALUE_FOR_RULE, PROVISIONAL_TARGET, PROVISIONAL_BASELINE, NO_BASELINE; each about the previous year's plan",
                    example = "[\"NO_FINAL_VALUE_FOR_RULE\", \"NO_BASELINE\"]") List<String> warningCodes) {

        static RolledIndicator of(RolledPlan.RolledIndicator rolled) {
            Indicator i = rolled.indicator();
            return new RolledIndicator(i.id, i.previous.id, i.objective.code, i.position, i.description, i.targetValue,
                    i.targetRule, rolled.targetOrigin(), i.baselineValue, i.baselineReference, rolled.warning(),
                    rolled.warningCodes());
        }
    }
}
