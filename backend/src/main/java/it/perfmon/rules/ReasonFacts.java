package it.perfmon.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The facts a suggestion's reason states, so that a client can say them in its reader's language: every field is
 * null unless the reason code uses it. Percentages are in percent units, unrounded; dates are the agency's.
 */
public record ReasonFacts(LocalDate date, BigDecimal value, BigDecimal target, BigDecimal expected,
        BigDecimal yearShare, BigDecimal threshold, BigDecimal tolerance, BigDecimal aheadFactor,
        Integer aheadMarginDays, List<PhaseFact> phases) {

    public ReasonFacts {
        phases = phases == null ? null : List.copyOf(phases);
    }

    /** A phase a timeline's reason names: number, planned end, and for an early one its actual end and lead. */
    public record PhaseFact(int number, LocalDate plannedEnd, LocalDate actualEnd, Long daysEarly) {
    }

    static ReasonFacts at(LocalDate date) {
        return new ReasonFacts(date, null, null, null, null, null, null, null, null, null);
    }

    ReasonFacts withValue(BigDecimal newValue) {
        return new ReasonFacts(date, newValue, target, expected, yearShare, threshold, tolerance, aheadFactor,
                aheadMarginDays, phases);
    }

    ReasonFacts withTarget(BigDecimal newTarget) {
        return new ReasonFacts(date, value, newTarget, expected, yearShare, threshold, tolerance, aheadFactor,
                aheadMarginDays, phases);
    }

    ReasonFacts withPace(BigDecimal newExpected, BigDecimal newYearShare) {
        return new ReasonFacts(date, value, target, newExpected, newYearShare, threshold, tolerance, aheadFactor,
                aheadMarginDays, phases);
    }

    ReasonFacts withThreshold(BigDecimal newThreshold, BigDecimal newTolerance) {
        return new ReasonFacts(date, value, target, expected, yearShare, newThreshold, newTolerance, aheadFactor,
                aheadMarginDays, phases);
    }

    ReasonFacts withAheadFactor(BigDecimal factor) {
        return new ReasonFacts(date, value, target, expected, yearShare, threshold, tolerance, factor,
                aheadMarginDays, phases);
    }

    ReasonFacts withPhases(List<PhaseFact> newPhases, Integer marginDays) {
        return new ReasonFacts(date, value, target, expected, yearShare, threshold, tolerance, aheadFactor,
                marginDays, newPhases);
    }
}
