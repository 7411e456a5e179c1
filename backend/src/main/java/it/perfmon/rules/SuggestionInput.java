package it.perfmon.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the assessment suggestion looks at for one indicator in one monitoring period; target and value in percent,
 * value being the override if any, else the computed one.
 */
public record SuggestionInput(IndicatorKind kind, int planYear, LocalDate periodDate, boolean finalPeriod,
        BigDecimal target, BigDecimal value, boolean hasData, List<PhaseProgress> phases) {

    public SuggestionInput {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(periodDate, "periodDate");
        phases = List.copyOf(phases);
    }
}
