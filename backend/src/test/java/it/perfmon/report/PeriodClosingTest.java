package it.perfmon.report;

import static io.restassured.RestAssured.given;
import static it.perfmon.testing.Api.json;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import it.perfmon.testing.Api;
import it.perfmon.testing.Arti2021;
import it.perfmon.testing.Problems;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Closing the 2021 interim period freezes its Allegato A: a count changed afterwards moves the live value but not
 * the closed report. Each test leaves the period open and the counts as the source table has them.
 */
@QuarkusTest
class PeriodClosingTest {

    private static final String INDICATOR_1_6 = "areas.objectives.flatten().find { it.code == '1.6' }.indicators[0]";
    private static final String PHASE_6_2 = "areas.objectives.flatten().find { it.code == '1.7' }.phases[1]";

    @AfterEach
    void leaveTheInterimPeriodOpenWithTheSourceCounts() {
        putNumerator1_6(96);
        String status = given().get("/api/v1/periods/{id}", Arti2021.interimPeriodId()).then().extract().path("status");
        if ("CLOSED".equals(status)) {
            reopen("Ripristino dello stato iniziale dopo il test").then().statusCode(200);
        }
    }

    @Test
    void shouldKeepTheClosedReportWhileTheLiveValueMoves() {
        close().then().statusCode(200).body("status", equalTo("CLOSED")).body("closedBy", notNullValue());

        putNumerator1_6(100);

        JsonPath closed = report(Arti2021.interimPeriodId());
        assertEquals("90.5660", closed.getString(INDICATOR_1_6 + ".valueUsed").substring(0, 7));
        assertEquals("CLOSED", closed.getString("period.status"));
        assertTrue(closed.getString("frozen.closedAt") != null);
        Map<String, Object> difference = closed.getMap("liveDifferences.find { it.entityType == 'indicator' && it.field == 'valueUsed' }");
        assertEquals("1.6", difference.get("objectiveCode"));
        assertEquals("90.566", ((String) difference.get("frozenValue")).substring(0, 6));
        assertEquals("94.339", ((String) difference.get("liveValue")).substring(0, 6));

        // The published files of the closed period are the frozen ones too.
        String closedCsv = given().queryParam("periodId", Arti2021.interimPeriodId()).queryParam("format", "csv")
                .get("/api/v1/plans/{id}/allegato-a", Arti2021.planId()).then().statusCode(200).extract().asString();
        assertTrue(closedCsv.contains("90,57%") && !closedCsv.contains("94,34%"), "the closed period's CSV is frozen");
        String finalCsv = given().queryParam("periodId", Arti2021.finalPeriodId()).queryParam("format", "csv")
                .get("/api/v1/plans/{id}/allegato-a", Arti2021.planId()).then().statusCode(200).extract().asString();
        assertTrue(finalCsv.contains("94,34%"), "the open final period's CSV follows today's counts");

        // The final period is open: it follows the counts as they are today.
        JsonPath live = report(Arti2021.finalPeriodId());
        assertEquals("94.339", live.getString(INDICATOR_1_6 + ".valueUsed").substring(0, 6));
        assertEquals(List.of(), live.getList("liveDifferences"));
    }

    @Test
    void shouldServeTheFrozenValuesToRegionalSystemsAndTellThemTheRowsMoved() {
        long indicatorId = Arti2021.indicatorId("1.6", 1);
        close().then().statusCode(200);
        String closedAt = given().get("/api/v1/periods/{id}", Arti2021.interimPeriodId()).then().extract().path("updatedAt");
        putNumerator1_6(100);

        JsonPath interim = values(Arti2021.interimPeriodId());
        assertEquals("90.5660", interim.getString("items.find { it.indicatorId == %d }.valueUsed".formatted(indicatorId)).substring(0, 7));
        assertEquals(closedAt, interim.getString("items.find { it.indicatorId == %d }.updatedAt".formatted(indicatorId)));
        JsonPath finalPeriod = values(Arti2021.finalPeriodId());
        assertEquals("94.339", finalPeriod.getString("items.find { it.indicatorId == %d }.valueUsed".formatted(indicatorId)).substring(0, 6));

        // Reopening moves every row of the period back to live values: an incremental sync must see them again.
        reopen("Rettifica del numeratore dell'indicatore 1.6").then().statusCode(200);
        JsonPath reopened = given().queryParam("periodId", Arti2021.interimPeriodId()).queryParam("updatedSince", closedAt)
                .queryParam("limit", 500).get("/api/v1/indicator-values").then().statusCode(200).extract().jsonPath();
        assertEquals(18, reopened.getList("items").size());
        assertEquals("94.339", reopened.getString("items.find { it.indicatorId == %d }.valueUsed".formatted(indicatorId)).substring(0, 6));
    }

    private static JsonPath values(long periodId) {
        return given().queryParam("periodId", periodId).queryParam("limit", 500).get("/api/v1/indicator-values")
                .then().log().ifValidationFails().statusCode(200).extract().jsonPath();
    }

