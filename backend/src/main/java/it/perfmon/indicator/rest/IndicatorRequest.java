package it.perfmon.indicator.rest;

import it.perfmon.indicator.service.IndicatorCommand;
import it.perfmon.rules.IndicatorKind;
import it.perfmon.rules.JudgedAgainst;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Percentages may exceed 100 (37.787 interviews of 20.000 planned is 188,94%) but never go below 0. */
@Schema(name = "IndicatorInput")
public record IndicatorRequest(
        @Min(1) @Max(99) @Schema(format = "int32", minimum = "1", maximum = "99",
                description = "Order within the objective; default after the last") Integer position,
        @NotBlank @Size(max = 1000) @Schema(maxLength = 1000) String description,
        @NotNull IndicatorKind kind,
        @Schema(nullable = true, description = "What the value is compared with when the assessment is suggested: TARGET "
                + "for a level (customer satisfaction), PRO_RATA for a quantity that builds up over the year (the share "
                + "of the target due by the period's date). Ignored by TIMELINE. When absent: unchanged, or for a new "
                + "indicator or a changed kind TARGET for RATIO and PRO_RATA otherwise") JudgedAgainst judgedAgainst,
        @Size(max = 500) @Schema(maxLength = 500) String numeratorLabel,
        @Size(max = 500) @Schema(maxLength = 500) String denominatorLabel,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000000000000") @Digits(integer = 15, fraction = 4)
        @Schema(format = "decimal128", minimum = "0", exclusiveMinimum = true, maximum = "1000000000000",
                description = "Required for RATIO_PLANNED", example = "20000") BigDecimal plannedQuantity,
        @DecimalMin("0") @DecimalMax("1000000") @Digits(integer = 13, fraction = 6)
        @Schema(format = "decimal128", minimum = "0", maximum = "1000000") BigDecimal baselineValue,
        @Size(max = 100) @Schema(maxLength = 100, example = "dato 2020") String baselineReference,
        @DecimalMin("0") @DecimalMax("1000000") @Digits(integer = 13, fraction = 6)
        @Schema(format = "decimal128", minimum = "0", maximum = "1000000", example = "100") BigDecimal targetValue,
        @DecimalMin("0") @DecimalMax("1000000") @Digits(integer = 13, fraction = 6)
        @Schema(format = "decimal128", minimum = "0", maximum = "1000000") BigDecimal nextYearsTargetValue,
        @Size(max = 255) @Schema(maxLength = 255, example = ">= dato finale anno precedente",
                description = "A rule instead of a value; not both") String nextYearsTargetRule,
        @Size(max = 10000) @Schema(maxLength = 10000) String planningNote,
        @Schema(nullable = true, description = "True when the counted components (and plannedQuantity) are measured "
                + "in a decimal unit such as hours or euros; false when they count things (interviews, "
                + "applications), so that every count posted for this indicator must be a whole number (400 "
                + "otherwise). Left out or null: false for a new indicator, unchanged on update")
        Boolean decimalCounts) {

    public IndicatorCommand toCommand() {
        return new IndicatorCommand(position, description, kind, judgedAgainst, numeratorLabel, denominatorLabel,
                plannedQuantity, baselineValue, baselineReference, targetValue, nextYearsTargetValue,
                nextYearsTargetRule, planningNote, decimalCounts, null, null);
    }
}
