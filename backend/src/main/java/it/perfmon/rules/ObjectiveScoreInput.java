package it.perfmon.rules;

import java.math.BigDecimal;
import java.util.List;

/** An objective's plan weight (null when unknown) and the achievements of those of its indicators that have one. */
public record ObjectiveScoreInput(String code, BigDecimal weight, List<Achievement> indicators) {

    public ObjectiveScoreInput {
        indicators = List.copyOf(indicators);
    }
}
