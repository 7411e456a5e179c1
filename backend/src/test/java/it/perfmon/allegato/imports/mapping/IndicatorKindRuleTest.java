package it.perfmon.allegato.imports.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import it.perfmon.rules.IndicatorKind;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The kind of each 2021 indicator, read from its description as the seed data set records it. */
class IndicatorKindRuleTest {

    @Test
    void shouldFollowTheTimelineWhenTheDescriptionSaysSo() {
        var inferred = IndicatorKindRule.infer("Organizzazione di fiere /eventi territoriali diffusi / recruitment days "
                + "secondo il cronoprogramma", null, null);
        assertEquals(IndicatorKind.TIMELINE, inferred.kind());
        assertNull(inferred.numeratorLabel());
    }

    @Test
    void shouldCountBothTermsOfARatio() {
        var inferred = IndicatorKindRule.infer("Numero offerte lavoro pubblicate in preselezione/totale offerte "
                + "pubblicate", null, "Il valore target è calcolato sulla base dell'indicatore offerte preselezione/offerte");
        assertEquals(IndicatorKind.RATIO, inferred.kind());
        assertEquals("Numero offerte lavoro pubblicate in preselezione", inferred.numeratorLabel());
        assertEquals("totale offerte pubblicate", inferred.denominatorLabel());
        assertNull(inferred.plannedQuantity());
    }

    @Test
    void shouldTakeThePlannedQuantityFromThePlanningNote() {
        var inferred = IndicatorKindRule.infer("Numero di politiche attive erogate ai beneficiari del reddito di "
                + "cittadinanza/Numero di politiche attive che si prevede di erogare",
                "Nel 2021 si prevede di erogare n. 45.000 politiche attive", "Le disposizioni da attuare ... ARTI 4");
        assertEquals(IndicatorKind.RATIO_PLANNED, inferred.kind());
        assertEquals(new BigDecimal("45000"), inferred.plannedQuantity());
        assertEquals("Numero di politiche attive che si prevede di erogare", inferred.denominatorLabel());
    }

    @Test
    void shouldTakeLastYearsFigureFromTheObjectiveNotes() {
        var inferred = IndicatorKindRule.infer("Numero di imprese che si sono rivolte ai servizi/numero di imprese che "
                + "si sono rivolte ai servizi nell'anno precedente", null, "Il valore target è calcolato sulla base delle "
                + "prese in carico di aziende che richiedono servizi specializzati ai Centri per l'impiego (CPI). Nel 2020 "
                + "si sono rivolte ai CPI 18.280 imprese");
        assertEquals(IndicatorKind.RATIO_PLANNED, inferred.kind());
        assertEquals(new BigDecimal("18280"), inferred.plannedQuantity());
    }

    @Test
    void shouldCountAPlannedRatioAsAPlainRatioWithoutAQuantity() {
        var inferred = IndicatorKindRule.infer("Numero colloqui erogati/Numero di colloqui previsti", "Da definire", null);
        assertEquals(IndicatorKind.RATIO, inferred.kind());
    }

    @Test
    void shouldLeaveSurveysAndSharesToAPerson() {
        assertEquals(IndicatorKind.DIRECT, IndicatorKindRule.infer("Numero utenti soddisfatti/numero utenti su cui è "
                + "stata effettuata la rilevazione", null, null).kind());
        assertEquals(IndicatorKind.DIRECT, IndicatorKindRule.infer("Personale formato/personale totale", null, null)
                .kind());
        assertEquals(IndicatorKind.DIRECT, IndicatorKindRule.infer("Attuazione misure sulla trasparenza previste per "
                + "l'anno 2021", null, null).kind());
    }

    @Test
    void shouldReadQuantitiesWrittenInTheNotes() {
        assertEquals(Optional.of(new BigDecimal("20000")),
                IndicatorKindRule.quantity("Nel 2021 si prevede di erogare 20.000 colloqui"));
        assertEquals(Optional.of(new BigDecimal("500")), IndicatorKindRule.quantity("previste n. 500 visite"));
        assertEquals(Optional.empty(), IndicatorKindRule.quantity("Nel 2021 si prevede un aumento"));
        assertEquals(Optional.empty(), IndicatorKindRule.quantity("pari al 12,5%"));
    }
}
