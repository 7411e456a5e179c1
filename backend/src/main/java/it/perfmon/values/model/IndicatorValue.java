package it.perfmon.values.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One indicator at one monitoring period, flat, as other systems pull it; the CSV columns are these fields. */
@Schema(name = "IndicatorValue")
public record IndicatorValue(
        @Schema(format = "int64") long planId,
        @Schema(format = "int32", example = "2021") int planYear,
        @Schema(description = "Code of the plan's organisation", example = "ARTI") String organisationCode,
        @Schema(format = "int64") long periodId,
        @Schema(enumeration = {"INTERIM", "FINAL"}) String periodKind,
        @Schema(example = "2021-06-30") LocalDate periodDate,
        @Schema(format = "int32", example = "1") int areaNumber,
        @Schema(example = "1.5") String objectiveCode,
        String objectiveTitle,
        @Schema(format = "int64") long indicatorId,
        @Schema(format = "int32", description = "Position of the indicator in its objective, from 1", example = "2") int indicatorPosition,
        @Schema(description = "The indicator's description") String indicator,
        @Schema(enumeration = {"TIMELINE", "RATIO", "RATIO_PLANNED", "DIRECT"}) String kind,
        @Schema(nullable = true, format = "decimal128") BigDecimal baselineValue,
        @Schema(nullable = true, example = "dato 2020") String baselineReference,
        @Schema(nullable = true, format = "decimal128") BigDecimal targetValue,
        @Schema(nullable = true, format = "decimal128") BigDecimal nextYearsTargetValue,
        @Schema(nullable = true, example = ">= dato finale anno precedente") String nextYearsTargetRule,
        @Schema(nullable = true, format = "decimal128", description = "Value computed from counts or phases, in percent, unrounded", example = "188.935")
        BigDecimal computedValue,
        @Schema(nullable = true, format = "decimal128", description = "Value entered by a person, overriding the computed one") BigDecimal enteredValue,
        @Schema(nullable = true, format = "decimal128", description = "The entered value if any, else the computed one") BigDecimal valueUsed,
        @Schema(nullable = true, format = "int32", minimum = "1", maximum = "5", description = "Assessment (valutazione sintetica) confirmed by a person")
        Integer assessmentStep,
        @Schema(nullable = true) String monitoringNote,
        @Schema(nullable = true) String dataSource,
        @Schema(nullable = true, description = "Motivazione dello scostamento, where the indicator is behind") String deviationExplanation,
        @Schema(nullable = true, description = "Interventi correttivi") String correctiveActions,
        @Schema(description = "Latest change to anything the row's values come from: the indicator, its result at the period, its counts and, for a timeline, the objective's phases")
        Instant updatedAt) {
}
