package it.perfmon.publication;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One indicator of a closed period as open data: where it sits in the plan, its target, and what it achieved. */
public record OpenDataRow(
        String organisation,
        int planYear,
        LocalDate periodReferenceDate,
        int areaNumber,
        String area,
        String objectiveCode,
        String objectiveTitle,
        String structure,
        int indicatorPosition,
        String indicator,
        String unit,
        BigDecimal baseline,
        BigDecimal target,
        BigDecimal achievedValue,
        BigDecimal achievementPercent,
        Integer assessmentStep,
        String assessment) {
}
