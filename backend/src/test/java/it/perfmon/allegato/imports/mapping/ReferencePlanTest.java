package it.perfmon.allegato.imports.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.perfmon.allegato.imports.AllegatoWorkbooks;
import it.perfmon.allegato.imports.mapping.PlanDraft.IndicatorDraft;
import it.perfmon.allegato.imports.mapping.PlanDraft.ObjectiveDraft;
import it.perfmon.allegato.imports.mapping.PlanDraft.PhaseDraft;
import it.perfmon.allegato.imports.parse.TextLayoutParser;
import it.perfmon.rules.PhaseProgress;
import it.perfmon.rules.Ratio;
import it.perfmon.rules.TimelineValue;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reference file, read and mapped, says field by field what the seed data set (transcribed by hand from the
 * same table) says: every area, objective, indicator, phase and interim result of 2021.
 */
class ReferencePlanTest {

    private static final LocalDate PERIOD = LocalDate.of(2021, 6, 30);
    private static PlanDraft draft;
    private static JsonNode seed;
    private static final Map<String, String> STRUCTURE_NAMES = new HashMap<>();

    @BeforeAll
    static void read() throws IOException {
        byte[] text = AllegatoWorkbooks.referenceText().getBytes(StandardCharsets.UTF_8);
        draft = new DocumentMapper(LocalDate.of(2026, 1, 1)).map(new TextLayoutParser(5000).parse(text));
        try (InputStream in = ReferencePlanTest.class.getResourceAsStream("/seed/arti-2021.json")) {
            seed = new ObjectMapper().readTree(in);
        }
        seed.get("structures").forEach(s -> STRUCTURE_NAMES.put(s.get("code").asText(), s.get("name").asText()));
    }

    @Test
    void shouldNameTheOrganisationAndPeriodOfTheSeed() {
        assertEquals(seed.at("/organisation/code").asText(), draft.organisationCode());
        assertEquals(seed.at("/organisation/name").asText(), Names.italianTitleCase(draft.organisationName()));
        assertEquals(seed.at("/plan/year").asInt(), draft.year());
        assertEquals(PERIOD, draft.periodDate());
    }

    @Test
    void shouldFindEveryAreaAndObjectiveOfTheSeed() {
        List<String> mismatches = new ArrayList<>();
        JsonNode areas = seed.at("/plan/areas");
        assertEquals(areas.size(), draft.areas().size());
        for (int a = 0; a < areas.size(); a++) {
            JsonNode area = areas.get(a);
            var drafted = draft.areas().get(a);
            check(mismatches, "area " + a, area.get("number").asInt(), drafted.number());
            check(mismatches, "area " + a + " title", area.get("title").asText(), drafted.title());
            assertEquals(area.get("objectives").size(), drafted.objectives().size());
            for (int o = 0; o < area.get("objectives").size(); o++) {
                objective(mismatches, area.get("objectives").get(o), drafted.objectives().get(o));
            }
        }
        assertEquals(List.of(), mismatches);
    }

    private static void objective(List<String> mismatches, JsonNode seeded, ObjectiveDraft drafted) {
        String code = seeded.get("code").asText();
        check(mismatches, code + " code", code, drafted.code());
        check(mismatches, code + " title", text(seeded, "title"), drafted.title());
        check(mismatches, code + " weight", number(seeded, "weight"), drafted.weight());
        check(mismatches, code + " notes", text(seeded, "notes"), drafted.notes());
        check(mismatches, code + " responsible", STRUCTURE_NAMES.get(text(seeded, "responsibleStructure")),
                drafted.responsible());
        check(mismatches, code + " programmingLink", text(seeded, "programmingLink"), drafted.programmingLink());
        Integer timelineNumber = seeded.get("timelineNumber").isNull() ? null : seeded.get("timelineNumber").asInt();
        check(mismatches, code + " timelineNumber", timelineNumber,
                drafted.timeline() == null ? null : drafted.timeline().number());
        if (drafted.timeline() != null) {
            check(mismatches, code + " timelineTitle", text(seeded, "timelineTitle"), drafted.timeline().title());
            check(mismatches, code + " deadline", LocalDate.parse(text(seeded, "deadline")), drafted.timeline().deadline());
            JsonNode phases = seeded.get("phases");
            check(mismatches, code + " phases", phases.size(), drafted.timeline().phases().size());
            for (int p = 0; p < Math.min(phases.size(), drafted.timeline().phases().size()); p++) {
                phase(mismatches, code, phases.get(p), drafted.timeline().phases().get(p));
            }
        } else {
            check(mismatches, code + " phases", 0, seeded.get("phases").size());
        }
        JsonNode indicators = seeded.get("indicators");
        check(mismatches, code + " indicators", indicators.size(), drafted.indicators().size());
        for (int i = 0; i < Math.min(indicators.size(), drafted.indicators().size()); i++) {
            indicator(mismatches, code, seeded, indicators.get(i), drafted.indicators().get(i));
        }
    }

    private static void phase(List<String> mismatches, String code, JsonNode seeded, PhaseDraft drafted) {
        String at = code + " fase " + seeded.get("number").asInt();
        check(mismatches, at + " number", seeded.get("number").asInt(), drafted.number());
        check(mismatches, at + " description", text(seeded, "description"), drafted.description());
        check(mismatches, at + " output", text(seeded, "output"), drafted.output());
        check(mismatches, at + " plannedStart", date(seeded, "plannedStart"), drafted.plannedStart());
        check(mismatches, at + " plannedEnd", date(seeded, "plannedEnd"), drafted.plannedEnd());
        check(mismatches, at + " responsible", text(seeded, "responsible"), drafted.responsible());
        check(mismatches, at + " weight", number(seeded, "weight"), drafted.weight());
        check(mismatches, at + " actualEnd", date(seeded, "actualEnd"), drafted.actualEnd());
        check(mismatches, at + " monitoringNote", text(seeded, "monitoringNote"), drafted.monitoringNote());
        check(mismatches, at + " dataSource", text(seeded, "dataSource"), drafted.dataSource());
    }

