package it.perfmon.indicator.service;

import it.perfmon.indicator.Indicator;
import it.perfmon.rules.IndicatorKind;
import it.perfmon.rules.JudgedAgainst;
import java.math.BigDecimal;

/**
 * What defines an indicator, whoever writes it. Left null: {@code position} is the next one for a new indicator and
 * unchanged otherwise; {@code judgedAgainst} is what the kind implies for a new indicator or a changed kind, else
 * unchanged; {@code decimalCounts} is false for a new indicator, else unchanged. {@code targetRule} and
 * {@code previous} are what a roll-over records of the previous year's indicator.
 */
public record IndicatorCommand(
        Integer position,
        String description,
        IndicatorKind kind,
        JudgedAgainst judgedAgainst,
        String numeratorLabel,
        String denominatorLabel,
        BigDecimal plannedQuantity,
        BigDecimal baselineValue,
        String baselineReference,
        BigDecimal targetValue,
        BigDecimal nextYearsTargetValue,
        String nextYearsTargetRule,
        String planningNote,
        Boolean decimalCounts,
        String targetRule,
        Indicator previous) {
}
