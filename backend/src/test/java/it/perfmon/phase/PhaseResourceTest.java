package it.perfmon.phase;

import static io.restassured.RestAssured.given;
import static it.perfmon.testing.Api.json;
import static it.perfmon.testing.Problems.problem;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import it.perfmon.common.AgencyClock;
import it.perfmon.testing.Api;
import it.perfmon.testing.Api.PlanFixture;
import it.perfmon.testing.Api.SharedPlan;
import it.perfmon.testing.Arti2021;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PhaseResourceTest {

    private static final String PHASES = "/api/v1/objectives/{id}/phases";

    private static SharedPlan plan;

    // Not @BeforeAll: a static @BeforeAll may run before the application has started. The plan's year is over, so
    // its phases can be reported completed (an actual end is never in the future).
    @BeforeEach
    void shareOnePlan() {
        if (plan == null) {
            plan = SharedPlan.createInThePast();
        }
    }

    private static String day(String monthDay) {
        return plan.year() + "-" + monthDay;
    }

    /** Phase 1 of objective 1.7: the decree approving the guidelines for citizens' services. */
    private static Map<String, Object> decree(int number) {
        Map<String, Object> body = new HashMap<>();
        body.put("number", number);
        body.put("description", "Adozione del decreto Arti che approva le linee guida dei servizi erogati ai cittadini");
        body.put("output", "Decreto Arti");
        body.put("plannedStart", day("01-04"));
        body.put("plannedEnd", day("06-30"));
        body.put("responsible", "Direzione");
        body.put("weight", 50);
        return body;
    }

    private static Map<String, Object> progress(String actualEnd, Number partialProgress, String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("actualEnd", actualEnd);
        body.put("partialProgress", partialProgress);
        body.put("monitoringNote", note);
        body.put("dataSource", "Decreto Arti n.63 del 02/03/2021");
        return body;
    }

    private static long objective() {
        return plan.newObjective().objectiveId();
    }

    private static void refuseCreation(Map<String, Object> body, String field) {
        long objectiveId = objective();
        json().body(body).post(PHASES, objectiveId).then().spec(problem(400, field));
        given().get(PHASES, objectiveId).then().statusCode(200).body("total", equalTo(0));
    }

    private static Object timelineValue(PlanFixture objective) {
        String code = given().get("/api/v1/objectives/{id}", objective.objectiveId()).then().extract().path("code");
        return given().queryParam("periodId", objective.periodId()).get("/api/v1/plans/{id}/report", plan.planId())
                .then().statusCode(200).extract()
                .path("areas.objectives.flatten().find { it.code == '" + code + "' }.indicators[0].computedValue");
    }

    // list

    @Test
    void shouldListThePhasesOfObjective12InOrder() {
        given().get(PHASES, Arti2021.objectiveId("1.2")).then().statusCode(200)
                .body("total", equalTo(4))
                .body("items.number", contains(1, 2, 3, 4))
                .body("items[0].description", equalTo("Programmazione evento e definizione modalità organizzative"))
                .body("items[0].weight", equalTo(15))
                .body("items[0].actualEnd", equalTo("2021-03-31"));
    }

    @Test
    void shouldPageThroughPhases() {
        given().queryParam("offset", 2).queryParam("limit", 1).get(PHASES, Arti2021.objectiveId("1.2")).then()
                .statusCode(200)
                .body("total", equalTo(4))
                .body("items", hasSize(1))
                .body("items[0].number", equalTo(3));
    }

    @Test
    void shouldNotListThePhasesOfAnUnknownObjective() {
        given().get("/api/v1/objectives/999999/phases").then().spec(problem(404));
    }

    // get

    @Test
    void shouldGetAPhaseWithItsEtag() {
        long id = given().get(PHASES, Arti2021.objectiveId("1.7")).then().extract().jsonPath().getLong("items[0].id");
        given().get("/api/v1/phases/{id}", id).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("number", equalTo(1))
                .body("weight", equalTo(50))
                .body("actualEnd", equalTo("2021-03-02"))
                .body("dataSource", equalTo("Decreto Arti n.63 del 02/03/2021 e n. 223 del 01/06/2021"));
    }

    @Test
    void shouldAnswer304WhenThePhaseDidNotChange() {
        long id = given().get(PHASES, Arti2021.objectiveId("1.7")).then().extract().jsonPath().getLong("items[0].id");
        given().header("If-None-Match", Api.etag("/api/v1/phases/{id}", id)).get("/api/v1/phases/{id}", id).then()
                .statusCode(304);
    }

    @Test
    void shouldNotGetAnUnknownPhase() {
        given().get("/api/v1/phases/999999").then().spec(problem(404));
    }

    // create

    @Test
    void shouldCreateAPhaseWithLocationAndEtag() {
        long objectiveId = objective();
        var created = json().body(decree(1)).post(PHASES, objectiveId).then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("objectiveId", equalTo((int) objectiveId))
                .body("number", equalTo(1))
                .body("plannedStart", equalTo(day("01-04")))
                .body("plannedEnd", equalTo(day("06-30")))
                .body("weight", equalTo(50))
                .body("actualEnd", nullValue())
                .extract();
        assertThat(created.header("Location"), endsWith("/api/v1/phases/" + created.path("id")));
        given().get(created.header("Location")).then().statusCode(200).body("output", equalTo("Decreto Arti"));
    }

    @Test
    void shouldAcceptAOneDayPhase() {
        Map<String, Object> body = decree(1);
        body.put("plannedEnd", day("01-04"));
        json().body(body).post(PHASES, objective()).then().statusCode(201);
    }

    @Test
    void shouldRefuseAPlannedEndBeforeThePlannedStart() {
        Map<String, Object> body = decree(1);
        body.put("plannedStart", day("06-30"));
        body.put("plannedEnd", day("01-04"));
        refuseCreation(body, "plannedEnd");
    }

    @Test
    void shouldRefuseAPhaseWithoutPlannedStart() {
        Map<String, Object> body = decree(1);
        body.remove("plannedStart");
        refuseCreation(body, "plannedStart");
    }

    @Test
    void shouldRefuseADateThatDoesNotExist() {
        Map<String, Object> body = decree(1);
        body.put("plannedEnd", day("02-30"));
        refuseCreation(body, "plannedEnd");
    }

    @Test
    void shouldRefuseAPhaseWithoutNumber() {
        Map<String, Object> body = decree(1);
        body.remove("number");
        refuseCreation(body, "number");
    }

    @Test
    void shouldRefusePhaseNumberZero() {
        refuseCreation(decree(0), "number");
    }

    @Test
    void shouldRefuseAFractionalPhaseNumber() {
        Map<String, Object> body = decree(1);
        body.put("number", 1.5);
        refuseCreation(body, "number");
    }

    @Test
    void shouldRefuseABlankDescription() {
        Map<String, Object> body = decree(1);
        body.put("description", "");
        refuseCreation(body, "description");
    }

    @Test
    void shouldRefuseADescriptionLongerThan2000Characters() {
        Map<String, Object> body = decree(1);
        body.put("description", "D".repeat(2001));
        refuseCreation(body, "description");
    }

    @Test
    void shouldRefuseAWeightAbove100() {
        Map<String, Object> body = decree(1);
        body.put("weight", new BigDecimal("100.01"));
        refuseCreation(body, "weight");
    }

    @Test
    void shouldRefuseANegativeWeight() {
        Map<String, Object> body = decree(1);
        body.put("weight", -5);
        refuseCreation(body, "weight");
    }

    @Test
    void shouldRefuseAWeightThatIsNotANumber() {
        Map<String, Object> body = decree(1);
        body.put("weight", "abc");
        refuseCreation(body, "weight");
    }

    @Test
    void shouldRefuseAnUnknownProperty() {
        Map<String, Object> body = decree(1);
        body.put("actualEnd", day("03-02"));
        refuseCreation(body, "actualEnd");
    }

    @Test
    void shouldRefuseTwoPhasesWithTheSameNumber() {
        long objectiveId = objective();
        Api.createPhase(objectiveId, 1, day("01-04"), day("06-30"), 50);
        json().body(decree(1)).post(PHASES, objectiveId).then().spec(problem(409, "number"));
        given().get(PHASES, objectiveId).then().body("total", equalTo(1)).body("items[0].description",
                equalTo("Fase 1"));
    }

    @Test
    void shouldRefuseAPhaseForAnUnknownObjective() {
        json().body(decree(1)).post("/api/v1/objectives/999999/phases").then().spec(problem(404));
    }

    // update

    @Test
    void shouldUpdateAPhaseAndAnswerItsNewEtag() {
        long id = Api.createPhase(objective(), 1, day("01-04"), day("06-30"), 50);
        Map<String, Object> body = decree(1);
        body.put("plannedEnd", day("09-30"));
        json().header("If-Match", "\"0\"").body(body).put("/api/v1/phases/{id}", id).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("plannedEnd", equalTo(day("09-30")));
        given().get("/api/v1/phases/{id}", id).then().body("description", equalTo(decree(1).get("description")))
                .body("version", equalTo(1));
    }

    @Test
    void shouldRefuseAnUpdateWithoutIfMatchWith428() {
        long id = Api.createPhase(objective(), 1, day("01-04"), day("06-30"), 50);
        json().body(decree(1)).put("/api/v1/phases/{id}", id).then().spec(problem(428, "If-Match"));
        given().get("/api/v1/phases/{id}", id).then().body("description", equalTo("Fase 1"));
    }

    @Test
    void shouldRefuseStaleUpdateWith412() {
        long id = Api.createPhase(objective(), 1, day("01-04"), day("06-30"), 50);
        Map<String, Object> first = decree(1);
        first.put("weight", 40);
        json().header("If-Match", "\"0\"").body(first).put("/api/v1/phases/{id}", id).then().statusCode(200);
        Map<String, Object> stale = decree(1);
        stale.put("weight", 60);
        json().header("If-Match", "\"0\"").body(stale).put("/api/v1/phases/{id}", id).then().spec(problem(412));
        given().get("/api/v1/phases/{id}", id).then().body("weight", equalTo(40));
    }

    @Test
    void shouldRefuseMovingThePlannedEndBeforeThePlannedStart() {
        long id = Api.createPhase(objective(), 1, day("01-04"), day("06-30"), 50);
        Map<String, Object> body = decree(1);
        body.put("plannedEnd", day("01-03"));
        json().header("If-Match", "\"0\"").body(body).put("/api/v1/phases/{id}", id).then()
                .spec(problem(400, "plannedEnd"));
        given().get("/api/v1/phases/{id}", id).then().body("plannedEnd", equalTo(day("06-30")))
                .body("version", equalTo(0));
    }

    @Test
    void shouldRefuseRenumberingAPhaseOntoATakenNumber() {
        long objectiveId = objective();
        Api.createPhase(objectiveId, 1, day("01-04"), day("06-30"), 50);
        long id = Api.createPhase(objectiveId, 2, day("01-01"), day("12-31"), 50);
        json().header("If-Match", "\"0\"").body(decree(1)).put("/api/v1/phases/{id}", id).then()
                .spec(problem(409, "number"));
        given().get("/api/v1/phases/{id}", id).then().body("number", equalTo(2));
    }

    // progress

    @Test
    void shouldRecordThatAPhaseWasCompleted() {
        long id = Api.createPhase(objective(), 1, day("01-04"), day("06-30"), 50);
        json().header("If-Match", "\"0\"").body(progress(day("03-02"), null,
                        "In data 02/03 è stato adottato il decreto di approvazione delle linee guida"))
                .put("/api/v1/phases/{id}/progress", id).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("actualEnd", equalTo(day("03-02")))
                .body("monitoringNote",
                        equalTo("In data 02/03 è stato adottato il decreto di approvazione delle linee guida"))
                .body("dataSource", equalTo("Decreto Arti n.63 del 02/03/2021"));
        given().get("/api/v1/phases/{id}", id).then().body("actualEnd", equalTo(day("03-02")))
                .body("description", equalTo("Fase 1"));
    }

    @Test
    void shouldAcceptAnActualEndOfToday() {
        long id = Api.createPhase(objective(), 1, day("01-04"), day("06-30"), 50);
        String today = LocalDate.now(AgencyClock.ZONE).toString();
        json().header("If-Match", "\"0\"").body(progress(today, null, null)).put("/api/v1/phases/{id}/progress", id)
                .then().statusCode(200).body("actualEnd", equalTo(today));
    }

    @Test
    void shouldJudgeTheFutureByTheCalendarOfItalyNotTheServers() {
        // 22:30 UTC on 30 June is already 00:30 on 1 July in Florence: 1 July is today, 2 July the future.
        QuarkusMock.installMockForType(new AgencyClock(Clock.fixed(Instant.parse(day("06-30") + "T22:30:00Z"),
                ZoneOffset.UTC)), AgencyClock.class);
        long today = Api.createPhase(objective(), 1, day("01-04"), day("06-30"), 50);
        json().header("If-Match", "\"0\"").body(progress(day("07-01"), null, null))
                .put("/api/v1/phases/{id}/progress", today).then().statusCode(200).body("actualEnd", equalTo(day("07-01")));
        long tomorrow = Api.createPhase(objective(), 1, day("01-04"), day("06-30"), 50);
        json().header("If-Match", "\"0\"").body(progress(day("07-02"), null, null))
                .put("/api/v1/phases/{id}/progress", tomorrow).then().spec(problem(400, "actualEnd"));
    }

    @Test
    void shouldRefuseAnActualEndInTheFuture() {
        long id = Api.createPhase(objective(), 1, day("01-04"), day("06-30"), 50);
        json().header("If-Match", "\"0\"").body(progress(LocalDate.now(AgencyClock.ZONE).plusDays(7).toString(), null, null))
                .put("/api/v1/phases/{id}/progress", id).then().spec(problem(400, "actualEnd"));
        given().get("/api/v1/phases/{id}", id).then().body("actualEnd", nullValue()).body("version", equalTo(0));
    }

    @Test
    void shouldRefuseAPartialProgressAbove100() {
        long id = Api.createPhase(objective(), 1, day("01-04"), day("06-30"), 50);
        json().header("If-Match", "\"0\"").body(progress(null, 101, null)).put("/api/v1/phases/{id}/progress", id)
                .then().spec(problem(400, "partialProgress"));
        given().get("/api/v1/phases/{id}", id).then().body("partialProgress", nullValue());
    }

    @Test
    void shouldRefuseADefinitionFieldInAProgressReport() {
        long id = Api.createPhase(objective(), 1, day("01-04"), day("06-30"), 50);
        Map<String, Object> body = progress(null, 50, null);
        body.put("weight", 100);
        json().header("If-Match", "\"0\"").body(body).put("/api/v1/phases/{id}/progress", id).then()
                .spec(problem(400, "weight"));
        given().get("/api/v1/phases/{id}", id).then().body("weight", equalTo(50)).body("partialProgress", nullValue());
    }

    @Test
    void shouldRefuseAProgressReportWithoutIfMatchWith428() {
        long id = Api.createPhase(objective(), 1, day("01-04"), day("06-30"), 50);
        json().body(progress(day("03-02"), null, null)).put("/api/v1/phases/{id}/progress", id).then()
                .spec(problem(428, "If-Match"));
        given().get("/api/v1/phases/{id}", id).then().body("actualEnd", nullValue());
    }

    @Test
    void shouldRefuseAStaleProgressReportWith412() {
        long id = Api.createPhase(objective(), 1, day("01-04"), day("06-30"), 50);
        json().header("If-Match", "\"0\"").body(progress(null, 30, "Attività in fase di espletamento"))
                .put("/api/v1/phases/{id}/progress", id).then().statusCode(200);
        json().header("If-Match", "\"0\"").body(progress(day("03-02"), null, null))
                .put("/api/v1/phases/{id}/progress", id).then().spec(problem(412));
        given().get("/api/v1/phases/{id}", id).then().body("actualEnd", nullValue())
                .body("partialProgress", equalTo(30));
    }

    @Test
    void shouldRaiseTheTimelineValueWhenAPhaseIsCompletedAndAnotherAdvances() {
        PlanFixture objective = plan.newObjective();
        Api.createTimelineIndicator(objective.objectiveId());
        long first = Api.createPhase(objective.objectiveId(), 1, day("01-04"), day("03-31"), 40);
        long second = Api.createPhase(objective.objectiveId(), 2, day("04-01"), day("12-31"), 60);
        assertThat(((Number) timelineValue(objective)).intValue(), equalTo(0));

        json().header("If-Match", "\"0\"").body(progress(day("03-25"), null, "Fase conclusa"))
                .put("/api/v1/phases/{id}/progress", first).then().statusCode(200);
        assertThat(((Number) timelineValue(objective)).intValue(), equalTo(40));

        json().header("If-Match", "\"0\"").body(progress(null, 50, "Attività in fase di espletamento"))
                .put("/api/v1/phases/{id}/progress", second).then().statusCode(200);
        assertThat(((Number) timelineValue(objective)).intValue(), equalTo(70));
    }

    @Test
    void shouldNotCountAPhaseCompletedAfterThePeriodDate() {
        PlanFixture objective = plan.newObjective();
        Api.createTimelineIndicator(objective.objectiveId());
        long phase = Api.createPhase(objective.objectiveId(), 1, day("01-04"), day("12-31"), 100);
        json().header("If-Match", "\"0\"").body(progress(day("09-15"), null, null))
                .put("/api/v1/phases/{id}/progress", phase).then().statusCode(200);
        assertThat(((Number) timelineValue(objective)).intValue(), equalTo(0));
    }

    // delete

    @Test
    void shouldDeleteAPhase() {
        long objectiveId = objective();
        long id = Api.createPhase(objectiveId, 1, day("01-04"), day("06-30"), 50);
        Api.createPhase(objectiveId, 2, day("07-01"), day("12-31"), 50);
        given().delete("/api/v1/phases/{id}", id).then().statusCode(204);
        given().get("/api/v1/phases/{id}", id).then().spec(problem(404));
        given().get(PHASES, objectiveId).then().body("items.number", contains(2));
    }

    @Test
    void shouldRefuseDeletingWithAStaleIfMatch() {
        long id = Api.createPhase(objective(), 1, day("01-04"), day("06-30"), 50);
        given().header("If-Match", "\"4\"").delete("/api/v1/phases/{id}", id).then().spec(problem(412));
        given().get("/api/v1/phases/{id}", id).then().statusCode(200);
    }

    @Test
    void shouldNotDeleteAnUnknownPhase() {
        given().delete("/api/v1/phases/999999").then().spec(problem(404));
    }
}
