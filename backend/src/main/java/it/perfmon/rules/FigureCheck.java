package it.perfmon.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Whether a figure may be counted for its indicator, on its own: only ratios receive counts, a planned quantity is
 * not counted, the days lie in the plan's year, the unit exists, and things counted are whole unless the indicator
 * counts a decimal unit.
 */
public final class FigureCheck {

    private FigureCheck() {
    }

    /** What the check needs of the indicator. */
    public record Indicator(IndicatorKind kind, int planYear, boolean decimalCounts) {
    }

    /** A figure's part of the check; unitKnown is true for a total or a unit of the indicator's organisation. */
    public record Figure(boolean denominator, LocalDate from, LocalDate to, boolean unitKnown, String unit,
            BigDecimal value) {
    }

    /** The first thing wrong with the figure, or empty. */
    public static Optional<FigureProblem> problem(Indicator indicator, Figure figure) {
        if (indicator.kind() != IndicatorKind.RATIO && indicator.kind() != IndicatorKind.RATIO_PLANNED) {
            return refused("indicatorId", "l'indicatore non è un rapporto e non riceve conteggi");
        }
        if (indicator.kind() == IndicatorKind.RATIO_PLANNED && figure.denominator()) {
            return refused("component", "il denominatore è la quantità prevista dell'indicatore, non si conta");
        }
        if (figure.to().isBefore(figure.from())) {
            return refused("to", "non può precedere from");
        }
        int year = indicator.planYear();
        if (figure.from().getYear() != year) {
            return refused("from", "fuori dall'anno del piano (" + year + ")");
        }
        if (figure.to().getYear() != year) {
            return refused("to", "fuori dall'anno del piano (" + year + ")");
        }
        if (!figure.unitKnown()) {
            return refused("territorialUnit", "settore territoriale sconosciuto: " + figure.unit());
        }
        if (!indicator.decimalCounts() && figure.value() != null && !WholeNumbers.isWhole(figure.value())) {
            return refused("value", WholeNumbers.MESSAGE);
        }
        return Optional.empty();
    }

    private static Optional<FigureProblem> refused(String field, String message) {
        return Optional.of(new FigureProblem(field, message));
    }
}
