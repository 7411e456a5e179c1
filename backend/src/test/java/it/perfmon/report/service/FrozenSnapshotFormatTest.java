package it.perfmon.report.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import it.perfmon.report.model.PlanReport;
import it.perfmon.report.model.PlanReport.Assessment;
import it.perfmon.report.model.PlanReport.AssessmentCount;
import it.perfmon.report.model.PlanReport.Definition;
import it.perfmon.report.model.PlanReport.IndicatorDeviation;
import it.perfmon.report.model.PlanReport.ReasonFacts;
import it.perfmon.report.model.PlanReport.ReasonPhase;
import it.perfmon.report.model.PlanReport.ReportArea;
import it.perfmon.report.model.PlanReport.ReportIndicator;
import it.perfmon.report.model.PlanReport.ReportObjective;
import it.perfmon.report.model.PlanReport.ReportPeriod;
import it.perfmon.report.model.PlanReport.ReportPhase;
import it.perfmon.report.model.PlanReport.ReportPlan;
import it.perfmon.report.model.PlanReport.ReportScore;
import it.perfmon.report.model.PlanReport.Result;
import it.perfmon.report.model.PlanReport.StructureRef;
import it.perfmon.report.model.PlanReport.Suggestion;
import it.perfmon.report.model.PlanReport.Target;
import it.perfmon.report.model.PlanReport.Value;
import it.perfmon.report.model.PlanReport.WeightSummary;
import it.perfmon.rules.Deviation;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Snapshots frozen at closing by earlier releases, with each indicator flat, stay readable and keep their shape; those
 * frozen since the deviation's explanation and corrective actions were kept carry them beside the other fields.
 */
@QuarkusTest
class FrozenSnapshotFormatTest {

    /** A snapshot as releases before the model's named parts wrote it, with a field since removed ("legacy"). */
    private static final String FLAT_SNAPSHOT = """
            {"plan":{"id":1,"year":2021,"title":"Piano della performance 2021-2023","organisationCode":"ARTI",
              "organisationName":"Agenzia regionale toscana per l'impiego"},
             "period":{"id":2,"kind":"INTERIM","referenceDate":"2021-06-30","label":"Monitoraggio al 30/06/2021",
              "status":"OPEN"},
             "score":{"value":95.5,"rawValue":120.25,"weights":{"sum":100,"missing":0,"complete":true,"warning":null},
              "objectivesWithoutWeight":[]},
             "assessmentSummary":[{"step":3,"label":"secondo le aspettative","indicators":1},
              {"step":null,"label":"non valutato","indicators":0}],
             "warnings":[],
             "areas":[{"id":3,"number":1,"title":"Servizi per l'impiego","objectives":[
              {"id":4,"code":"1.5","title":"Potenziamento dei centri per l'impiego","weight":8,"notes":null,
               "responsibleStructure":{"id":5,"code":"DIR","name":"Direzione"},"programmingLink":"DEFR 2021",
               "deadline":"2021-12-31","timelineNumber":null,"timelineTitle":null,"achievement":100,
               "rawAchievement":188.935,"phaseWeights":null,"version":0,
               "indicators":[{"id":6,"position":1,"description":"Istruttorie concluse su istruttorie avviate",
                "kind":"RATIO","numeratorLabel":"istruttorie concluse","denominatorLabel":"istruttorie avviate",
                "plannedQuantity":null,"baselineValue":95.2,"baselineReference":"dato 2020","targetValue":90,
                "nextYearsTargetValue":null,"nextYearsTargetRule":">= dato finale anno precedente",
                "planningNote":"Nota di pianificazione","numerator":1001,"denominator":529.8,
                "computedValue":188.935,"enteredValue":30,"enteredJustification":"Dato rettificato",
                "valueUsed":30,"valueSource":"ENTERED","expectedValue":44.63,"monitoringNote":"In linea",
                "dataSource":"Direzione","assessment":{"step":3,"code":"ON_TRACK","label":"secondo le aspettative",
                 "assessedBy":"admin","assessedAt":"2021-07-20T10:00:00Z"},
                "suggestion":{"step":5,"code":"LATE","label":"in ritardo","reasonCode":"BELOW_PRO_RATA",
                 "reason":"Valore sotto la quota attesa","reasonFacts":{"date":"2021-06-30","value":30,"target":90,
                 "expected":44.63,"yearShare":49.59,"threshold":39.63,"tolerance":5,"aheadFactor":null,
                 "aheadMarginDays":null,"phases":[{"number":1,"plannedEnd":"2021-03-31","actualEnd":"2021-03-15",
                 "daysEarly":16}]}},
                "resultId":7,"resultVersion":2,"targetRule":">= 90%","legacy":"ignored"}],
               "phases":[{"id":8,"number":1,"description":"Analisi","output":"Relazione","plannedStart":"2021-01-01",
                "plannedEnd":"2021-03-31","responsible":"Direzione","weight":100,"actualEnd":"2021-03-15",
                "partialProgress":null,"monitoringNote":null,"dataSource":null,"status":"COMPLETED","version":1}]}]}],
             "frozen":null,"liveDifferences":[]}
            """;

    @Inject
    ObjectMapper mapper;

    private static final String INDICATOR = "/areas/0/objectives/0/indicators/0";

