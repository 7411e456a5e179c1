package it.perfmon.rules;

import java.math.BigDecimal;

/** An objective's achievement: the mean of its indicators', capped and raw; null when none has one. */
public record ObjectiveScore(String code, BigDecimal weight, BigDecimal achievement, BigDecimal rawAchievement) {
}
