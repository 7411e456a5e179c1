package it.perfmon.plan;

import static io.restassured.RestAssured.given;
import static it.perfmon.testing.Api.json;
import static it.perfmon.testing.Problems.problem;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import it.perfmon.testing.Api;
import it.perfmon.testing.Arti2021;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PeriodResourceTest {

    private static Map<String, Object> period(Object kind, Object date, Object label) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("referenceDate", date);
        body.put("label", label);
        return body;
    }

    /** A plan the refusals share, which they must leave without periods: plan years are a budget of all the tests. */
    private record EmptyPlan(int year, long id) {
    }

    private static EmptyPlan emptyPlan;

    private static synchronized EmptyPlan emptyPlan() {
        if (emptyPlan == null) {
            int year = Api.freshYear();
            emptyPlan = new EmptyPlan(year, Api.createPlan(year));
        }
        return emptyPlan;
    }

    private static void assertNoPeriods(long planId) {
        given().get("/api/v1/plans/{id}/periods", planId).then().statusCode(200).body("total", equalTo(0));
    }

    // list

    @Test
    void shouldListThePeriodsOfThe2021PlanByDate() {
        given().get("/api/v1/plans/{id}/periods", Arti2021.planId()).then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.kind", contains("INTERIM", "FINAL"))
                .body("items.referenceDate", contains("2021-06-30", "2021-12-31"))
                .body("items.label", contains("Monitoraggio intermedio al 30/06/2021",
                        "Monitoraggio finale al 31/12/2021"))
                .body("items.status", contains("OPEN", "OPEN"));
    }

    @Test
    void shouldPageThroughPeriods() {
        given().queryParam("offset", 1).queryParam("limit", 1).get("/api/v1/plans/{id}/periods", Arti2021.planId())
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("offset", equalTo(1))
                .body("limit", equalTo(1))
                .body("items", hasSize(1))
                .body("items[0].kind", equalTo("FINAL"));
    }

    @Test
    void shouldNotListThePeriodsOfAnUnknownPlan() {
        given().get("/api/v1/plans/999999/periods").then().spec(problem(404));
    }

    // get

    @Test
    void shouldGetAPeriodWithItsEtag() {
        given().get("/api/v1/periods/{id}", Arti2021.interimPeriodId()).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("planId", equalTo((int) Arti2021.planId()))
                .body("kind", equalTo("INTERIM"))
                .body("referenceDate", equalTo("2021-06-30"));
    }

    @Test
    void shouldAnswer304WhenThePeriodDidNotChange() {
        long id = Arti2021.interimPeriodId();
        given().header("If-None-Match", Api.etag("/api/v1/periods/{id}", id)).get("/api/v1/periods/{id}", id)
                .then().statusCode(304);
    }

    @Test
    void shouldNotGetAnUnknownPeriod() {
        given().get("/api/v1/periods/999999").then().spec(problem(404));
    }

    // create

    @Test
    void shouldCreateAPeriodOpenWithLocationAndEtag() {
        int year = Api.freshYear();
        long planId = Api.createPlan(year);
        var created = json().body(period("FINAL", year + "-12-31", "Monitoraggio finale al 31/12/" + year))
                .post("/api/v1/plans/{id}/periods", planId).then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("planId", equalTo((int) planId))
                .body("kind", equalTo("FINAL"))
                .body("referenceDate", equalTo(year + "-12-31"))
                .body("label", equalTo("Monitoraggio finale al 31/12/" + year))
                .body("status", equalTo("OPEN"))
                .extract();
        assertThat(created.header("Location"), endsWith("/api/v1/periods/" + created.path("id")));
        given().get(created.header("Location")).then().statusCode(200).body("kind", equalTo("FINAL"));
    }

    @Test
    void shouldRefuseAPeriodDateOutsideThePlanYear() {
        int year = emptyPlan().year();
        long planId = emptyPlan().id();
        json().body(period("INTERIM", (year + 1) + "-06-30", "Monitoraggio intermedio"))
                .post("/api/v1/plans/{id}/periods", planId).then().spec(problem(400, "referenceDate"));
        assertNoPeriods(planId);
    }

    @Test
    void shouldRefuseAPeriodWithoutKind() {
        int year = emptyPlan().year();
        long planId = emptyPlan().id();
        json().body(period(null, year + "-06-30", "Monitoraggio intermedio"))
                .post("/api/v1/plans/{id}/periods", planId).then().spec(problem(400, "kind"));
        assertNoPeriods(planId);
    }

    @Test
    void shouldRefuseAnUnknownPeriodKind() {
        int year = emptyPlan().year();
        long planId = emptyPlan().id();
        json().body(period("QUARTERLY", year + "-03-31", "Monitoraggio trimestrale"))
                .post("/api/v1/plans/{id}/periods", planId).then().spec(problem(400, "kind"));
        assertNoPeriods(planId);
    }

    @Test
    void shouldRefuseADateNotInIsoFormat() {
        int year = emptyPlan().year();
        long planId = emptyPlan().id();
        json().body(period("INTERIM", "30/06/" + year, "Monitoraggio intermedio"))
                .post("/api/v1/plans/{id}/periods", planId).then().spec(problem(400, "referenceDate"));
        assertNoPeriods(planId);
    }

    @Test
    void shouldRefuseAPeriodWithoutDate() {
        long planId = emptyPlan().id();
        json().body(period("INTERIM", null, "Monitoraggio intermedio"))
                .post("/api/v1/plans/{id}/periods", planId).then().spec(problem(400, "referenceDate"));
        assertNoPeriods(planId);
    }

    @Test
    void shouldRefuseABlankLabel() {
        int year = emptyPlan().year();
        long planId = emptyPlan().id();
        json().body(period("INTERIM", year + "-06-30", " ")).post("/api/v1/plans/{id}/periods", planId).then()
                .spec(problem(400, "label"));
        assertNoPeriods(planId);
    }

    @Test
    void shouldRefuseALabelLongerThan255Characters() {
        int year = emptyPlan().year();
        long planId = emptyPlan().id();
        json().body(period("INTERIM", year + "-06-30", "M".repeat(256))).post("/api/v1/plans/{id}/periods", planId)
                .then().spec(problem(400, "label"));
        assertNoPeriods(planId);
    }

    @Test
    void shouldRefuseAnUnknownProperty() {
        int year = emptyPlan().year();
        long planId = emptyPlan().id();
        Map<String, Object> body = period("INTERIM", year + "-06-30", "Monitoraggio intermedio");
        body.put("status", "CLOSED");
        json().body(body).post("/api/v1/plans/{id}/periods", planId).then().spec(problem(400, "status"));
        assertNoPeriods(planId);
    }

    @Test
    void shouldRefuseTwoPeriodsOnTheSameDate() {
        int year = Api.freshYear();
        long planId = Api.createPlan(year);
        Api.createPeriod(planId, year + "-06-30", "INTERIM");
        json().body(period("FINAL", year + "-06-30", "Doppione")).post("/api/v1/plans/{id}/periods", planId).then()
                .spec(problem(409, "referenceDate"));
        given().get("/api/v1/plans/{id}/periods", planId).then().body("total", equalTo(1))
                .body("items[0].kind", equalTo("INTERIM"));
    }

    @Test
    void shouldRefuseAPeriodForAnUnknownPlan() {
        json().body(period("INTERIM", "2040-06-30", "Monitoraggio")).post("/api/v1/plans/999999/periods").then()
                .spec(problem(404));
    }

    // update

    @Test
    void shouldUpdateAPeriodAndAnswerItsNewEtag() {
        int year = Api.freshYear();
        long id = Api.createPeriod(Api.createPlan(year), year + "-06-30", "INTERIM");
        json().header("If-Match", "\"0\"").body(period("INTERIM", year + "-07-31", "Monitoraggio al 31/07/" + year))
                .put("/api/v1/periods/{id}", id).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("referenceDate", equalTo(year + "-07-31"));
        given().get("/api/v1/periods/{id}", id).then().body("label", equalTo("Monitoraggio al 31/07/" + year));
    }

    @Test
    void shouldRefuseAnUpdateWithoutIfMatchWith428() {
        int year = Api.freshYear();
        long id = Api.createPeriod(Api.createPlan(year), year + "-06-30", "INTERIM");
        json().body(period("INTERIM", year + "-07-31", "Senza versione")).put("/api/v1/periods/{id}", id).then()
                .spec(problem(428, "If-Match"));
        given().get("/api/v1/periods/{id}", id).then().body("referenceDate", equalTo(year + "-06-30"));
    }

    @Test
    void shouldRefuseStaleUpdateWith412() {
        int year = Api.freshYear();
        long id = Api.createPeriod(Api.createPlan(year), year + "-06-30", "INTERIM");
        json().header("If-Match", "\"0\"").body(period("INTERIM", year + "-06-30", "Prima modifica"))
                .put("/api/v1/periods/{id}", id).then().statusCode(200);
        json().header("If-Match", "\"0\"").body(period("INTERIM", year + "-09-30", "Modifica superata"))
                .put("/api/v1/periods/{id}", id).then().spec(problem(412));
        given().get("/api/v1/periods/{id}", id).then().body("label", equalTo("Prima modifica"))
                .body("referenceDate", equalTo(year + "-06-30"));
    }

    @Test
    void shouldRefuseMovingAPeriodOutsideThePlanYear() {
        int year = Api.freshYear();
        long id = Api.createPeriod(Api.createPlan(year), year + "-06-30", "INTERIM");
        json().header("If-Match", "\"0\"").body(period("INTERIM", (year - 1) + "-12-31", "Anno sbagliato"))
                .put("/api/v1/periods/{id}", id).then().spec(problem(400, "referenceDate"));
        given().get("/api/v1/periods/{id}", id).then().body("referenceDate", equalTo(year + "-06-30"))
                .body("version", equalTo(0));
    }

    @Test
    void shouldRefuseMovingAPeriodOntoAnotherOnesDate() {
        int year = Api.freshYear();
        long planId = Api.createPlan(year);
        Api.createPeriod(planId, year + "-06-30", "INTERIM");
        long id = Api.createPeriod(planId, year + "-12-31", "FINAL");
        json().header("If-Match", "\"0\"").body(period("FINAL", year + "-06-30", "Finale"))
                .put("/api/v1/periods/{id}", id).then().spec(problem(409, "referenceDate"));
        given().get("/api/v1/periods/{id}", id).then().body("referenceDate", equalTo(year + "-12-31"));
    }

    // delete

    @Test
    void shouldDeleteAPeriodWithoutResults() {
        int year = Api.freshYear();
        long planId = Api.createPlan(year);
        long id = Api.createPeriod(planId, year + "-06-30", "INTERIM");
        given().delete("/api/v1/periods/{id}", id).then().statusCode(204);
        given().get("/api/v1/periods/{id}", id).then().spec(problem(404));
        assertNoPeriods(planId);
    }

    @Test
    void shouldRefuseDeletingAPeriodHoldingResults() {
        long interim = Arti2021.interimPeriodId();
        given().delete("/api/v1/periods/{id}", interim).then().spec(problem(409));
        given().get("/api/v1/periods/{id}", interim).then().statusCode(200);
        given().get("/api/v1/periods/{id}/results", interim).then().body("total", equalTo(18));
    }

    @Test
    void shouldRefuseDeletingWithAStaleIfMatch() {
        int year = Api.freshYear();
        long id = Api.createPeriod(Api.createPlan(year), year + "-06-30", "INTERIM");
        given().header("If-Match", "\"3\"").delete("/api/v1/periods/{id}", id).then().spec(problem(412));
        given().get("/api/v1/periods/{id}", id).then().statusCode(200);
    }

    @Test
    void shouldNotDeleteAnUnknownPeriod() {
        given().delete("/api/v1/periods/999999").then().spec(problem(404));
    }
}
