package it.perfmon.assessment;

import static io.restassured.RestAssured.given;
import static it.perfmon.testing.Api.json;
import static it.perfmon.testing.Problems.problem;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import it.perfmon.count.CountComponent;
import it.perfmon.testing.Api;
import it.perfmon.testing.Api.SharedPlan;
import it.perfmon.testing.Arti2021;
import it.perfmon.testing.Database;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ResultResourceTest {

    private static final String RESULT = "/api/v1/indicators/{indicator}/results/{period}";

    private static SharedPlan plan;

    // Not @BeforeAll: a static @BeforeAll may run before the application has started.
    @BeforeEach
    void shareOnePlan() {
        if (plan == null) {
            plan = SharedPlan.create();
        }
    }

    private static long timelineIndicator() {
        return Api.createTimelineIndicator(plan.newObjective().objectiveId());
    }

    private static long directIndicator() {
        return Api.createDirectIndicator(plan.newObjective().objectiveId());
    }

    private static Map<String, Object> result(Number enteredValue, String justification, Number step) {
        Map<String, Object> body = new HashMap<>();
        body.put("enteredValue", enteredValue);
        body.put("enteredJustification", justification);
        body.put("monitoringNote", "Si veda il cronoprogramma che evidenzia l'avanzamento delle relative fasi");
        body.put("dataSource", "Direzione");
        body.put("assessmentStep", step);
        return body;
    }

    private static Map<String, Object> assessment(Number step) {
        return result(null, null, step);
    }

    private static void assertNoResult(long indicatorId) {
        given().get(RESULT, indicatorId, plan.periodId()).then().spec(problem(404));
    }

    private static void refuse(long indicatorId, Map<String, Object> body, String field) {
        json().body(body).put(RESULT, indicatorId, plan.periodId()).then().spec(problem(400, field));
        assertNoResult(indicatorId);
    }

    // list

    @Test
    void shouldListTheResultsOfThe2021InterimMonitoring() {
        given().queryParam("limit", 100).get("/api/v1/periods/{id}/results", Arti2021.interimPeriodId()).then()
                .statusCode(200)
                .body("total", equalTo(18))
                .body("items", hasSize(18))
                .body("items.periodId", everyItem(equalTo((int) Arti2021.interimPeriodId())));
    }

    @Test
    void shouldPageThroughResults() {
        given().queryParam("offset", 15).queryParam("limit", 5).get("/api/v1/periods/{id}/results",
                Arti2021.interimPeriodId()).then().statusCode(200)
                .body("total", equalTo(18))
                .body("offset", equalTo(15))
                .body("items", hasSize(3));
    }

    @Test
    void shouldFilterResultsByObjective() {
        given().queryParam("objectiveId", Arti2021.objectiveId("1.4"))
                .get("/api/v1/periods/{id}/results", Arti2021.interimPeriodId()).then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.indicatorId", contains((int) Arti2021.indicatorId("1.4", 1),
                        (int) Arti2021.indicatorId("1.4", 2)));
    }

    @Test
    void shouldListResultsInTheOrderPeopleReadObjectiveCodes() {
        long period = Api.createPeriod(plan.planId(), plan.year() + "-03-31", "INTERIM");
        long area = plan.newArea();
        long objective10 = Api.createObjective(plan.planId(), area, "7.10", 5);
        long objective2 = Api.createObjective(plan.planId(), area, "7.2", 5);
        long indicator10 = Api.createDirectIndicator(objective10);
        long indicator2 = Api.createDirectIndicator(objective2);
        json().body(assessment(3)).put(RESULT, indicator10, period).then().statusCode(201);
        json().body(assessment(3)).put(RESULT, indicator2, period).then().statusCode(201);
        given().get("/api/v1/periods/{id}/results", period).then().statusCode(200)
                .body("items.indicatorId", contains((int) indicator2, (int) indicator10));
    }

    @Test
    void shouldLeaveTheEvaluationOutOfLists() {
        given().get("/api/v1/periods/{id}/results", Arti2021.interimPeriodId()).then().statusCode(200)
                .body("items.evaluation", everyItem(nullValue()));
    }

    @Test
    void shouldListNoResultsForThe2021FinalMonitoringYet() {
        given().get("/api/v1/periods/{id}/results", Arti2021.finalPeriodId()).then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void shouldNotListTheResultsOfAnUnknownPeriod() {
        given().get("/api/v1/periods/999999/results").then().spec(problem(404));
    }

    // get

    @Test
    void shouldGetTheEnteredValueOf12BesideTheComputedOne() {
        given().get(RESULT, Arti2021.indicatorId("1.2", 1), Arti2021.interimPeriodId()).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("enteredValue", equalTo(30))
                .body("enteredJustification", notNullValue())
                .body("evaluation.computedValue", equalTo(15))
                .body("evaluation.valueUsed", equalTo(30))
                .body("assessmentStep", equalTo(3))
                .body("assessmentLabel", equalTo("secondo le aspettative"))
                .body("assessedBy", equalTo("Allegato A 2021"));
    }

    @Test
    void shouldSuggestAnAssessmentWithItsReason() {
        given().get(RESULT, Arti2021.indicatorId("2.2", 1), Arti2021.interimPeriodId()).then().statusCode(200)
                .body("assessmentStep", equalTo(5))
                .body("evaluation.suggestion.reasonCode", equalTo("PHASE_LATE"))
                .body("evaluation.suggestion.reason", notNullValue());
    }

    @Test
    void shouldAnswer304WhenTheResultDidNotChange() {
        long indicator = Arti2021.indicatorId("1.6", 1);
        long period = Arti2021.interimPeriodId();
        given().header("If-None-Match", Api.etag(RESULT, indicator, period)).get(RESULT, indicator, period).then()
                .statusCode(304);
    }

    @Test
    void shouldNotFindAResultNotYetReported() {
        given().get(RESULT, Arti2021.indicatorId("1.6", 1), Arti2021.finalPeriodId()).then().spec(problem(404));
    }

    @Test
    void shouldNotFindTheResultOfAnUnknownIndicator() {
        given().get(RESULT, 999999, Arti2021.interimPeriodId()).then().spec(problem(404));
    }

    @Test
    void shouldRefuseAPeriodOfAnotherPlan() {
        given().get(RESULT, Arti2021.indicatorId("1.6", 1), plan.periodId()).then().spec(problem(400, "periodId"));
    }

    // save

    @Test
    void shouldCreateAResultWith201AndThenRequireIfMatch() {
        long indicator = directIndicator();
        var created = json().body(result(81.5, null, 3)).put(RESULT, indicator, plan.periodId()).then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("indicatorId", equalTo((int) indicator))
                .body("periodId", equalTo((int) plan.periodId()))
                .body("enteredValue", equalTo(81.5f))
                .extract();
        assertThat(created.header("Location"),
                endsWith("/api/v1/indicators/" + indicator + "/results/" + plan.periodId()));

        json().body(result(82, null, 3)).put(RESULT, indicator, plan.periodId()).then()
                .spec(problem(428, "If-Match"));
        json().header("If-Match", "\"0\"").body(result(82, null, 3)).put(RESULT, indicator, plan.periodId()).then()
                .statusCode(200).header("ETag", equalTo("\"1\"")).body("enteredValue", equalTo(82));
        given().get(RESULT, indicator, plan.periodId()).then().body("enteredValue", equalTo(82))
                .body("version", equalTo(1));
    }

    @Test
    void shouldComputeARatioAgainstThePlannedQuantity() {
        long indicator = Api.createIndicator(plan.newObjective().objectiveId(), Map.of(
                "description", "Numero colloqui erogati attraverso i servizi a distanza/Numero di colloqui che si "
                        + "prevede di erogare",
                "kind", "RATIO_PLANNED", "plannedQuantity", 20000, "targetValue", 100));
        Database.addCount(indicator, CountComponent.NUMERATOR, plan.year() + "-01-01", plan.year() + "-06-30",
                37787);
        json().body(result(null, null, 1)).put(RESULT, indicator, plan.periodId()).then().statusCode(201)
                .body("evaluation.computedValue", equalTo(188.935f))
                .body("evaluation.valueUsed", equalTo(188.935f))
                .body("assessmentLabel", equalTo("in anticipo"));
    }

    @Test
    void shouldKeepAnEnteredValueBesideTheComputedOne() {
        long objective = plan.newObjective().objectiveId();
        long indicator = Api.createTimelineIndicator(objective);
        long phase = Api.createPhase(objective, 1, plan.year() + "-03-01", plan.year() + "-12-31", 50);
        json().header("If-Match", "\"0\"").body(Map.of("partialProgress", 30))
                .put("/api/v1/phases/{id}/progress", phase).then().statusCode(200);
        json().body(result(30, "Valore riportato nell'Allegato A del monitoraggio intermedio", 3))
                .put(RESULT, indicator, plan.periodId()).then().statusCode(201)
                .body("enteredValue", equalTo(30))
                .body("evaluation.computedValue", equalTo(15))
                .body("evaluation.valueUsed", equalTo(30));
    }

    @Test
    void shouldRefuseOverridingAComputedValueWithoutJustification() {
        refuse(timelineIndicator(), result(30, null, 3), "enteredJustification");
    }

    @Test
    void shouldRefuseABlankJustification() {
        refuse(timelineIndicator(), result(30, "   ", 3), "enteredJustification");
    }

    @Test
    void shouldAcceptADirectValueWithoutJustification() {
        long indicator = directIndicator();
        json().body(result(81.5, null, 3)).put(RESULT, indicator, plan.periodId()).then().statusCode(201)
                .body("enteredJustification", nullValue())
                .body("evaluation.valueUsed", equalTo(81.5f));
    }

    @Test
    void shouldRefuseAssessmentStep6() {
        refuse(directIndicator(), assessment(6), "assessmentStep");
    }

    @Test
    void shouldRefuseAssessmentStep0() {
        refuse(directIndicator(), assessment(0), "assessmentStep");
    }

    @Test
    void shouldRefuseAFractionalAssessmentStep() {
        refuse(directIndicator(), assessment(2.5), "assessmentStep");
    }

    @Test
    void shouldRefuseANegativeEnteredValue() {
        refuse(directIndicator(), result(-1, null, null), "enteredValue");
    }

    @Test
    void shouldRefuseAnEnteredValueThatIsNotANumber() {
        Map<String, Object> body = result(null, null, 3);
        body.put("enteredValue", "81,5%");
        refuse(directIndicator(), body, "enteredValue");
    }

    @Test
    void shouldRefuseADataSourceLongerThan500Characters() {
        Map<String, Object> body = assessment(3);
        body.put("dataSource", "Direzione ".repeat(51));
        refuse(directIndicator(), body, "dataSource");
    }

    @Test
    void shouldRefuseAComputedFieldInTheRequest() {
        Map<String, Object> body = assessment(3);
        body.put("assessedBy", "Mario Rossi");
        refuse(directIndicator(), body, "assessedBy");
    }

    @Test
    void shouldRecordWhoAssessedAndWhen() {
        json().body(assessment(3)).put(RESULT, directIndicator(), plan.periodId()).then().statusCode(201)
                .body("assessmentStep", equalTo(3))
                .body("assessmentLabel", equalTo("secondo le aspettative"))
                .body("assessedBy", equalTo("bootstrap-token"))
                .body("assessedAt", notNullValue());
    }

    @Test
    void shouldKeepTheAssessmentTimeWhenTheStepDoesNotChange() {
        long indicator = directIndicator();
        json().body(assessment(3)).put(RESULT, indicator, plan.periodId()).then().statusCode(201);
        String assessedAt = given().get(RESULT, indicator, plan.periodId()).path("assessedAt");
        Map<String, Object> body = assessment(3);
        body.put("monitoringNote", "Il dato sarà rilevato a fine anno");
        json().header("If-Match", "\"0\"").body(body).put(RESULT, indicator, plan.periodId()).then().statusCode(200)
                .body("monitoringNote", equalTo("Il dato sarà rilevato a fine anno"))
                .body("assessedAt", equalTo(assessedAt));
        given().get(RESULT, indicator, plan.periodId()).then().body("assessedAt", equalTo(assessedAt));
    }

    @Test
    void shouldRecordANewAssessmentWhenTheStepChanges() {
        long indicator = directIndicator();
        json().body(assessment(3)).put(RESULT, indicator, plan.periodId()).then().statusCode(201);
        String firstAssessedAt = given().get(RESULT, indicator, plan.periodId()).path("assessedAt");
        Map<String, Object> late = assessment(5);
        late.put("deviationExplanation", "La rilevazione è slittata a settembre per il cambio del fornitore");
        json().header("If-Match", "\"0\"").body(late).put(RESULT, indicator, plan.periodId()).then()
                .statusCode(200)
                .body("assessmentStep", equalTo(5))
                .body("assessmentLabel", equalTo("in ritardo"))
                .body("assessedBy", equalTo("bootstrap-token"));
        given().get(RESULT, indicator, plan.periodId()).then().body("assessedAt", not(equalTo(firstAssessedAt)))
                .body("assessedAt", notNullValue());
    }

    @Test
    void shouldForgetTheAssessorWhenTheAssessmentIsWithdrawn() {
        long indicator = directIndicator();
        json().body(assessment(2)).put(RESULT, indicator, plan.periodId()).then().statusCode(201);
        json().header("If-Match", "\"0\"").body(assessment(null)).put(RESULT, indicator, plan.periodId()).then()
                .statusCode(200)
                .body("assessmentStep", nullValue())
                .body("assessedBy", nullValue())
                .body("assessedAt", nullValue());
    }

    @Test
    void shouldRefuseStaleUpdateWith412() {
        long indicator = directIndicator();
        json().body(result(70, null, 3)).put(RESULT, indicator, plan.periodId()).then().statusCode(201);
        json().header("If-Match", "\"0\"").body(result(75, null, 3)).put(RESULT, indicator, plan.periodId()).then()
                .statusCode(200);
        json().header("If-Match", "\"0\"").body(result(60, null, 5)).put(RESULT, indicator, plan.periodId()).then()
                .spec(problem(412));
        given().get(RESULT, indicator, plan.periodId()).then().body("enteredValue", equalTo(75))
                .body("assessmentStep", equalTo(3)).body("version", equalTo(1));
    }

    @Test
    void shouldLetTheFirstOfTwoAssessorsWinAndRefuseTheSecond() {
        long indicator = directIndicator();
        json().body(assessment(2)).put(RESULT, indicator, plan.periodId()).then().statusCode(201);
        String readByAnna = Api.etag(RESULT, indicator, plan.periodId());
        String readByMarco = Api.etag(RESULT, indicator, plan.periodId());

        json().header("If-Match", readByAnna).body(assessment(3)).put(RESULT, indicator, plan.periodId()).then()
                .statusCode(200);
        json().header("If-Match", readByMarco).body(assessment(5)).put(RESULT, indicator, plan.periodId()).then()
                .spec(problem(412));

        given().get(RESULT, indicator, plan.periodId()).then().body("assessmentStep", equalTo(3));
    }

    @Test
    void shouldRefuseAResultInAClosedPeriod() {
        long period = Api.createPeriod(plan.planId(), plan.year() + "-09-30", "INTERIM");
        Api.json().post("/api/v1/periods/{id}/close", period).then().statusCode(200);
        long indicator = directIndicator();
        json().body(assessment(3)).put(RESULT, indicator, period).then().spec(problem(409, "periodId"));
        given().get(RESULT, indicator, period).then().spec(problem(404));
    }

    @Test
    void shouldRefuseSavingInAPeriodOfAnotherPlan() {
        long indicator = Arti2021.indicatorId("4.1", 1);
        json().body(assessment(3)).put(RESULT, indicator, plan.periodId()).then().spec(problem(400, "periodId"));
        given().get(RESULT, indicator, Arti2021.interimPeriodId()).then().body("assessmentStep", equalTo(2));
    }

    @Test
    void shouldNotSaveTheResultOfAnUnknownIndicator() {
        json().body(assessment(3)).put(RESULT, 999999, plan.periodId()).then().spec(problem(404));
    }

    @Test
    void shouldNotSaveAResultInAnUnknownPeriod() {
        json().body(assessment(3)).put(RESULT, directIndicator(), 999999).then().spec(problem(404));
    }

    // deviations

    @Test
    void shouldRefuseALateStepWithoutAnExplanationNamingTheField() {
        long indicator = directIndicator();
        json().body(assessment(5)).put(RESULT, indicator, plan.periodId()).then().spec(problem(422, "deviationExplanation"))
                .body("type", equalTo("urn:perfmon:problem:deviation-unexplained"))
                .body("detail", containsString(".1 indicatore 1"));
        assertNoResult(indicator);
        Map<String, Object> blank = assessment(4);
        blank.put("deviationExplanation", "   ");
        json().body(blank).put(RESULT, indicator, plan.periodId()).then().spec(problem(422, "deviationExplanation"));
        assertNoResult(indicator);
    }

    @Test
    void shouldRefuseAValueBelowItsProRataShareWithoutAnExplanation() {
        // 20% of a 79% target at 30 June: the pace is 39,17%, its threshold 36,24%.
        long indicator = directIndicator();
        json().body(result(20, null, 3)).put(RESULT, indicator, plan.periodId()).then()
                .spec(problem(422, "deviationExplanation"))
                .body("detail", containsString("sotto l'atteso pro rata"));
        assertNoResult(indicator);
    }

    @Test
    void shouldSaveAnIndicatorBehindWithItsExplanationAndTellWhy() {
        long indicator = directIndicator();
        Map<String, Object> body = result(20, null, 5);
        body.put("deviationExplanation", "La rilevazione di gradimento è partita solo a maggio");
        body.put("correctiveActions", "Questionario inviato anche via SMS da luglio");
        double expected = json().body(body).put(RESULT, indicator, plan.periodId()).then().statusCode(201)
                .body("deviationExplanation", equalTo("La rilevazione di gradimento è partita solo a maggio"))
                .body("correctiveActions", equalTo("Questionario inviato anche via SMS da luglio"))
                .body("deviation.reasons", contains("LATE_STEP", "BELOW_PRO_RATA"))
                .body("deviation.valueUsed", equalTo(20))
                .extract().jsonPath().getDouble("deviation.expectedValue");
        LocalDate june30 = LocalDate.of(plan.year(), 6, 30);
        assertEquals(79.0 * june30.getDayOfYear() / june30.lengthOfYear(), expected, 1e-4);
        given().get(RESULT, indicator, plan.periodId()).then().statusCode(200)
                .body("deviation.reasons", contains("LATE_STEP", "BELOW_PRO_RATA"));
    }

    @Test
    void shouldKeepTheExplanationOptionalWhileTheIndicatorIsNotBehind() {
        long indicator = directIndicator();
        json().body(result(60, null, 3)).put(RESULT, indicator, plan.periodId()).then().statusCode(201)
                .body("deviation", nullValue()).body("deviationExplanation", nullValue());
    }

    @Test
    void shouldRefuseAnUpdateThatClearsTheExplanationOfAnIndicatorStillBehind() {
        long indicator = directIndicator();
        Map<String, Object> body = assessment(5);
        body.put("deviationExplanation", "Fornitore del servizio di rilevazione cambiato a marzo");
        json().body(body).put(RESULT, indicator, plan.periodId()).then().statusCode(201);
        json().header("If-Match", "\"0\"").body(assessment(5)).put(RESULT, indicator, plan.periodId()).then()
                .spec(problem(422, "deviationExplanation"));
        given().get(RESULT, indicator, plan.periodId()).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("deviationExplanation", equalTo("Fornitore del servizio di rilevazione cambiato a marzo"));
        // Back on track, the explanation may go.
        json().header("If-Match", "\"0\"").body(assessment(3)).put(RESULT, indicator, plan.periodId()).then()
                .statusCode(200).body("deviationExplanation", nullValue());
    }

    // delete

    @Test
    void shouldDeleteAResult() {
        long indicator = directIndicator();
        json().body(assessment(3)).put(RESULT, indicator, plan.periodId()).then().statusCode(201);
        given().delete(RESULT, indicator, plan.periodId()).then().statusCode(204);
        assertNoResult(indicator);
    }

    @Test
    void shouldRefuseDeletingWithAStaleIfMatch() {
        long indicator = directIndicator();
        json().body(assessment(3)).put(RESULT, indicator, plan.periodId()).then().statusCode(201);
        given().header("If-Match", "\"9\"").delete(RESULT, indicator, plan.periodId()).then().spec(problem(412));
        given().get(RESULT, indicator, plan.periodId()).then().statusCode(200);
    }

    @Test
    void shouldRefuseDeletingAResultOfAClosedPeriod() {
        long period = Api.createPeriod(plan.planId(), plan.year() + "-10-31", "INTERIM");
        long indicator = directIndicator();
        json().body(assessment(3)).put(RESULT, indicator, period).then().statusCode(201);
        Api.json().post("/api/v1/periods/{id}/close", period).then().statusCode(200);
        given().delete(RESULT, indicator, period).then().spec(problem(409, "periodId"));
        given().get(RESULT, indicator, period).then().statusCode(200).body("assessmentStep", equalTo(3));
    }

    @Test
    void shouldNotDeleteAResultNeverReported() {
        given().delete(RESULT, directIndicator(), plan.periodId()).then().spec(problem(404));
    }
}
