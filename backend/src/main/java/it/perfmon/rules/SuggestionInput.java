package it.perfmon.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** What the suggestion looks at for one indicator in one period; value is the override if any, else computed. */
public record SuggestionInput(IndicatorKind kind, JudgedAgainst judgedAgainst, int planYear, LocalDate periodDate,
        boolean finalPeriod, BigDecimal target, BigDecimal value, boolean hasData, List<PhaseProgress> phases) {

    public SuggestionInput {
        Objects.requireNonNull(kind, "kind");
        judgedAgainst = judgedAgainst == null ? JudgedAgainst.defaultFor(kind) : judgedAgainst;
        Objects.requireNonNull(periodDate, "periodDate");
        phases = List.copyOf(phases);
    }
}
