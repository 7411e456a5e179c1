package it.perfmon.publication;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One indicator of a closed period as open data: where it sits in the plan, its target, and what it achieved. */
public record OpenDataRow(
        String organisation,
        int planYear,
        LocalDate periodReferenceDate,
        int areaNumber,
        String area,
        String objectiveCode,
        String objectiveTitle,
        @Schema(nullable = true, description = "The structure responsible for the objective") String structure,
        int indicatorPosition,
        String indicator,
        @Schema(description = "The unit of baseline, target and achieved value: % (percent units, 90.5 is 90,5%)")
        String unit,
        @Schema(nullable = true) BigDecimal baseline,
        @Schema(nullable = true) BigDecimal target,
        @Schema(nullable = true, description = "The value used for the indicator at the period") BigDecimal achievedValue,
        @Schema(nullable = true, description = "The achieved value as a percentage of the target, uncapped")
        BigDecimal achievementPercent,
        @Schema(nullable = true, description = "The assessment's step: 1 in anticipo, 2 da iniziare – secondo le "
                + "aspettative, 3 secondo le aspettative, 4 da iniziare – in ritardo, 5 in ritardo") Integer assessmentStep,
        @Schema(nullable = true, description = "The valutazione sintetica confirmed for the period") String assessment) {
}
