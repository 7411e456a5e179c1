package it.perfmon.indicator.rest;

import it.perfmon.indicator.Indicator;
import it.perfmon.rules.IndicatorKind;
import it.perfmon.rules.JudgedAgainst;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Indicator")
public record IndicatorResponse(
        @Schema(format = "int64") long id,
        @Schema(format = "int64") long objectiveId,
        @Schema(format = "int32", description = "Order within the objective") int position,
        String description,
        IndicatorKind kind,
        @Schema(description = "What the value is compared with when the assessment is suggested (ignored by TIMELINE)")
        JudgedAgainst judgedAgainst,
        @Schema(nullable = true) String numeratorLabel,
        @Schema(nullable = true) String denominatorLabel,
        @Schema(nullable = true, format = "decimal128", description = "Planned annual quantity (RATIO_PLANNED)", example = "20000") BigDecimal plannedQuantity,
        @Schema(nullable = true, format = "decimal128", example = "95.2") BigDecimal baselineValue,
        @Schema(nullable = true, example = "dato 2020") String baselineReference,
        @Schema(nullable = true, format = "decimal128", example = "100") BigDecimal targetValue,
        @Schema(nullable = true, format = "decimal128", example = "85") BigDecimal nextYearsTargetValue,
        @Schema(nullable = true, example = ">= dato finale anno precedente") String nextYearsTargetRule,
        @Schema(nullable = true) String planningNote,
        @Schema(format = "int32") int version,
        Instant updatedAt,
        @Schema(nullable = true, example = ">= dato finale anno precedente",
                description = "The rule targetValue was resolved from when the plan was rolled over; cleared when the target is changed by hand")
        String targetRule,
        @Schema(description = "True when counts may be fractional (a decimal unit such as hours); false when they "
                + "count things and must be whole numbers") boolean decimalCounts) {

    public static IndicatorResponse of(Indicator i) {
        return new IndicatorResponse(i.id, i.objective.id, i.position, i.description, i.kind, i.judgedAgainst, i.numeratorLabel,
                i.denominatorLabel, i.plannedQuantity, i.baselineValue, i.baselineReference, i.targetValue,
                i.nextYearsTargetValue, i.nextYearsTargetRule, i.planningNote, i.version, i.updatedAt,
                i.targetRule, i.decimalCounts);
    }
}
