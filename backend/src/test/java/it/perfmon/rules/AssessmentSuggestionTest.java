package it.perfmon.rules;

import static it.perfmon.rules.Plan2021.FINAL;
import static it.perfmon.rules.Plan2021.INTERIM;
import static it.perfmon.rules.Plan2021.YEAR;
import static it.perfmon.rules.Plan2021.phase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AssessmentSuggestionTest {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private static Suggestion timeline(List<PhaseProgress> phases, LocalDate date, boolean finalPeriod) {
        return AssessmentSuggestion.suggest(new SuggestionInput(IndicatorKind.TIMELINE, null, YEAR, date, finalPeriod,
                HUNDRED, null, false, phases));
    }

    private static Suggestion atInterim(List<PhaseProgress> phases) {
        return timeline(phases, INTERIM, false);
    }

    private static Suggestion measured(IndicatorKind kind, String target, String value, LocalDate date,
            boolean finalPeriod) {
        return AssessmentSuggestion.suggest(new SuggestionInput(kind, null, date.getYear(), date, finalPeriod,
                Plan2021.decimal(target), Plan2021.decimal(value), value != null, List.of()));
    }

    private static Suggestion judged(IndicatorKind kind, JudgedAgainst judgedAgainst, String target, String value,
            LocalDate date, boolean finalPeriod) {
        return AssessmentSuggestion.suggest(new SuggestionInput(kind, judgedAgainst, date.getYear(), date, finalPeriod,
                Plan2021.decimal(target), Plan2021.decimal(value), true, List.of()));
    }

    private static void assertSuggestion(AssessmentStep step, String reasonCode, Suggestion suggestion) {
        assertEquals(step, suggestion.step(), suggestion.reason());
        assertEquals(reasonCode, suggestion.reasonCode(), suggestion.reason());
    }

    @Nested
    class Timeline {

        @Test
        void shouldSuggestAheadForObjective1_7WhosePhaseClosed120DaysEarly() {
            assertSuggestion(AssessmentStep.AHEAD, "PHASE_EARLY", atInterim(Plan2021.timelineOfObjective1_7()));
        }

        @Test
        void shouldExplainEarlyCompletionWithDatesAndDays() {
            assertEquals("Concluse con almeno 60 giorni di anticipo: fase 1 il 02/03/2021 "
                    + "(fine prevista 30/06/2021, 120 giorni prima).",
                    atInterim(Plan2021.timelineOfObjective1_7()).reason());
        }

        @Test
        void shouldNameEveryPhaseClosedWellAhead() {
            List<PhaseProgress> phases = List.of(
                    phase(1, "50", "2021-01-04", "2021-06-30", "2021-03-02"),
                    phase(2, "50", "2021-01-01", "2021-12-31", "2021-06-01"));
            assertEquals("Concluse con almeno 60 giorni di anticipo: fase 1 il 02/03/2021 "
                    + "(fine prevista 30/06/2021, 120 giorni prima), fase 2 il 01/06/2021 "
                    + "(fine prevista 31/12/2021, 213 giorni prima).", atInterim(phases).reason());
        }

        @Test
        void shouldMarkPhasePastPlannedEndAsLate() {
            assertSuggestion(AssessmentStep.LATE, "PHASE_LATE", atInterim(Plan2021.timelineOfObjective2_2()));
        }

        @Test
        void shouldNameTheLatePhaseAndItsPlannedEnd() {
            assertEquals("Al 30/06/2021 risultano scadute e non concluse: fase 1 (fine prevista 30/04/2021).",
                    atInterim(Plan2021.timelineOfObjective2_2()).reason());
        }

        @Test
        void shouldNameEveryLatePhase() {
            List<PhaseProgress> phases = List.of(
                    phase(1, "45", "2021-01-04", "2021-04-30", null),
                    phase(2, "55", "2021-05-01", "2021-05-31", null));
            assertEquals("Al 30/06/2021 risultano scadute e non concluse: fase 1 (fine prevista 30/04/2021), "
                    + "fase 2 (fine prevista 31/05/2021).", atInterim(phases).reason());
        }

        @Test
        void shouldConsiderObjective1_2OnTrackSinceClosing30DaysEarlyIsNotWellAhead() {
            assertSuggestion(AssessmentStep.ON_TRACK, "PHASES_ON_SCHEDULE",
                    atInterim(Plan2021.timelineOfObjective1_2()));
        }

        @Test
        void shouldConsiderObjective2_3OnTrack() {
            assertSuggestion(AssessmentStep.ON_TRACK, "PHASES_ON_SCHEDULE",
                    atInterim(Plan2021.timelineOfObjective2_3()));
        }

        @Test
        void shouldExplainPhasesOnSchedule() {
            assertEquals("Al 30/06/2021 nessuna fase scaduta risulta non conclusa.",
                    atInterim(Plan2021.timelineOfObjective2_3()).reason());
        }

        @Test
        void shouldSuggestAheadWhenPhaseClosedExactly60DaysEarly() {
            List<PhaseProgress> phases = List.of(phase(1, "50", "2021-01-04", "2021-06-30", "2021-05-01"));
            assertSuggestion(AssessmentStep.AHEAD, "PHASE_EARLY", atInterim(phases));
        }

        @Test
        void shouldNotSuggestAheadWhenPhaseClosed59DaysEarly() {
            List<PhaseProgress> phases = List.of(phase(1, "50", "2021-01-04", "2021-06-30", "2021-05-02"));
            assertSuggestion(AssessmentStep.ON_TRACK, "PHASES_ON_SCHEDULE", atInterim(phases));
        }

        @Test
        void shouldNotSuggestAheadForEarlyCompletionAfterThePeriodDate() {
            // Looking back at 30/06 from later, a phase that closed on 15/07 was still open.
            List<PhaseProgress> phases = List.of(phase(2, "50", "2021-01-01", "2021-12-31", "2021-07-15"));
            assertSuggestion(AssessmentStep.ON_TRACK, "PHASES_ON_SCHEDULE", atInterim(phases));
        }

        @Test
        void shouldNotMarkPhaseDueOnTheInterimDateAsLate() {
            List<PhaseProgress> phases = List.of(phase(1, "50", "2021-01-04", "2021-06-30", null));
            assertSuggestion(AssessmentStep.ON_TRACK, "PHASES_ON_SCHEDULE", atInterim(phases));
        }

        @Test
        void shouldMarkPhaseDueTheDayBeforeTheInterimDateAsLate() {
            List<PhaseProgress> phases = List.of(phase(1, "50", "2021-01-04", "2021-06-29", null));
            assertSuggestion(AssessmentStep.LATE, "PHASE_LATE", atInterim(phases));
        }

        @Test
        void shouldMarkPhaseDueOnTheFinalDateAndStillOpenAsLate() {
            List<PhaseProgress> phases = List.of(phase(2, "50", "2021-01-01", "2021-12-31", null));
            assertSuggestion(AssessmentStep.LATE, "PHASE_LATE", timeline(phases, FINAL, true));
        }

        @Test
        void shouldNotMarkPhaseCompletedOnTheFinalDateAsLate() {
            List<PhaseProgress> phases = List.of(phase(2, "50", "2021-01-01", "2021-12-31", "2021-12-31"));
            assertSuggestion(AssessmentStep.ON_TRACK, "PHASES_ON_SCHEDULE", timeline(phases, FINAL, true));
        }

        @Test
        void shouldNotMarkPhasePlannedToEndInTheNextYearAsLateAtTheFinalPeriod() {
            List<PhaseProgress> phases = List.of(phase(2, "55", "2021-05-01", "2022-03-31", null));
            assertSuggestion(AssessmentStep.ON_TRACK, "PHASES_ON_SCHEDULE", timeline(phases, FINAL, true));
        }

        @Test
        void shouldNotMarkPhaseCompletedPastItsPlannedEndButBeforeThePeriodAsLate() {
            List<PhaseProgress> phases = List.of(phase(1, "15", "2021-03-01", "2021-04-30", "2021-05-20"));
            assertSuggestion(AssessmentStep.ON_TRACK, "PHASES_ON_SCHEDULE", atInterim(phases));
        }

        @Test
        void shouldMarkPhaseCompletedOnlyAfterThePeriodDateAsLate() {
            List<PhaseProgress> phases = List.of(phase(1, "45", "2021-01-04", "2021-04-30", "2021-07-20"));
            assertSuggestion(AssessmentStep.LATE, "PHASE_LATE", atInterim(phases));
        }

        @Test
        void shouldPreferLateOverAheadWhenBothApply() {
            List<PhaseProgress> phases = List.of(
                    phase(1, "50", "2021-01-04", "2021-06-30", "2021-03-02"),
                    phase(2, "50", "2021-01-04", "2021-04-30", null));
            assertSuggestion(AssessmentStep.LATE, "PHASE_LATE", atInterim(phases));
        }

        @Test
        void shouldSuggestNotDueYetWhenNoPhaseHasStarted() {
            List<PhaseProgress> phases = List.of(phase(4, "10", "2021-09-01", "2021-12-31", null));
            assertSuggestion(AssessmentStep.NOT_STARTED_ON_TRACK, "NOT_DUE_YET", atInterim(phases));
        }

        @Test
        void shouldExplainNotDueYet() {
            List<PhaseProgress> phases = List.of(phase(4, "10", "2021-09-01", "2021-12-31", null));
            assertEquals("Nessuna fase del cronoprogramma ha inizio previsto entro il 30/06/2021.",
                    atInterim(phases).reason());
        }

        @Test
        void shouldConsiderPhasePlannedToStartOnThePeriodDateAsDue() {
            List<PhaseProgress> phases = List.of(phase(1, "100", "2021-06-30", "2021-12-31", null));
            assertSuggestion(AssessmentStep.ON_TRACK, "PHASES_ON_SCHEDULE", atInterim(phases));
        }

        @Test
        void shouldSuggestNotDueYetForTimelineWithoutPhases() {
            assertSuggestion(AssessmentStep.NOT_STARTED_ON_TRACK, "NOT_DUE_YET", atInterim(List.of()));
        }

        @Test
        void shouldJudgeTimelineByItsPhasesEvenWithoutValueOrTargetAtTheFinalPeriod() {
            List<PhaseProgress> phases = List.of(phase(1, "50", "2021-01-04", "2021-06-30", "2021-03-02"));
            Suggestion suggestion = AssessmentSuggestion.suggest(new SuggestionInput(IndicatorKind.TIMELINE, null, YEAR,
                    FINAL, true, null, null, false, phases));
            assertSuggestion(AssessmentStep.AHEAD, "PHASE_EARLY", suggestion);
        }
    }

    @Nested
    class NoData {

        @Test
        void shouldSuggestNotStartedOnTrackForCustomerSatisfactionSurveyedOnlyAtYearEnd() {
            assertSuggestion(AssessmentStep.NOT_STARTED_ON_TRACK, "NO_DATA_YET",
                    measured(IndicatorKind.RATIO, "79", null, INTERIM, false));
        }

        @Test
        void shouldExplainNoDataYet() {
            assertEquals("Nessun dato ancora disponibile al 30/06/2021.",
                    measured(IndicatorKind.RATIO, "79", null, INTERIM, false).reason());
        }

        @Test
        void shouldSuggestNotStartedLateWithoutDataAtTheFinalPeriod() {
            assertSuggestion(AssessmentStep.NOT_STARTED_LATE, "NO_DATA_AT_FINAL",
                    measured(IndicatorKind.RATIO, "79", null, FINAL, true));
        }

        @Test
        void shouldExplainNoDataAtTheFinalPeriod() {
            assertEquals("Nessun dato disponibile al monitoraggio finale del 31/12/2021.",
                    measured(IndicatorKind.RATIO, "79", null, FINAL, true).reason());
        }

        @ParameterizedTest
        @EnumSource(value = IndicatorKind.class, names = {"RATIO", "RATIO_PLANNED", "DIRECT"})
        void shouldApplyTheNoDataRuleToEveryMeasuredKind(IndicatorKind kind) {
            assertSuggestion(AssessmentStep.NOT_STARTED_ON_TRACK, "NO_DATA_YET",
                    measured(kind, "100", null, INTERIM, false));
        }

        @Test
        void shouldTreatCountsWithZeroDenominatorAsNoData() {
            Suggestion suggestion = AssessmentSuggestion.suggest(new SuggestionInput(IndicatorKind.RATIO, null, YEAR, INTERIM,
                    false, HUNDRED, null, true, List.of()));
            assertSuggestion(AssessmentStep.NOT_STARTED_ON_TRACK, "NO_DATA_YET", suggestion);
        }

        @Test
        void shouldReportMissingDataBeforeMissingTarget() {
            assertSuggestion(AssessmentStep.NOT_STARTED_ON_TRACK, "NO_DATA_YET",
                    measured(IndicatorKind.DIRECT, null, null, INTERIM, false));
        }
    }

    @Nested
    class RatioAgainstPlannedQuantity {

        @Test
        void shouldSuggestAheadForRemoteInterviewsAt188935() {
            assertSuggestion(AssessmentStep.AHEAD, "ABOVE_PRO_RATA",
                    measured(IndicatorKind.RATIO_PLANNED, "100", "188.935", INTERIM, false));
        }

        @Test
        void shouldExplainAheadWithValueAndProRataShare() {
            assertEquals("Valore conseguito 188,94%: almeno 1,5 volte l'atteso pro rata al 30/06/2021 di 49,59% "
                    + "(target 100,00% per la quota d'anno trascorsa 49,59%).",
                    measured(IndicatorKind.RATIO_PLANNED, "100", "188.935", INTERIM, false).reason());
        }

        @Test
        void shouldSuggestOnTrackForActivePoliciesAt56() {
            assertSuggestion(AssessmentStep.ON_TRACK, "ON_PRO_RATA",
                    measured(IndicatorKind.RATIO_PLANNED, "100", "56.00444444444444", INTERIM, false));
        }

        @Test
        void shouldExplainOnTrackWithThresholdAndProRataShare() {
            assertEquals("Valore conseguito 56,00%: non sotto la soglia di 45,87%, cioè l'atteso pro rata al "
                    + "30/06/2021 di 49,59% (target 100,00% per la quota d'anno trascorsa 49,59%) ridotto della "
                    + "tolleranza del 7,50%.",
                    measured(IndicatorKind.RATIO_PLANNED, "100", "56.00444444444444", INTERIM, false).reason());
        }

        @Test
        void shouldSuggestLateBelowTheProRataThreshold() {
            assertSuggestion(AssessmentStep.LATE, "BELOW_PRO_RATA",
                    measured(IndicatorKind.RATIO_PLANNED, "100", "40", INTERIM, false));
        }

        @Test
        void shouldExplainLateWithThresholdAndProRataShare() {
            assertEquals("Valore conseguito 40,00%: sotto la soglia di 45,87%, cioè l'atteso pro rata al 30/06/2021 "
                    + "di 49,59% (target 100,00% per la quota d'anno trascorsa 49,59%) ridotto della tolleranza "
                    + "del 7,50%.", measured(IndicatorKind.RATIO_PLANNED, "100", "40", INTERIM, false).reason());
        }

        // At 31/12 the pro-rata share is the whole year, so the thresholds are round: 150 and 92,5.

        @Test
        void shouldSuggestAheadExactlyAtOneAndAHalfTimesTheExpected() {
            assertSuggestion(AssessmentStep.AHEAD, "ABOVE_PRO_RATA",
                    measured(IndicatorKind.RATIO_PLANNED, "100", "150", FINAL, true));
        }

        @Test
        void shouldSuggestOnTrackJustBelowOneAndAHalfTimesTheExpected() {
            assertSuggestion(AssessmentStep.ON_TRACK, "ON_PRO_RATA",
                    measured(IndicatorKind.RATIO_PLANNED, "100", "149.99", FINAL, true));
        }

        @Test
        void shouldSuggestOnTrackExactlyAtTheTolerance() {
            assertSuggestion(AssessmentStep.ON_TRACK, "ON_PRO_RATA",
                    measured(IndicatorKind.RATIO_PLANNED, "100", "92.5", FINAL, true));
        }

        @Test
        void shouldSuggestLateJustBelowTheTolerance() {
            assertSuggestion(AssessmentStep.LATE, "BELOW_PRO_RATA",
                    measured(IndicatorKind.RATIO_PLANNED, "100", "92.49", FINAL, true));
        }
    }

    @Nested
    class Rate {

        @Test
        void shouldSuggestLateForApplicationsInstructedAt90Comma57() {
            assertSuggestion(AssessmentStep.LATE, "BELOW_TARGET",
                    measured(IndicatorKind.RATIO, "100", "90.56603773584906", INTERIM, false));
        }

        @Test
        void shouldExplainBelowTargetWithThreshold() {
            assertEquals("Valore conseguito 90,57%: sotto la soglia di 92,50%, cioè il target 100,00% ridotto della "
                    + "tolleranza del 7,50%.",
                    measured(IndicatorKind.RATIO, "100", "90.56603773584906", INTERIM, false).reason());
        }

        @Test
        void shouldSuggestOnTrackForDisabilityApplicationsAt94Comma43() {
            assertSuggestion(AssessmentStep.ON_TRACK, "ON_TARGET",
                    measured(IndicatorKind.RATIO, "100", "94.42724458204334", INTERIM, false));
        }

        @Test
        void shouldExplainOnTargetWithThreshold() {
            assertEquals("Valore conseguito 94,43%: non sotto la soglia di 92,50%, cioè il target 100,00% ridotto "
                    + "della tolleranza del 7,50%.",
                    measured(IndicatorKind.RATIO, "100", "94.42724458204334", INTERIM, false).reason());
        }

        @Test
        void shouldSuggestOnTrackNotAheadForPreselectionOffersAboveTheirTarget() {
            assertSuggestion(AssessmentStep.ON_TRACK, "ON_TARGET",
                    measured(IndicatorKind.RATIO, "66", "72.75713924690422", INTERIM, false));
        }

        @Test
        void shouldSuggestOnTrackForCompaniesAt85Comma39AgainstTarget90() {
            assertSuggestion(AssessmentStep.ON_TRACK, "ON_TARGET",
                    measured(IndicatorKind.RATIO, "90", "85.38840262582057", INTERIM, false));
        }

        @Test
        void shouldHoldARateToItsFullTargetEvenAtTheInterimPeriod() {
            assertSuggestion(AssessmentStep.LATE, "BELOW_TARGET",
                    measured(IndicatorKind.RATIO, "100", "60", INTERIM, false));
        }

        @Test
        void shouldSuggestOnTrackExactlyAtTheTolerance() {
            assertSuggestion(AssessmentStep.ON_TRACK, "ON_TARGET",
                    measured(IndicatorKind.RATIO, "100", "92.5", INTERIM, false));
        }

        @Test
        void shouldSuggestLateJustBelowTheTolerance() {
            assertSuggestion(AssessmentStep.LATE, "BELOW_TARGET",
                    measured(IndicatorKind.RATIO, "100", "92.49", INTERIM, false));
        }
    }

    @Nested
    class DirectValue {

        @Test
        void shouldSuggestOnTrackNotAheadForStaffTrainedAt95AgainstTarget67AtInterim() {
            assertSuggestion(AssessmentStep.ON_TRACK, "ON_PRO_RATA",
                    measured(IndicatorKind.DIRECT, "67", "95", INTERIM, false));
        }

        @Test
        void shouldSuggestOnTrackForStaffTrainedAt95AgainstTarget67AtFinal() {
            assertSuggestion(AssessmentStep.ON_TRACK, "ON_TARGET",
                    measured(IndicatorKind.DIRECT, "67", "95", FINAL, true));
        }

        @Test
        void shouldSuggestOnTrackForTransparencyMeasuresHalfDoneAtInterim() {
            assertSuggestion(AssessmentStep.ON_TRACK, "ON_PRO_RATA",
                    measured(IndicatorKind.DIRECT, "100", "50", INTERIM, false));
        }

        @Test
        void shouldExplainAnInterimValueAgainstThePace() {
            assertEquals("Valore conseguito 50,00%: non sotto la soglia di 45,87%, cioè l'atteso pro rata al "
                    + "30/06/2021 di 49,59% (target 100,00% per la quota d'anno trascorsa 49,59%) ridotto della "
                    + "tolleranza del 7,50%.", measured(IndicatorKind.DIRECT, "100", "50", INTERIM, false).reason());
        }

        @Test
        void shouldSuggestLateBelowThePaceAtInterim() {
            assertSuggestion(AssessmentStep.LATE, "BELOW_PRO_RATA",
                    measured(IndicatorKind.DIRECT, "100", "40", INTERIM, false));
        }

        @Test
        void shouldHoldTheValueToTheFullTargetAtFinal() {
            assertSuggestion(AssessmentStep.LATE, "BELOW_TARGET",
                    measured(IndicatorKind.DIRECT, "100", "50", FINAL, true));
        }

        // On 01/07 of a leap year exactly half the year has elapsed: pace 50, threshold 46,25.

        @Test
        void shouldSuggestOnTrackExactlyAtTheToleranceOfThePace() {
            assertSuggestion(AssessmentStep.ON_TRACK, "ON_PRO_RATA",
                    measured(IndicatorKind.DIRECT, "100", "46.25", LocalDate.of(2024, 7, 1), false));
        }

        @Test
        void shouldSuggestLateJustBelowTheToleranceOfThePace() {
            assertSuggestion(AssessmentStep.LATE, "BELOW_PRO_RATA",
                    measured(IndicatorKind.DIRECT, "100", "46.24", LocalDate.of(2024, 7, 1), false));
        }

        @Test
        void shouldSuggestOnTrackExactlyAtTheToleranceOfTheTargetAtFinal() {
            assertSuggestion(AssessmentStep.ON_TRACK, "ON_TARGET",
                    measured(IndicatorKind.DIRECT, "67", "61.975", FINAL, true));
        }

        @Test
        void shouldSuggestLateJustBelowTheToleranceOfTheTargetAtFinal() {
            assertSuggestion(AssessmentStep.LATE, "BELOW_TARGET",
                    measured(IndicatorKind.DIRECT, "67", "61.97", FINAL, true));
        }
    }

    /** What a value is compared with is the indicator's own declaration, not a consequence of its kind. */
    @Nested
    class JudgedAgainstDeclared {

        @Test
        void shouldHoldCustomerSatisfactionToItsTargetNotToAShareOfTheYear() {
            // 4.1 in 2021: a rate of satisfied users; 40% against a 79% target is far below it at any date.
            Suggestion suggestion = judged(IndicatorKind.DIRECT, JudgedAgainst.TARGET, "79", "40", INTERIM, false);
            assertSuggestion(AssessmentStep.LATE, "BELOW_TARGET", suggestion);
            assertFalse(suggestion.reason().contains("pro rata"), suggestion.reason());
        }

        @Test
        void shouldFindCustomerSatisfactionOnTargetAtInterim() {
            assertSuggestion(AssessmentStep.ON_TRACK, "ON_TARGET",
                    judged(IndicatorKind.DIRECT, JudgedAgainst.TARGET, "79", "81.5", INTERIM, false));
        }

        @Test
        void shouldHoldARatioDeclaredCumulativeToThePace() {
            assertSuggestion(AssessmentStep.ON_TRACK, "ON_PRO_RATA",
                    judged(IndicatorKind.RATIO, JudgedAgainst.PRO_RATA, "100", "50", INTERIM, false));
        }

        @Test
        void shouldHoldAPlannedQuantityDeclaredALevelToItsTarget() {
            assertSuggestion(AssessmentStep.LATE, "BELOW_TARGET",
                    judged(IndicatorKind.RATIO_PLANNED, JudgedAgainst.TARGET, "100", "56", INTERIM, false));
        }

        @ParameterizedTest
        @EnumSource(IndicatorKind.class)
        void shouldDefaultByKind(IndicatorKind kind) {
            assertEquals(kind == IndicatorKind.RATIO ? JudgedAgainst.TARGET : JudgedAgainst.PRO_RATA,
                    JudgedAgainst.defaultFor(kind));
        }
    }

    /** The facts behind each reason, so that a client can state it in its reader's language. */
    @Nested
    class Facts {

        @Test
        void shouldGiveTheDatesOfAnEarlyPhase() {
            ReasonFacts facts = atInterim(Plan2021.timelineOfObjective1_7()).facts();
            assertEquals(INTERIM, facts.date());
            assertEquals(List.of(new ReasonFacts.PhaseFact(1, LocalDate.of(2021, 6, 30), LocalDate.of(2021, 3, 2), 120L)),
                    facts.phases());
            assertEquals(AssessmentSuggestion.AHEAD_MARGIN_DAYS, facts.aheadMarginDays());
        }

        @Test
        void shouldGiveTheLatePhaseAndItsPlannedEnd() {
            assertEquals(List.of(new ReasonFacts.PhaseFact(1, LocalDate.of(2021, 4, 30), null, null)),
                    atInterim(Plan2021.timelineOfObjective2_2()).facts().phases());
        }

        @Test
        void shouldGiveValuePaceThresholdAndToleranceOfAValueBelowThePace() {
            ReasonFacts facts = measured(IndicatorKind.DIRECT, "100", "30", INTERIM, false).facts();
            assertEquals(0, new BigDecimal("30").compareTo(facts.value()));
            assertEquals(0, HUNDRED.compareTo(facts.target()));
            assertEquals("49,59%", Percent.display(facts.expected()));
            assertEquals("49,59%", Percent.display(facts.yearShare()));
            assertEquals("45,87%", Percent.display(facts.threshold()));
            assertEquals("7,50%", Percent.display(facts.tolerance()));
        }

        @Test
        void shouldGiveTheAheadFactorOfAQuantityWellAheadOfThePace() {
            ReasonFacts facts = measured(IndicatorKind.RATIO_PLANNED, "100", "188.935", INTERIM, false).facts();
            assertEquals(0, AssessmentSuggestion.AHEAD_FACTOR.compareTo(facts.aheadFactor()));
            assertEquals("49,59%", Percent.display(facts.expected()));
        }

        @Test
        void shouldGiveOnlyTheDateWhenNoDataIsDue() {
            ReasonFacts facts = measured(IndicatorKind.RATIO, "100", null, INTERIM, false).facts();
            assertEquals(ReasonFacts.at(INTERIM), facts);
        }
    }

    @Nested
    class NoTarget {

        @ParameterizedTest
        @EnumSource(value = IndicatorKind.class, names = {"RATIO", "RATIO_PLANNED", "DIRECT"})
        void shouldSuggestOnTrackForAMeasuredValueWithoutTarget(IndicatorKind kind) {
            assertSuggestion(AssessmentStep.ON_TRACK, "NO_TARGET",
                    measured(kind, null, "72.75713924690422", INTERIM, false));
        }

        @Test
        void shouldExplainTheMissingTarget() {
            assertEquals("Valore conseguito 72,76%, senza un target con cui confrontarlo.",
                    measured(IndicatorKind.RATIO, null, "72.75713924690422", INTERIM, false).reason());
        }
    }
}
