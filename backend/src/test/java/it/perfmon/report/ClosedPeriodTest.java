package it.perfmon.report;

import static io.restassured.RestAssured.given;
import static it.perfmon.testing.Api.json;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import it.perfmon.testing.AllAtOnce;
import it.perfmon.testing.Api;
import it.perfmon.testing.Problems;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A closed period is closed everywhere: nothing about it changes, and every read shows its frozen values. */
@QuarkusTest
class ClosedPeriodTest {

    private static final int SAVERS = 7;
    private static final AtomicInteger NEXT_DAY = new AtomicInteger(1);

    private static Api.SharedPlan shared;
    private static ExecutorService pool;

    @BeforeAll
    static void startPool() {
        pool = Executors.newFixedThreadPool(SAVERS + 1);
    }

    @AfterAll
    static void stopPool() {
        pool.shutdownNow();
    }

    private static synchronized Api.SharedPlan plan() {
        if (shared == null) {
            shared = Api.SharedPlan.create();
        }
        return shared;
    }

    /** A period of its own in the shared plan, on a day of January no other test takes. */
    private static long newPeriod() {
        Api.SharedPlan plan = plan();
        return Api.createPeriod(plan.planId(), "%d-01-%02d".formatted(plan.year(), NEXT_DAY.getAndIncrement()),
                "INTERIM");
    }

    @Test
    void shouldRefuseChangingTheDateLabelOrKindOfAClosedPeriod() {
        long period = newPeriod();
        close(period);
        String etag = Api.etag("/api/v1/periods/{id}", period);
        String date = given().get("/api/v1/periods/{id}", period).then().extract().path("referenceDate");

        json().header("If-Match", etag).body(Map.of("kind", "FINAL", "referenceDate", plan().year() + "-12-30",
                        "label", "Monitoraggio riscritto"))
                .put("/api/v1/periods/{id}", period).then().spec(Problems.problem(409, "periodId"));

        given().get("/api/v1/periods/{id}", period).then().statusCode(200).body("referenceDate", equalTo(date))
                .body("kind", equalTo("INTERIM")).body("status", equalTo("CLOSED"));
        JsonPath report = report(period);
        assertEquals(date, report.getString("period.referenceDate"));
        assertNotEquals("Monitoraggio riscritto", report.getString("period.label"));
    }

    @Test
    void shouldEditAPeriodAgainOnceAnAdministratorReopensIt() {
        long period = newPeriod();
        close(period);
        json().body(Map.of("reason", "Etichetta da correggere prima della pubblicazione"))
                .post("/api/v1/periods/{id}/reopen", period).then().statusCode(200);
        json().header("If-Match", Api.etag("/api/v1/periods/{id}", period))
                .body(Map.of("kind", "INTERIM", "referenceDate", plan().year() + "-01-" + 28,
                        "label", "Monitoraggio corretto"))
                .put("/api/v1/periods/{id}", period).then().statusCode(200).body("label", equalTo("Monitoraggio corretto"));
    }

    @Test
    void shouldRefuseDeletingAClosedPeriodAndKeepItsFrozenReport() {
        long period = newPeriod();
        close(period);

        json().delete("/api/v1/periods/{id}", period).then().spec(Problems.problem(409, "periodId"));

        given().get("/api/v1/periods/{id}", period).then().statusCode(200).body("status", equalTo("CLOSED"));
        assertTrue(report(period).getString("frozen.closedAt") != null, "the snapshot is still there");
    }

    @Test
    void shouldRefuseDeletingAPlanThatHasAClosedPeriod() {
        long planId = Api.createPlan(Api.freshYear());
        long period = json().body(Map.of("kind", "INTERIM", "referenceDate",
                        given().get("/api/v1/plans/{id}", planId).then().extract().path("year") + "-06-30",
                        "label", "Monitoraggio intermedio"))
                .post("/api/v1/plans/{id}/periods", planId).then().statusCode(201).extract().jsonPath().getLong("id");
        close(period);

        json().delete("/api/v1/plans/{id}", planId).then().spec(Problems.problem(409));

        given().get("/api/v1/periods/{id}", period).then().statusCode(200).body("status", equalTo("CLOSED"));
    }

