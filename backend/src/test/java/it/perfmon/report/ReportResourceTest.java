package it.perfmon.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import java.math.BigDecimal;
import it.perfmon.testing.Arti2021;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Allegato A of the 2021 plan at 30/06/2021, checked against the values printed in the source table. */
@QuarkusTest
class ReportResourceTest {

    private static final String INDICATOR = "areas.objectives.flatten().find { it.code == '%s' }.indicators[%d]";
    private static final String OBJECTIVE = "areas.objectives.flatten().find { it.code == '%s' }";

    private static Map<String, Object> indicator(JsonPath report, String code, int index) {
        return report.getMap(INDICATOR.formatted(code, index));
    }

    @Test
    void shouldHoldTheWholePlanOfTheSourceTable() {
        JsonPath report = Arti2021.report();
        assertEquals(4, report.getList("areas").size());
        assertEquals(15, report.getList("areas.objectives.flatten()").size());
        assertEquals(18, report.getList("areas.objectives.flatten().indicators.flatten()").size());
        assertEquals(25, report.getList("areas.objectives.flatten().phases.flatten()").size());
        assertEquals(8, report.getList("areas.objectives.flatten().findAll { it.timelineNumber != null }").size());
        assertEquals("Politiche per il diritto e la dignità del lavoro", report.getString("areas[0].title"));
        assertEquals("INTERIM", report.getString("period.kind"));
        assertEquals("2021-06-30", report.getString("period.referenceDate"));
    }

    @Test
    void shouldStillJudgeRemoteInterviewsAgainstThePace() {
        Map<String, Object> interviews = indicator(Arti2021.report(), "1.5", 1);
        @SuppressWarnings("unchecked")
        Map<String, Object> suggestion = (Map<String, Object>) interviews.get("suggestion");
        assertEquals("ABOVE_PRO_RATA", suggestion.get("reasonCode"));
    }

    @Test
    void shouldComputeRatiosFromCountsUnrounded() {
        JsonPath report = Arti2021.report().using(new JsonPathConfig(NumberReturnType.BIG_DECIMAL));
        assertEquals(new BigDecimal("188.935"), report.get(INDICATOR.formatted("1.5", 1) + ".computedValue"));
        assertEquals(37787, report.getInt(INDICATOR.formatted("1.5", 1) + ".numerator"));
        assertEquals(20000, report.getInt(INDICATOR.formatted("1.5", 1) + ".denominator"));
        assertEquals("56.0044", prefix(report, "1.4", 1, 7));
        assertEquals("90.5660", prefix(report, "1.6", 0, 7));
        assertEquals("94.4272", prefix(report, "2.1", 0, 7));
        assertEquals("72.7571", prefix(report, "3.2", 0, 7));
        assertEquals("85.3884", prefix(report, "3.1", 0, 7));
    }

    /** The first digits of a value that has more of them than a double holds exactly. */
    private static String prefix(JsonPath report, String code, int index, int length) {
        return report.<BigDecimal>get(INDICATOR.formatted(code, index) + ".computedValue").toPlainString()
                .substring(0, length);
    }

    @Test
    void shouldComputeTimelineValuesFromCompletedPhases() {
        JsonPath report = Arti2021.report();
        assertEquals(50, ((Number) indicator(report, "1.7", 0).get("computedValue")).intValue());
        assertEquals(5, ((Number) indicator(report, "2.3", 0).get("computedValue")).intValue());
        assertEquals("COMPUTED", indicator(report, "1.7", 0).get("valueSource"));
    }

    @Test
    void shouldKeepTheEnteredValueBesideTheComputedOne() {
        Map<String, Object> objective12 = indicator(Arti2021.report(), "1.2", 0);
        assertEquals(15, ((Number) objective12.get("computedValue")).intValue());
        assertEquals(30, ((Number) objective12.get("enteredValue")).intValue());
        assertEquals(30, ((Number) objective12.get("valueUsed")).intValue());
        assertEquals("ENTERED", objective12.get("valueSource"));
    }

    @Test
    void shouldShowAssessmentsAsPrintedWithTheirSuggestion() {
        JsonPath report = Arti2021.report();
        assertEquals(1, report.getInt(INDICATOR.formatted("1.5", 1) + ".assessment.step"));
        assertEquals(1, report.getInt(INDICATOR.formatted("1.5", 1) + ".suggestion.step"));
        assertEquals(5, report.getInt(INDICATOR.formatted("2.2", 0) + ".assessment.step"));
        assertEquals("PHASE_LATE", report.getString(INDICATOR.formatted("2.2", 0) + ".suggestion.reasonCode"));
        assertEquals(2, report.getInt(INDICATOR.formatted("4.1", 0) + ".assessment.step"));
        assertEquals(List.of(2, 1, 13, 0, 2, 0), report.getList("assessmentSummary.indicators"));
    }

    @Test
    void shouldWarnThatTheWeightsLostInTheExportDoNotReach100() {
        given().get("/api/v1/plans/{id}/report", Arti2021.planId())
                .then().statusCode(200)
                .body("score.weights.sum", equalTo(77))
                .body("score.weights.missing", equalTo(3))
                .body("score.weights.complete", equalTo(false))
                .body("score.objectivesWithoutWeight", contains("1.4", "1.5", "4.4"))
                .body(OBJECTIVE.formatted("1.4") + ".weight", nullValue())
                .body("warnings", hasItem("Pesi degli obiettivi del piano: "
                        + "La somma dei pesi è 77,00% (3 pesi mancanti): dovrebbe essere 100%"));
    }

    @Test
    void shouldDefaultToTheLatestPeriodHoldingResults() {
        given().get("/api/v1/plans/{id}/report", Arti2021.planId())
                .then().statusCode(200).body("period.referenceDate", equalTo("2021-06-30"));
    }

    @Test
    void shouldMarkPhasesLateOrCompletedAtThePeriodDate() {
        given().get("/api/v1/plans/{id}/report", Arti2021.planId())
                .then().statusCode(200)
                .body(OBJECTIVE.formatted("2.2") + ".phases.status", contains("LATE", "IN_PROGRESS"))
                .body(OBJECTIVE.formatted("1.7") + ".phases.status", contains("COMPLETED", "IN_PROGRESS"))
                .body(OBJECTIVE.formatted("1.7") + ".phases", hasSize(2));
    }

    @Test
    void shouldAnswer304WhenTheReportDidNotChange() {
        String etag = given().get("/api/v1/plans/{id}/report", Arti2021.planId()).then().statusCode(200)
                .extract().header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/plans/{id}/report", Arti2021.planId())
                .then().statusCode(304);
    }

    @Test
    void shouldNotFindTheReportOfAnUnknownPlan() {
        given().get("/api/v1/plans/999999/report").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void shouldRefuseAPeriodOfAnotherPlan() {
        given().queryParam("periodId", 999999).get("/api/v1/plans/{id}/report", Arti2021.planId())
                .then().statusCode(400).body("errors[0].field", equalTo("periodId"));
    }
}
