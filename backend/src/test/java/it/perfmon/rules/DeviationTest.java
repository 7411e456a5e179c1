package it.perfmon.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.perfmon.rules.Deviation.Reason;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeviationTest {

    @Test
    void shouldCallTheTwoLateStepsBehind() {
        assertEquals(List.of(Reason.LATE_STEP), Deviation.reasons(4, false, AssessmentSuggestion.PHASES_ON_SCHEDULE));
        assertEquals(List.of(Reason.LATE_STEP), Deviation.reasons(5, false, AssessmentSuggestion.PHASE_LATE));
    }

    @Test
    void shouldNotCallTheOtherStepsOrNoStepBehind() {
        for (Integer step : new Integer[] {null, 1, 2, 3}) {
            assertEquals(List.of(), Deviation.reasons(step, true, AssessmentSuggestion.ON_PRO_RATA), "step " + step);
        }
    }

    @Test
    void shouldCallAValueBelowItsPaceBehindWhateverThePersonAssessed() {
        // 30% of a 100% target at 30/06/2021: below the threshold of 45,87% (the pace of 49,59% less 7,5%).
        SuggestionInput input = new SuggestionInput(IndicatorKind.DIRECT, JudgedAgainst.PRO_RATA, 2021, Plan2021.INTERIM,
                false, new BigDecimal("100"), new BigDecimal("30"), true, List.of());
        String reason = AssessmentSuggestion.suggest(input).reasonCode();
        assertEquals(AssessmentSuggestion.BELOW_PRO_RATA, reason);
        assertEquals(List.of(Reason.BELOW_PRO_RATA), Deviation.reasons(3, true, reason));
        assertEquals(List.of(Reason.LATE_STEP, Reason.BELOW_PRO_RATA), Deviation.reasons(5, true, reason));
    }

    @Test
    void shouldNotCallAValueWithinTheToleranceOfItsPaceBehind() {
        // 47% against a pace of 49,59%: below it, but within the 7,5% the suggestion calls on track.
        SuggestionInput input = new SuggestionInput(IndicatorKind.DIRECT, JudgedAgainst.PRO_RATA, 2021, Plan2021.INTERIM,
                false, new BigDecimal("100"), new BigDecimal("47"), true, List.of());
        String reason = AssessmentSuggestion.suggest(input).reasonCode();
        assertEquals(AssessmentSuggestion.ON_PRO_RATA, reason);
        assertEquals(List.of(), Deviation.reasons(3, true, reason));
    }

    @Test
    void shouldCallAValueMissingItsWholeTargetAtTheFinalPeriodBehindWhenHeldToItsPace() {
        SuggestionInput input = new SuggestionInput(IndicatorKind.DIRECT, JudgedAgainst.PRO_RATA, 2021, Plan2021.FINAL,
                true, new BigDecimal("100"), new BigDecimal("80"), true, List.of());
        String reason = AssessmentSuggestion.suggest(input).reasonCode();
        assertEquals(AssessmentSuggestion.BELOW_TARGET, reason);
        assertEquals(List.of(Reason.BELOW_PRO_RATA), Deviation.reasons(null, true, reason));
    }

    @Test
    void shouldNotCallALevelBelowItsTargetBehindUnlessAssessedLate() {
        // A level such as customer satisfaction is held to its target, not to a pace: only the person's step counts.
        assertEquals(List.of(), Deviation.reasons(3, false, AssessmentSuggestion.BELOW_TARGET));
        assertEquals(List.of(), Deviation.reasons(null, false, AssessmentSuggestion.BELOW_PRO_RATA));
    }

    @Test
    void shouldReadReportsFrozenWithoutReasonCodes() {
        assertEquals(List.of(), Deviation.reasons(null, true, null));
    }
}
