package it.perfmon.rollover;

import static io.restassured.RestAssured.given;
import static it.perfmon.testing.Api.json;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import it.perfmon.testing.Api;
import it.perfmon.testing.Arti2021;
import it.perfmon.testing.Problems;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * ARTI's 2022 plan made from 2021: the structure copied, targets and baselines taken from 2021's final values. The
 * 2021 final period is still open, as it is in January when the 2022 plan must be adopted: the roll-over says why
 * and every value taken from 2021 is marked provisional. A plan whose final period is closed gives final values.
 */
@QuarkusTest
class NextYearPlanTest {

    private static final String INDICATOR = "indicators.find { it.objectiveCode == '%s' && it.position == %d }";
    private static final String REASON = "Il Piano 2022 va adottato entro il 31 gennaio";
    private static JsonPath rolled;

    /** Once for the class, inside the first test: Quarkus is not listening yet when static set-up runs. */
    @BeforeEach
    void rollOver2021Once() {
        if (rolled == null) {
            rolled = json().body(Map.of("provisionalReason", REASON)).post("/api/v1/plans/{id}/next-year", Arti2021.planId())
                    .then().log().ifValidationFails().statusCode(201).extract().jsonPath();
        }
    }

    @Test
    void shouldCreateThe2022PlanWithItsTwoPeriods() {
        assertEquals(2022, rolled.getInt("plan.year"));
        assertEquals("Piano della performance 2022", rolled.getString("plan.title"));
        assertEquals(Arti2021.finalPeriodId(), rolled.getLong("fromPeriodId"));
        JsonPath periods = given().get("/api/v1/plans/{id}/periods", rolled.getLong("plan.id")).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("2022-06-30", "2022-12-31"), periods.getList("items.referenceDate"));
        assertEquals(List.of("Monitoraggio intermedio al 30/06/2022", "Monitoraggio finale al 31/12/2022"),
                periods.getList("items.label"));
    }

    @Test
    void shouldCopyTheWholeStructure() {
        JsonPath report = report2022();
        assertEquals(4, report.getList("areas").size());
        assertEquals(15, report.getList("areas.objectives.flatten()").size());
        assertEquals(18, report.getList("areas.objectives.flatten().indicators.flatten()").size());
        assertEquals(25, report.getList("areas.objectives.flatten().phases.flatten()").size());
        JsonPath source = Arti2021.report();
        assertEquals(source.getList("areas.objectives.flatten().code"), report.getList("areas.objectives.flatten().code"));
        assertEquals(source.getList("areas.objectives.flatten().weight"), report.getList("areas.objectives.flatten().weight"));
        assertEquals(source.getList("areas.objectives.flatten().indicators.flatten().description"),
                report.getList("areas.objectives.flatten().indicators.flatten().description"));
        assertEquals(source.getList("areas.objectives.flatten().responsibleStructure.code"),
                report.getList("areas.objectives.flatten().responsibleStructure.code"));
    }

    @Test
    void shouldMovePhasesOneYearLaterWithoutProgress() {
        JsonPath report = report2022();
        Map<String, Object> phase = report.getMap("areas.objectives.flatten().find { it.code == '1.7' }.phases[0]");
        assertEquals("2022-01-04", phase.get("plannedStart"));
        assertEquals("2022-06-30", phase.get("plannedEnd"));
        assertEquals(50.0f, ((Number) phase.get("weight")).floatValue());
        assertNull(phase.get("actualEnd"));
        assertNull(phase.get("monitoringNote"));
        assertEquals("2022-12-31", report.getString("areas.objectives.flatten().find { it.code == '1.7' }.deadline"));
    }

    @Test
    void shouldResolveTheRuleTargetFrom2021FinalValueAndShowBoth() {
        Map<String, Object> indicator = rolled.getMap(INDICATOR.formatted("3.1", 1));
        assertEquals("RULE", indicator.get("targetOrigin"));
        assertEquals(">= dato finale anno precedente", indicator.get("targetRule"));
        assertTrue(String.valueOf(indicator.get("targetValue")).startsWith("85.3884"), indicator.toString());
        Map<String, Object> reported = report2022().getMap(
                "areas.objectives.flatten().find { it.code == '3.1' }.indicators[0]");
        assertEquals(">= dato finale anno precedente", reported.get("targetRule"));
        assertTrue(String.valueOf(reported.get("targetValue")).startsWith("85.3884"));
    }

    @Test
    void shouldTakeTheValueOfTheFollowingYearsColumnAsTarget() {
        Map<String, Object> indicator = rolled.getMap(INDICATOR.formatted("4.2", 1));
        assertEquals("NEXT_YEARS_VALUE", indicator.get("targetOrigin"));
        assertEquals(85, ((Number) indicator.get("targetValue")).intValue());
        assertNull(indicator.get("targetRule"));
    }

    @Test
    void shouldSetBaselinesFrom2021WithTheirOrigin() {
        Map<String, Object> indicator = rolled.getMap(INDICATOR.formatted("2.1", 1));
        assertTrue(String.valueOf(indicator.get("baselineValue")).startsWith("94.4272"), indicator.toString());
        assertEquals("dato provvisorio 2021", indicator.get("baselineReference"));
        assertTrue(((String) indicator.get("warning")).contains("valore iniziale provvisorio"), indicator.toString());
        assertEquals(List.of("PROVISIONAL_BASELINE"), indicator.get("warningCodes"));
        assertEquals("dato provvisorio 2021", report2022().getString(
                "areas.objectives.flatten().find { it.code == '1.7' }.indicators[0].baselineReference"));
    }

    @Test
    void shouldSayWhatIsLeftToCompleteByHand() {
        Map<String, Object> satisfaction = rolled.getMap(INDICATOR.formatted("4.1", 1));
        assertEquals(">= dato finale anno precedente", satisfaction.get("targetRule"));
        assertNull(satisfaction.get("targetValue"));
        assertNull(satisfaction.get("baselineValue"));
        assertTrue(((String) satisfaction.get("warning")).contains("dato finale 2021 non disponibile"));
        assertEquals(List.of("NO_FINAL_VALUE_FOR_RULE", "NO_BASELINE"), satisfaction.get("warningCodes"));
        Map<String, Object> noTarget = rolled.getMap(INDICATOR.formatted("1.1", 1));
        assertEquals("NONE", noTarget.get("targetOrigin"));
        assertTrue(((String) noTarget.get("warning")).contains("nessun target"));
    }

    @Test
    void shouldMarkTheRollOverProvisionalAndKeepItsReason() {
        assertTrue(rolled.getBoolean("provisional"));
        assertEquals(REASON, rolled.getString("provisionalReason"));
        assertTrue(((String) rolled.getMap(INDICATOR.formatted("3.1", 1)).get("warning")).contains("target provvisorio"));
        json().queryParam("entityType", "plan").queryParam("entityId", rolled.getLong("plan.id")).get("/api/v1/audit")
                .then().statusCode(200).body("items.reason", org.hamcrest.Matchers.hasItem(
                        org.hamcrest.Matchers.containsString(REASON)));
    }

    @Test
    void shouldMakeTheNewPlanADraft() {
        assertEquals(false, rolled.getBoolean("plan.published"));
    }

    @Test
    void shouldRefuseToTakeInterimFiguresAsFinalWithoutAReason() {
        Api.PlanFixture fixture = Api.planWithObjective(Api.freshYear());
        long finalPeriod = Api.createPeriod(fixture.planId(), fixture.year() + "-12-31", "FINAL");
        json().body(Map.of()).post("/api/v1/plans/{id}/next-year", fixture.planId()).then()
                .spec(Problems.problem(409, "provisionalReason"));
        json().body(Map.of("provisionalReason", "  ")).post("/api/v1/plans/{id}/next-year", fixture.planId()).then()
                .spec(Problems.problem(409, "provisionalReason"));
        json().queryParam("year", fixture.year() + 1).get("/api/v1/plans").then().body("total", equalTo(0));
        json().post("/api/v1/periods/{id}/close", finalPeriod).then().statusCode(200);
        JsonPath closed = json().body(Map.of()).post("/api/v1/plans/{id}/next-year", fixture.planId()).then()
                .statusCode(201).extract().jsonPath();
        assertEquals(false, closed.getBoolean("provisional"));
        assertNull(closed.get("provisionalReason"));
        assertEquals(finalPeriod, closed.getLong("fromPeriodId"));
    }

    @Test
    void shouldRefuseAPlanWithoutFinalPeriodUnlessTold() {
        Api.PlanFixture fixture = Api.planWithObjective(Api.freshYear());
        json().body(Map.of()).post("/api/v1/plans/{id}/next-year", fixture.planId()).then()
                .spec(Problems.problem(409, "provisionalReason"));
        json().body(Map.of("provisionalReason", "Piano senza monitoraggio finale")).post("/api/v1/plans/{id}/next-year",
                fixture.planId()).then().statusCode(201).body("provisional", equalTo(true));
    }

    @Test
    void shouldKeepHowEachIndicatorIsJudged() {
        Api.PlanFixture fixture = Api.planWithObjective(Api.freshYear());
        // A direct value is judged pro rata unless told otherwise: this one is judged against its target.
        Api.createIndicator(fixture.objectiveId(), Map.of("description", "Utenti soddisfatti", "kind", "DIRECT",
                "targetValue", 79, "judgedAgainst", "TARGET"));
        long next = json().body(Map.of("provisionalReason", "Piano senza monitoraggio finale"))
                .post("/api/v1/plans/{id}/next-year", fixture.planId()).then().statusCode(201).extract().jsonPath()
                .getLong("plan.id");
        // As the administrator: a rolled-over plan is a draft until published.
        long objective = json().get("/api/v1/plans/{id}/objectives", next).then().statusCode(200).extract()
                .jsonPath().getLong("items[0].id");
        json().get("/api/v1/objectives/{id}/indicators", objective).then().statusCode(200)
                .body("items.judgedAgainst", equalTo(List.of("TARGET")));
    }

    @Test
    void shouldRefuseToRollOverTwice() {
        json().body(Map.of("provisionalReason", REASON)).post("/api/v1/plans/{id}/next-year", Arti2021.planId()).then()
                .spec(Problems.problem(409));
    }

    @Test
    void shouldClearTheRuleWhenTheTargetIsTypedByHand() {
        long id = rolled.getLong(INDICATOR.formatted("3.2", 1) + ".id");
        String etag = it.perfmon.testing.Api.etag("/api/v1/indicators/{id}", id);
        Map<String, Object> body = new java.util.HashMap<>(json().get("/api/v1/indicators/{id}", id).then().extract().jsonPath().getMap(""));
        List.of("id", "objectiveId", "version", "updatedAt", "targetRule").forEach(body::remove);
        body.put("targetValue", 74);
        json().header("If-Match", etag).body(body).put("/api/v1/indicators/{id}", id)
                .then().log().ifValidationFails().statusCode(200)
                .body("targetRule", org.hamcrest.Matchers.nullValue());
    }

    private static JsonPath report2022() {
        long planId = rolled.getLong("plan.id");
        return given().get("/api/v1/plans/{id}/report", planId).then().statusCode(200).extract().jsonPath();
    }
}