    @Test
    void shouldShowTheFrozenValuesOfAClosedPeriodInItsResultAndCountedValue() {
        Api.SharedPlan plan = plan();
        long period = newPeriod();
        Api.PlanFixture objective = plan.newObjective();
        long ratio = Api.createIndicator(objective.objectiveId(), Map.of("description",
                "Numero istruttorie effettuate/numero domande pervenute", "kind", "RATIO", "targetValue", 100));
        String jan1 = plan.year() + "-01-01";
        postCount(ratio, "NUMERATOR", jan1, jan1, "AR-SI", 10);
        postCount(ratio, "DENOMINATOR", jan1, jan1, "AR-SI", 20);
        postCount(ratio, "NUMERATOR", jan1, jan1, "FI-PO", 30);
        postCount(ratio, "DENOMINATOR", jan1, jan1, "FI-PO", 40);
        json().body(Map.of("monitoringNote", "Dato dei settori AR-SI e FI-PO"))
                .put("/api/v1/indicators/{id}/results/{periodId}", ratio, period).then().statusCode(201);
        close(period);

        // Corrected later for a day before the period's date: today's value moves, the closed period's must not.
        postCount(ratio, "NUMERATOR", jan1, jan1, "FI-PO", 40);

        JsonPath result = json().get("/api/v1/indicators/{id}/results/{periodId}", ratio, period).then().statusCode(200)
                .extract().jsonPath();
        assertTrue(result.getString("evaluation.computedValue").startsWith("66.666"), result.prettify());
        assertTrue(result.getString("evaluation.frozenAt") != null);
        JsonPath value = given().queryParam("periodId", period).queryParam("by", "unit")
                .get("/api/v1/indicators/{id}/value", ratio).then().statusCode(200).extract().jsonPath();
        assertDecimal("40", value.getString("numerator"));
        assertDecimal("60", value.getString("denominator"));
        assertDecimal("30", value.getString("units.find { it.territorialUnit == 'FI-PO' }.numerator"));
        assertDecimal("10", value.getString("units.find { it.territorialUnit == 'AR-SI' }.numerator"));
        assertTrue(value.getString("frozenAt") != null);
        JsonPath totals = given().queryParam("periodId", period).get("/api/v1/indicators/{id}/value", ratio).then()
                .statusCode(200).body("units", nullValue()).extract().jsonPath();
        assertDecimal("40", totals.getString("numerator"));

        // Reopened, the period is live again: today's figures.
        json().body(Map.of("reason", "Conteggi corretti dal settore FI-PO dopo la chiusura"))
                .post("/api/v1/periods/{id}/reopen", period).then().statusCode(200);
        JsonPath live = given().queryParam("periodId", period).get("/api/v1/indicators/{id}/value", ratio).then()
                .statusCode(200).body("frozenAt", nullValue()).extract().jsonPath();
        assertDecimal("50", live.getString("numerator"));
    }

    private static void assertDecimal(String expected, String actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(actual)), expected + " <> " + actual);
    }

    /**
     * Editors save results while an administrator closes the period: every save either commits before the report is
     * frozen (and is in it) or is refused because the period is closed. None may be stored but missing from the
     * published report.
     */
    @Test
    void shouldNeverStoreAResultThatTheFrozenReportMisses() {
        Api.PlanFixture objective = plan().newObjective();
        List<Long> indicators = new ArrayList<>();
        for (int i = 0; i < SAVERS; i++) {
            indicators.add(Api.createDirectIndicator(objective.objectiveId()));
        }
        for (int round = 1; round <= 3; round++) {
            long period = newPeriod();
            int r = round;
            List<Callable<Response>> calls = new ArrayList<>();
            for (long indicator : indicators) {
                calls.add(() -> json().body(Map.of("enteredValue", 80, "monitoringNote", note(r, indicator)))
                        .put("/api/v1/indicators/{id}/results/{periodId}", indicator, period));
            }
            calls.add(SAVERS / 2, () -> json().post("/api/v1/periods/{id}/close", period));
            List<Response> answers = race(calls);
            assertEquals(200, answers.get(SAVERS / 2).statusCode(), answers.get(SAVERS / 2).asString());
            answers.remove(SAVERS / 2);

            JsonPath frozen = report(period);
            for (int i = 0; i < SAVERS; i++) {
                long indicator = indicators.get(i);
                Response answer = answers.get(i);
                String frozenNote = frozen.getString(
                        "areas.objectives.flatten().indicators.flatten().find { it.id == %d }.monitoringNote"
                                .formatted(indicator));
                if (answer.statusCode() == 201) {
                    assertEquals(note(r, indicator), frozenNote, "a result stored while closing is in the report");
                } else {
                    assertEquals(409, answer.statusCode(), answer.asString());
                    assertEquals(null, frozenNote, "a refused result is nowhere");
                    json().get("/api/v1/indicators/{id}/results/{periodId}", indicator, period).then().statusCode(404);
                }
            }
        }
    }

    private static String note(int round, long indicator) {
        return "Rilevazione " + round + " dell'indicatore " + indicator;
    }

    private static List<Response> race(List<Callable<Response>> calls) {
        return AllAtOnce.fire(pool, calls);
    }

    private static void postCount(long indicator, String component, String from, String to, String unit, int value) {
        Map<String, Object> body = new HashMap<>(Map.of("component", component, "from", from, "to", to, "value", value));
        body.put("territorialUnit", unit);
        json().body(body).put("/api/v1/indicators/{id}/counts", indicator).then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }

    private static void close(long period) {
        json().post("/api/v1/periods/{id}/close", period).then().statusCode(200).body("status", equalTo("CLOSED"));
    }

    private static JsonPath report(long period) {
        return given().queryParam("periodId", period).get("/api/v1/plans/{id}/report", plan().planId()).then()
                .statusCode(200).extract().jsonPath();
    }
}