    private static void indicator(List<String> mismatches, String code, JsonNode objective, JsonNode seeded,
            IndicatorDraft drafted) {
        String at = code + " indicatore " + drafted.position();
        check(mismatches, at + " description", text(seeded, "description"), drafted.description());
        check(mismatches, at + " kind", text(seeded, "kind"), drafted.kind().kind().name());
        check(mismatches, at + " numeratorLabel", text(seeded, "numeratorLabel"), drafted.kind().numeratorLabel());
        check(mismatches, at + " denominatorLabel", text(seeded, "denominatorLabel"), drafted.kind().denominatorLabel());
        check(mismatches, at + " plannedQuantity", number(seeded, "plannedQuantity"), drafted.kind().plannedQuantity());
        check(mismatches, at + " baselineValue", number(seeded, "baselineValue"), drafted.baselineValue());
        check(mismatches, at + " baselineReference", text(seeded, "baselineReference"), drafted.baselineReference());
        check(mismatches, at + " targetValue", number(seeded, "targetValue"), drafted.targetValue());
        check(mismatches, at + " nextYearsTargetValue", number(seeded, "nextYearsTargetValue"),
                drafted.nextYearsTargetValue());
        check(mismatches, at + " nextYearsTargetRule", text(seeded, "nextYearsTargetRule"), drafted.nextYearsTargetRule());
        check(mismatches, at + " planningNote", text(seeded, "planningNote"), drafted.planningNote());
        JsonNode result = seeded.get("interimResult");
        check(mismatches, at + " monitoringNote", text(result, "monitoringNote"), drafted.result().monitoringNote());
        check(mismatches, at + " dataSource", text(result, "dataSource"), drafted.result().dataSource());
        check(mismatches, at + " assessment", result.get("assessment").asInt(), drafted.result().assessmentStep());
        BigDecimal shown = shownValue(objective, seeded);
        BigDecimal achieved = drafted.result().achieved();
        if (shown == null || achieved == null) {
            check(mismatches, at + " achieved", shown, achieved);
        } else if (shown.subtract(achieved).abs().compareTo(new BigDecimal("0.01")) >= 0) {
            mismatches.add(at + " achieved: seed shows " + shown + ", file " + achieved);
        }
    }

    /**
     * The value the seeded plan shows: its entered value, else what its counts or phases compute. A timeline with no
     * phase done computes 0 while the table prints "-": both mean nothing achieved yet.
     */
    private static BigDecimal shownValue(JsonNode objective, JsonNode seeded) {
        BigDecimal entered = number(seeded.get("interimResult"), "enteredValue");
        if (entered != null) {
            return entered;
        }
        Map<String, BigDecimal> counts = new HashMap<>();
        seeded.get("counts").forEach(c -> counts.merge(c.get("component").asText(), c.get("value").decimalValue(),
                BigDecimal::add));
        return switch (text(seeded, "kind")) {
            case "RATIO" -> Ratio.percent(counts.get("NUMERATOR"), counts.get("DENOMINATOR")).orElse(null);
            case "RATIO_PLANNED" -> Ratio.percent(counts.get("NUMERATOR"), number(seeded, "plannedQuantity")).orElse(null);
            case "TIMELINE" -> {
                List<PhaseProgress> phases = new ArrayList<>();
                objective.get("phases").forEach(p -> phases.add(new PhaseProgress(p.get("number").asInt(),
                        number(p, "weight"), date(p, "plannedStart"), date(p, "plannedEnd"), date(p, "actualEnd"), null)));
                BigDecimal value = TimelineValue.at(phases, PERIOD);
                yield value.signum() == 0 ? null : value;
            }
            default -> null;
        };
    }

    @Test
    void shouldWarnThatTheWeightsOf2021DoNotSumTo100() {
        assertEquals(1, draft.warnings().size());
        assertEquals("Gli obiettivi pesano in tutto 77,00%, il totale indicato è 100,00%; senza peso: 1.4, 1.5, 4.4",
                draft.warnings().get(0).message());
    }

    @Test
    void shouldGiveTheWeightsWarningACodeAndItsFiguresForOtherLanguages() {
        assertEquals("OBJECTIVE_WEIGHTS_DO_NOT_SUM", draft.warnings().get(0).code());
        assertEquals(java.util.Map.of("timeline", "", "sum", "77,00%", "expected", "100,00%", "withoutWeight",
                "1.4, 1.5, 4.4"), draft.warnings().get(0).params());
    }

    @Test
    void shouldKeepTheSourceOfEveryObjective() {
        draft.areas().forEach(a -> a.objectives().forEach(o -> {
            assertNotNull(o.at());
            assertTrue(o.at().reference().startsWith("riga "));
        }));
        assertNull(draft.areas().get(0).objectives().get(5).timeline());
    }

    private static void check(List<String> mismatches, String what, Object expected, Object actual) {
        boolean same = expected instanceof BigDecimal x && actual instanceof BigDecimal y ? x.compareTo(y) == 0
                : java.util.Objects.equals(expected, actual);
        if (!same) {
            mismatches.add(what + ": seed " + expected + ", file " + actual);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static BigDecimal number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.decimalValue();
    }

    private static LocalDate date(JsonNode node, String field) {
        String value = text(node, field);
        return value == null ? null : LocalDate.parse(value);
    }
}
