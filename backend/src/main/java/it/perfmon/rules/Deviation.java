package it.perfmon.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether an indicator is behind at a period, and why: where it is, its editors must explain the deviation
 * (motivazione dello scostamento) and state the corrective actions (interventi correttivi, D.Lgs. 150/2009 art. 6).
 */
public final class Deviation {

    /** Why an indicator counts as behind. */
    public enum Reason {
        /** A person assessed it as late: step 4 (da iniziare – in ritardo) or 5 (in ritardo). */
        LATE_STEP,
        /**
         * Its value, held to the pro-rata share of its target, falls below that share by more than the suggestion's
         * tolerance: exactly where the suggestion itself says the value misses its pace.
         */
        BELOW_PRO_RATA
    }

    private Deviation() {
    }

    /**
     * The reasons, in the order of {@link Reason}; empty when the indicator is not behind.
     *
     * @param confirmedStep the assessment a person gave, null when none
     * @param judgedAgainstProRata whether the value is held to the pro-rata share of its target
     * @param suggestionReasonCode the reason code {@link AssessmentSuggestion} gave for the value used
     */
    public static List<Reason> reasons(Integer confirmedStep, boolean judgedAgainstProRata, String suggestionReasonCode) {
        List<Reason> reasons = new ArrayList<>();
        if (confirmedStep != null && (confirmedStep == AssessmentStep.NOT_STARTED_LATE.code()
                || confirmedStep == AssessmentStep.LATE.code())) {
            reasons.add(Reason.LATE_STEP);
        }
        // At the final period a value held to its pace is judged against the whole target, which is then its
        // pro-rata share: missing it is falling below the pace as much as BELOW_PRO_RATA at an interim date.
        if (judgedAgainstProRata && (AssessmentSuggestion.BELOW_PRO_RATA.equals(suggestionReasonCode)
                || AssessmentSuggestion.BELOW_TARGET.equals(suggestionReasonCode))) {
            reasons.add(Reason.BELOW_PRO_RATA);
        }
        return List.copyOf(reasons);
    }

    /**
     * The reasons in Italian, for the problems that ask for an explanation: "valutazione 5 (in ritardo); valore
     * 30,00% sotto l'atteso pro rata di 49,59% oltre la tolleranza del 7,50%".
     */
    public static String describe(List<Reason> reasons, Integer confirmedStep, BigDecimal expected, BigDecimal value) {
        List<String> parts = new ArrayList<>();
        if (reasons.contains(Reason.LATE_STEP) && confirmedStep != null) {
            parts.add("valutazione " + confirmedStep + " (" + AssessmentStep.fromCode(confirmedStep).label() + ")");
        }
        if (reasons.contains(Reason.BELOW_PRO_RATA)) {
            parts.add("valore " + Percent.display(value) + " sotto l'atteso pro rata di " + Percent.display(expected)
                    + " oltre la tolleranza del " + Percent.display(AssessmentSuggestion.TOLERANCE.multiply(Decimals.HUNDRED)));
        }
        return String.join("; ", parts);
    }
}
