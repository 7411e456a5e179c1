package it.perfmon.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FigureCheckTest {

    private static final FigureCheck.Indicator INTERVIEWS = new FigureCheck.Indicator(IndicatorKind.RATIO, 2021, false);
    private static final FigureCheck.Indicator HOURS = new FigureCheck.Indicator(IndicatorKind.RATIO, 2021, true);
    private static final FigureCheck.Indicator PLANNED = new FigureCheck.Indicator(IndicatorKind.RATIO_PLANNED, 2021, false);

    private static FigureCheck.Figure march(boolean denominator, String value) {
        return new FigureCheck.Figure(denominator, LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 31), true, null,
                new BigDecimal(value));
    }

    private static Optional<FigureProblem> refusal(String field, String message) {
        return Optional.of(new FigureProblem(field, message));
    }

    @Test
    void shouldAcceptAWholeFigureInThePlansYear() {
        assertEquals(Optional.empty(), FigureCheck.problem(INTERVIEWS, march(false, "6412")));
        assertEquals(Optional.empty(), FigureCheck.problem(INTERVIEWS, march(true, "7914.000")));
    }

    @Test
    void shouldRefuseCountsForAnIndicatorThatIsNotARatio() {
        assertEquals(refusal("indicatorId", "l'indicatore non è un rapporto e non riceve conteggi"),
                FigureCheck.problem(new FigureCheck.Indicator(IndicatorKind.TIMELINE, 2021, false), march(false, "1")));
    }

    @Test
    void shouldRefuseToCountAPlannedQuantity() {
        assertEquals(refusal("component", "il denominatore è la quantità prevista dell'indicatore, non si conta"),
                FigureCheck.problem(PLANNED, march(true, "20000")));
        assertEquals(Optional.empty(), FigureCheck.problem(PLANNED, march(false, "37787")));
    }

    @Test
    void shouldRefuseASpanEndingBeforeItStarts() {
        FigureCheck.Figure backwards = new FigureCheck.Figure(false, LocalDate.of(2021, 3, 31), LocalDate.of(2021, 3, 1),
                true, null, BigDecimal.ONE);
        assertEquals(refusal("to", "non può precedere from"), FigureCheck.problem(INTERVIEWS, backwards));
    }

    @Test
    void shouldRefuseDaysOutsideThePlansYear() {
        FigureCheck.Figure december2020 = new FigureCheck.Figure(false, LocalDate.of(2020, 12, 1),
                LocalDate.of(2020, 12, 31), true, null, BigDecimal.ONE);
        FigureCheck.Figure intoJanuary = new FigureCheck.Figure(false, LocalDate.of(2021, 12, 1),
                LocalDate.of(2022, 1, 6), true, null, BigDecimal.ONE);
        assertEquals(refusal("from", "fuori dall'anno del piano (2021)"), FigureCheck.problem(INTERVIEWS, december2020));
        assertEquals(refusal("to", "fuori dall'anno del piano (2021)"), FigureCheck.problem(INTERVIEWS, intoJanuary));
    }

    @Test
    void shouldRefuseAnUnknownTerritorialUnit() {
        FigureCheck.Figure nowhere = new FigureCheck.Figure(false, LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 31),
                false, "XX-YY", BigDecimal.ONE);
        assertEquals(refusal("territorialUnit", "settore territoriale sconosciuto: XX-YY"),
                FigureCheck.problem(INTERVIEWS, nowhere));
    }

    @Test
    void shouldRefuseHalfAnInterviewButNotHalfAnHour() {
        assertEquals(refusal("value", WholeNumbers.MESSAGE), FigureCheck.problem(INTERVIEWS, march(false, "25.5")));
        assertEquals(Optional.empty(), FigureCheck.problem(HOURS, march(false, "25.5")));
    }
}
