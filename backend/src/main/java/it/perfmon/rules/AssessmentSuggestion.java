package it.perfmon.rules;

import static java.util.stream.Collectors.joining;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;

/** Suggests the valutazione sintetica of an indicator, with its reason; a person confirms or changes it. */
public final class AssessmentSuggestion {

    /**
     * A phase closed at least two months before its planned end is well ahead: at a six-monthly monitoring a few
     * weeks are ordinary scheduling noise. In 2021, objective 1.7 closed a phase 120 days early and was rated
     * "in anticipo"; objective 1.2 closed one 30 days early and was rated "secondo le aspettative".
     */
    public static final int AHEAD_MARGIN_DAYS = 60;

    /**
     * A cumulated quantity is ahead only at half again its pro-rata share, since monthly counts swing with the
     * season. In 2021, 37.787 remote interviews against 20.000 planned (188,94%, pro rata 49,59%) were rated
     * "in anticipo"; 25.202 active policies against 45.000 planned (56,00%) "secondo le aspettative".
     */
    public static final BigDecimal AHEAD_FACTOR = new BigDecimal("1.5");

    /**
     * Relative shortfall still judged on track. In 2021, 94,43% against a 100% target (objective 2.1) was rated
     * "secondo le aspettative" and 90,57% (objective 1.6) "in ritardo": 7,5% separates the two.
     */
    public static final BigDecimal TOLERANCE = new BigDecimal("0.075");

    public static final String PHASE_LATE = "PHASE_LATE";
    public static final String PHASE_EARLY = "PHASE_EARLY";
    public static final String NOT_DUE_YET = "NOT_DUE_YET";
    public static final String PHASES_ON_SCHEDULE = "PHASES_ON_SCHEDULE";
    public static final String NO_DATA_YET = "NO_DATA_YET";
    public static final String NO_DATA_AT_FINAL = "NO_DATA_AT_FINAL";
    public static final String NO_TARGET = "NO_TARGET";
    public static final String ABOVE_PRO_RATA = "ABOVE_PRO_RATA";
    public static final String ON_PRO_RATA = "ON_PRO_RATA";
    public static final String BELOW_PRO_RATA = "BELOW_PRO_RATA";
    public static final String ON_TARGET = "ON_TARGET";
    public static final String BELOW_TARGET = "BELOW_TARGET";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private AssessmentSuggestion() {
    }

    public static Suggestion suggest(SuggestionInput in) {
        if (in.kind() == IndicatorKind.TIMELINE) {
            return timeline(in);
        }
        // A level above its target meets it: being higher is not being ahead of anything.
        if (in.judgedAgainst() == JudgedAgainst.TARGET) {
            return withData(in, AssessmentSuggestion::againstTarget);
        }
        // A counted quantity over its planned total builds up with the year, so only it can run ahead of the pace.
        if (in.kind() == IndicatorKind.RATIO_PLANNED) {
            return withData(in, AssessmentSuggestion::againstPlannedQuantity);
        }
        // Any other value held to the pace is never "ahead"; at the end of the year the pace is the target.
        return withData(in, in.finalPeriod() ? AssessmentSuggestion::againstTarget : AssessmentSuggestion::againstPace);
    }

    private static Suggestion timeline(SuggestionInput in) {
        LocalDate date = in.periodDate();
        List<PhaseProgress> late = in.phases().stream().filter(phase -> isLate(phase, in)).toList();
        if (!late.isEmpty()) {
            return new Suggestion(AssessmentStep.LATE, PHASE_LATE, "Al " + format(date)
                    + " risultano scadute e non concluse: " + late.stream()
                            .map(phase -> "fase " + phase.number() + " (fine prevista "
                                    + format(phase.plannedEnd()) + ")")
                            .collect(joining(", ")) + ".",
                    ReasonFacts.at(date).withPhases(late.stream()
                            .map(phase -> new ReasonFacts.PhaseFact(phase.number(), phase.plannedEnd(), null, null))
                            .toList(), null));
        }
        List<PhaseProgress> early = in.phases().stream().filter(phase -> isEarly(phase, date)).toList();
        if (!early.isEmpty()) {
            return new Suggestion(AssessmentStep.AHEAD, PHASE_EARLY, "Concluse con almeno " + AHEAD_MARGIN_DAYS
                    + " giorni di anticipo: " + early.stream()
                            .map(phase -> "fase " + phase.number() + " il " + format(phase.actualEnd())
                                    + " (fine prevista " + format(phase.plannedEnd()) + ", "
                                    + ChronoUnit.DAYS.between(phase.actualEnd(), phase.plannedEnd()) + " giorni prima)")
                            .collect(joining(", ")) + ".",
                    ReasonFacts.at(date).withPhases(early.stream()
                            .map(phase -> new ReasonFacts.PhaseFact(phase.number(), phase.plannedEnd(), phase.actualEnd(),
                                    ChronoUnit.DAYS.between(phase.actualEnd(), phase.plannedEnd())))
                            .toList(), AHEAD_MARGIN_DAYS));
        }
        if (in.phases().stream().allMatch(phase -> phase.plannedStart().isAfter(date))) {
            return new Suggestion(AssessmentStep.NOT_STARTED_ON_TRACK, NOT_DUE_YET,
                    "Nessuna fase del cronoprogramma ha inizio previsto entro il " + format(date) + ".",
                    ReasonFacts.at(date));
        }
        return new Suggestion(AssessmentStep.ON_TRACK, PHASES_ON_SCHEDULE,
                "Al " + format(date) + " nessuna fase scaduta risulta non conclusa.", ReasonFacts.at(date));
    }