    @Test
    void shouldKeepAClosedPhaseProgressWhenThePhaseChangesLater() {
        long phaseId = report(Arti2021.interimPeriodId()).getLong(PHASE_6_2 + ".id");
        String before = report(Arti2021.interimPeriodId()).getString("areas.objectives.flatten().find { it.code == '1.7' }.indicators[0].valueUsed");
        close().then().statusCode(200);
        String etag = Api.etag("/api/v1/phases/{id}", phaseId);
        Map<String, Object> phase = json().get("/api/v1/phases/{id}", phaseId).then().statusCode(200).extract().jsonPath().getMap("");
        try {
            json().header("If-Match", etag).body(progressBody(phase, "2021-06-15")).put("/api/v1/phases/{id}/progress", phaseId)
                    .then().log().ifValidationFails().statusCode(200);

            JsonPath closed = report(Arti2021.interimPeriodId());
            assertEquals(before, closed.getString("areas.objectives.flatten().find { it.code == '1.7' }.indicators[0].valueUsed"));
            assertEquals(null, closed.getString(PHASE_6_2 + ".actualEnd"));
            assertEquals("2021-06-15", closed.getString("liveDifferences.find { it.entityType == 'phase' && it.field == 'actualEnd' }.liveValue"));
        } finally {
            String now = Api.etag("/api/v1/phases/{id}", phaseId);
            json().header("If-Match", now).body(progressBody(phase, null)).put("/api/v1/phases/{id}/progress", phaseId)
                    .then().statusCode(200);
        }
    }

    @Test
    void shouldRefuseResultChangesInAClosedPeriod() {
        close().then().statusCode(200);
        long indicatorId = Arti2021.indicatorId("4.2", 1);
        String etag = Api.etag("/api/v1/indicators/{id}/results/{periodId}", indicatorId, Arti2021.interimPeriodId());
        json().header("If-Match", etag).body(Map.of("enteredValue", 96, "monitoringNote", "Nota", "assessmentStep", 3))
                .put("/api/v1/indicators/{id}/results/{periodId}", indicatorId, Arti2021.interimPeriodId())
                .then().spec(Problems.problem(409, "periodId"));
    }

    @Test
    void shouldRefuseToReopenWithoutAReasonAndWriteNothing() {
        close().then().statusCode(200);
        json().body(Map.of()).post("/api/v1/periods/{id}/reopen", Arti2021.interimPeriodId())
                .then().spec(Problems.problem(400, "reason"));
        json().body(Map.of("reason", "   ")).post("/api/v1/periods/{id}/reopen", Arti2021.interimPeriodId())
                .then().spec(Problems.problem(400, "reason"));
        given().get("/api/v1/periods/{id}", Arti2021.interimPeriodId()).then().body("status", equalTo("CLOSED"));
    }

    @Test
    void shouldRecordTheReasonForReopeningInTheAuditTrail() {
        close().then().statusCode(200);
        String reason = "Rettifica del dato sulle istruttorie richiesta dal settore regionale";
        reopen(reason).then().statusCode(200).body("status", equalTo("OPEN")).body("closedAt", nullValue());

        JsonPath trail = json().queryParam("entityType", "period").queryParam("entityId", Arti2021.interimPeriodId())
                .get("/api/v1/audit").then().statusCode(200).extract().jsonPath();
        assertEquals(reason, trail.getString("items[0].reason"));
        assertEquals("CLOSED", trail.getString("items[0].changes.find { it.field == 'status' }.oldValue"));
        assertEquals("OPEN", trail.getString("items[0].changes.find { it.field == 'status' }.newValue"));
        assertEquals("OPEN", trail.getString("items[1].changes.find { it.field == 'status' }.oldValue"));
        assertEquals(null, trail.getString("items[1].reason"));
    }

    @Test
    void shouldRefuseToCloseTwiceOrReopenAnOpenPeriod() {
        reopen("Un periodo aperto non si riapre").then().spec(Problems.problem(409, "status"));
        close().then().statusCode(200);
        close().then().spec(Problems.problem(409, "status"));
    }

    @Test
    void shouldRefuseAStaleCloseWith412() {
        String etag = Api.etag("/api/v1/periods/{id}", Arti2021.interimPeriodId());
        close().then().statusCode(200);
        reopen("Riapertura per la prova di concorrenza").then().statusCode(200);
        json().header("If-Match", etag).post("/api/v1/periods/{id}/close", Arti2021.interimPeriodId())
                .then().spec(Problems.problem(412));
        given().get("/api/v1/periods/{id}", Arti2021.interimPeriodId()).then().body("status", equalTo("OPEN"));
    }

    @Test
    void shouldGiveTheFrozenReportTheSameContentAsTheLiveOneAtClosing() {
        JsonPath before = report(Arti2021.interimPeriodId());
        close().then().statusCode(200);
        JsonPath after = report(Arti2021.interimPeriodId());
        assertEquals(before.getList("areas"), after.getList("areas"));
        assertEquals(before.getMap("score"), after.getMap("score"));
        assertEquals(List.of(), after.getList("liveDifferences"));
        assertNotEquals(before.getString("period.status"), after.getString("period.status"));
    }

    private static io.restassured.response.Response close() {
        return json().post("/api/v1/periods/{id}/close", Arti2021.interimPeriodId());
    }

    private static io.restassured.response.Response reopen(String reason) {
        return json().body(Map.of("reason", reason)).post("/api/v1/periods/{id}/reopen", Arti2021.interimPeriodId());
    }

    private static JsonPath report(long periodId) {
        return given().queryParam("periodId", periodId).get("/api/v1/plans/{id}/report", Arti2021.planId())
                .then().statusCode(200).extract().jsonPath();
    }

    private static void putNumerator1_6(int value) {
        json().body(Map.of("component", "NUMERATOR", "from", "2021-01-01", "to", "2021-06-30", "value", value))
                .put("/api/v1/indicators/{id}/counts", Arti2021.indicatorId("1.6", 1))
                .then().log().ifValidationFails().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }

    private static Map<String, Object> progressBody(Map<String, Object> phase, String actualEnd) {
        Map<String, Object> body = new java.util.HashMap<>();
        for (String field : List.of("partialProgress", "monitoringNote", "dataSource")) {
            body.put(field, phase.get(field));
        }
        body.put("actualEnd", actualEnd);
        return body;
    }
}