    @Test
    void shouldReadASnapshotFrozenWithFlatIndicators() {
        assertEquals(expectedReport(null, null), new FrozenReports(mapper).read(FLAT_SNAPSHOT));
    }

    @Test
    void shouldTellTheDeviationOfASnapshotFrozenBeforeExplanationsWereKept() {
        ReportIndicator indicator = new FrozenReports(mapper).read(FLAT_SNAPSHOT).areas().get(0).objectives().get(0)
                .indicators().get(0);
        assertNull(indicator.result().deviationExplanation());
        assertNull(indicator.result().correctiveActions());
        // Assessed 3, but its 30% is below the pace the suggestion held it to: behind all the same.
        assertEquals(new IndicatorDeviation(List.of(Deviation.Reason.BELOW_PRO_RATA), 3, new BigDecimal("44.63"),
                new BigDecimal("30")), indicator.deviation());
    }

    @Test
    void shouldWriteIndicatorsFlatAsEarlierReleasesReadWithTheDeviationsTextsBeside() throws Exception {
        JsonNode written = mapper.readTree(mapper.writeValueAsString(expectedReport(EXPLANATION, ACTIONS)));
        JsonNode stored = mapper.readTree(FLAT_SNAPSHOT);
        Set<String> storedFields = fields(stored.at(INDICATOR));
        storedFields.remove("legacy");
        storedFields.addAll(List.of("deviationExplanation", "correctiveActions"));
        assertEquals(storedFields, fields(written.at(INDICATOR)));
        assertEquals(fields(stored), fields(written));
    }

    @Test
    void shouldReadBackTheDeviationsTextsOfASnapshotFrozenNow() throws Exception {
        String written = mapper.writeValueAsString(expectedReport(EXPLANATION, ACTIONS));
        assertEquals(EXPLANATION, mapper.readTree(written).at(INDICATOR + "/deviationExplanation").asText());
        assertEquals(expectedReport(EXPLANATION, ACTIONS), new FrozenReports(mapper).read(written));
    }

    private static Set<String> fields(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static final String EXPLANATION = "Istruttorie sospese in attesa delle nuove linee guida regionali";
    private static final String ACTIONS = "Task force dedicata da luglio, recupero entro il 30/09";

    private static PlanReport expectedReport(String explanation, String actions) {
        ReportIndicator indicator = new ReportIndicator(
                new Definition(6, 1, "Istruttorie concluse su istruttorie avviate", "RATIO", "istruttorie concluse",
                        "istruttorie avviate", null, "Nota di pianificazione"),
                new Target(new BigDecimal("95.2"), "dato 2020", new BigDecimal("90"), null,
                        ">= dato finale anno precedente", ">= 90%", new BigDecimal("44.63")),
                new Value(new BigDecimal("1001"), new BigDecimal("529.8"), new BigDecimal("188.935"),
                        new BigDecimal("30"), "Dato rettificato", new BigDecimal("30"), "ENTERED"),
                new Result(7L, 2, "In linea", "Direzione", new Assessment(3, "ON_TRACK", "secondo le aspettative",
                        "admin", Instant.parse("2021-07-20T10:00:00Z")), explanation, actions),
                new Suggestion(5, "LATE", "in ritardo", "BELOW_PRO_RATA", "Valore sotto la quota attesa",
                        new ReasonFacts(LocalDate.parse("2021-06-30"), new BigDecimal("30"), new BigDecimal("90"),
                                new BigDecimal("44.63"), new BigDecimal("49.59"), new BigDecimal("39.63"),
                                new BigDecimal("5"), null, null, List.of(new ReasonPhase(1,
                                        LocalDate.parse("2021-03-31"), LocalDate.parse("2021-03-15"), 16L)))));
        ReportPhase phase = new ReportPhase(8, 1, "Analisi", "Relazione", LocalDate.parse("2021-01-01"),
                LocalDate.parse("2021-03-31"), "Direzione", new BigDecimal("100"), LocalDate.parse("2021-03-15"),
                null, null, null, "COMPLETED", 1);
        ReportObjective objective = new ReportObjective(4, "1.5", "Potenziamento dei centri per l'impiego",
                new BigDecimal("8"), null, new StructureRef(5, "DIR", "Direzione"), "DEFR 2021",
                LocalDate.parse("2021-12-31"), null, null, new BigDecimal("100"), new BigDecimal("188.935"), null, 0,
                List.of(indicator), List.of(phase));
        return new PlanReport(
                new ReportPlan(1, 2021, "Piano della performance 2021-2023", "ARTI",
                        "Agenzia regionale toscana per l'impiego"),
                new ReportPeriod(2, "INTERIM", LocalDate.parse("2021-06-30"), "Monitoraggio al 30/06/2021", "OPEN"),
                new ReportScore(new BigDecimal("95.5"), new BigDecimal("120.25"),
                        new WeightSummary(new BigDecimal("100"), 0, true, null), List.of()),
                List.of(new AssessmentCount(3, "secondo le aspettative", 1),
                        new AssessmentCount(null, "non valutato", 0)),
                List.of(),
                List.of(new ReportArea(3, 1, "Servizi per l'impiego", List.of(objective))),
                null,
                List.of());
    }
}