    private static boolean isLate(PhaseProgress phase, SuggestionInput in) {
        if (phase.completedBy(in.periodDate())) {
            return false;
        }
        // At an interim date a phase due that very day may still close on it; at the final one there is no later look.
        return in.finalPeriod() ? !phase.plannedEnd().isAfter(in.periodDate())
                : phase.plannedEnd().isBefore(in.periodDate());
    }

    private static boolean isEarly(PhaseProgress phase, LocalDate date) {
        return phase.completedBy(date)
                && ChronoUnit.DAYS.between(phase.actualEnd(), phase.plannedEnd()) >= AHEAD_MARGIN_DAYS;
    }

    private static Suggestion withData(SuggestionInput in, Function<SuggestionInput, Suggestion> rule) {
        // A ratio whose denominator is still zero has counts but no value: nothing to judge yet either.
        if (!in.hasData() || in.value() == null) {
            return in.finalPeriod()
                    ? new Suggestion(AssessmentStep.NOT_STARTED_LATE, NO_DATA_AT_FINAL,
                            "Nessun dato disponibile al monitoraggio finale del " + format(in.periodDate()) + ".",
                            ReasonFacts.at(in.periodDate()))
                    : new Suggestion(AssessmentStep.NOT_STARTED_ON_TRACK, NO_DATA_YET,
                            "Nessun dato ancora disponibile al " + format(in.periodDate()) + ".",
                            ReasonFacts.at(in.periodDate()));
        }
        if (in.target() == null) {
            return new Suggestion(AssessmentStep.ON_TRACK, NO_TARGET,
                    "Valore conseguito " + Percent.display(in.value()) + ", senza un target con cui confrontarlo.",
                    ReasonFacts.at(in.periodDate()).withValue(in.value()));
        }
        return rule.apply(in);
    }

    private static Suggestion againstTarget(SuggestionInput in) {
        return withinTolerance(in.value(), in.target(), "il target " + Percent.display(in.target()),
                ON_TARGET, BELOW_TARGET, facts(in));
    }

    private static ReasonFacts facts(SuggestionInput in) {
        return ReasonFacts.at(in.periodDate()).withValue(in.value()).withTarget(in.target());
    }

    private static ReasonFacts paceFacts(SuggestionInput in, BigDecimal expected) {
        return facts(in).withPace(expected,
                ProRata.expectedShare(in.planYear(), in.periodDate()).multiply(Decimals.HUNDRED));
    }

    private static Suggestion againstPlannedQuantity(SuggestionInput in) {
        BigDecimal expected = ProRata.expected(in.target(), in.planYear(), in.periodDate());
        if (in.value().compareTo(expected.multiply(AHEAD_FACTOR)) >= 0) {
            return new Suggestion(AssessmentStep.AHEAD, ABOVE_PRO_RATA, "Valore conseguito "
                    + Percent.display(in.value()) + ": almeno " + AHEAD_FACTOR.toPlainString().replace('.', ',')
                    + " volte " + paceText(in, expected) + ".", paceFacts(in, expected).withAheadFactor(AHEAD_FACTOR));
        }
        return againstPace(in, expected);
    }

    private static Suggestion againstPace(SuggestionInput in) {
        return againstPace(in, ProRata.expected(in.target(), in.planYear(), in.periodDate()));
    }

    private static Suggestion againstPace(SuggestionInput in, BigDecimal expected) {
        return withinTolerance(in.value(), expected, paceText(in, expected), ON_PRO_RATA, BELOW_PRO_RATA,
                paceFacts(in, expected));
    }

    private static String paceText(SuggestionInput in, BigDecimal expected) {
        BigDecimal share = ProRata.expectedShare(in.planYear(), in.periodDate()).multiply(Decimals.HUNDRED);
        return "l'atteso pro rata al " + format(in.periodDate()) + " di " + Percent.display(expected) + " (target "
                + Percent.display(in.target()) + " per la quota d'anno trascorsa " + Percent.display(share) + ")";
    }

    private static Suggestion withinTolerance(BigDecimal value, BigDecimal reference, String referenceText,
            String metCode, String missedCode, ReasonFacts facts) {
        BigDecimal threshold = reference.multiply(BigDecimal.ONE.subtract(TOLERANCE));
        boolean met = value.compareTo(threshold) >= 0;
        BigDecimal tolerance = TOLERANCE.multiply(Decimals.HUNDRED);
        return new Suggestion(met ? AssessmentStep.ON_TRACK : AssessmentStep.LATE, met ? metCode : missedCode,
                "Valore conseguito " + Percent.display(value) + ": " + (met ? "non sotto" : "sotto") + " la soglia di "
                        + Percent.display(threshold) + ", cioè " + referenceText + " ridotto della tolleranza del "
                        + Percent.display(tolerance) + ".", facts.withThreshold(threshold, tolerance));
    }

    private static String format(LocalDate date) {
        return date.format(DATE);
    }
}
