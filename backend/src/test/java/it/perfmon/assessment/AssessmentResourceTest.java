package it.perfmon.assessment;

import static io.restassured.RestAssured.given;
import static it.perfmon.testing.Api.json;
import static it.perfmon.testing.Problems.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import it.perfmon.testing.Accounts;
import it.perfmon.testing.Api;
import it.perfmon.testing.Api.SharedPlan;
import it.perfmon.testing.Arti2021;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Assessments as a resource: one per indicator and period, read off the report (2021 interim as published), written on
 * the result's record with its gates, its version and its audit trail.
 */
@QuarkusTest
class AssessmentResourceTest {

    private static final String PERIOD_ASSESSMENTS = "/api/v1/periods/{period}/assessments";
    private static final String ASSESSMENT = "/api/v1/indicators/{indicator}/assessments/{period}";
    private static final String RESULT = "/api/v1/indicators/{indicator}/results/{period}";
    private static final String PART = "/api/v1/periods/{period}/collection/structures/{structure}";
    private static final String LATE_BECAUSE = "Convenzione con la Regione firmata solo a giugno";
    private static final String ACTIONS = "Fasi 2 e 3 ripianificate entro il 30/09, con una persona in più";

    private static SharedPlan plan;
    private static long direzione;

    // Not @BeforeAll, which may run before the application has started. One plan for the class, an objective (of
    // Direzione) per test.
    @BeforeEach
    void shareOnePlan() {
        if (plan == null) {
            plan = SharedPlan.create();
            direzione = Api.structureId("DIREZIONE");
        }
    }

    private static long directIndicator() {
        return Api.createDirectIndicator(plan.newObjective().objectiveId());
    }

    private static Map<String, Object> assessment(Integer step, String explanation, String actions) {
        Map<String, Object> body = new HashMap<>();
        body.put("step", step);
        body.put("deviationExplanation", explanation);
        body.put("correctiveActions", actions);
        return body;
    }

    // read, on the 2021 interim monitoring as published

    @Test
    void shouldListOneAssessmentPerIndicatorOf2021InTheOrderPeopleReadCodes() {
        JsonPath page = given().queryParam("limit", 100).get(PERIOD_ASSESSMENTS, Arti2021.interimPeriodId()).then()
                .statusCode(200).body("total", equalTo(18)).body("items", hasSize(18))
                .body("items.periodId", everyItem(equalTo((int) Arti2021.interimPeriodId())))
                .extract().jsonPath();
        assertEquals(List.of("1.1", "1.2", "1.3", "1.4", "1.4", "1.5", "1.5", "1.6", "1.7", "2.1", "2.2", "2.3", "3.1",
                "3.2", "4.1", "4.2", "4.4", "4.4"), page.getList("items.objectiveCode"));
        assertEquals(List.of(1, 2), page.getList("items.findAll { it.objectiveCode == '1.4' }.indicatorPosition"));
        // 1.6 (96 / 106, against a target held as a level) was assessed "in ritardo" in 2021, unexplained in the table.
        String late = "items.find { it.objectiveCode == '1.6' }";
        assertEquals(5, page.getInt(late + ".step"));
        assertEquals(List.of("LATE_STEP"), page.getList(late + ".deviation.reasons"));
        assertNull(page.get(late + ".deviation.expectedValue"));
        assertEquals(96 * 100 / 106.0, page.getDouble(late + ".deviation.valueUsed"), 1e-4);
        assertNull(page.get(late + ".deviationExplanation"));
        assertEquals("DRAFT", page.getString(late + ".state"));
        assertEquals("DIREZIONE", page.getString(late + ".structureCode"));
        assertEquals(0, page.getInt(late + ".version"));
        assertEquals("Allegato A 2021", page.getString(late + ".assessedBy"));
        // 4.1, assessed 2 and surveyed at year end, is not behind.
        assertEquals(2, page.getInt("items.find { it.objectiveCode == '4.1' }.step"));
        assertNull(page.get("items.find { it.objectiveCode == '4.1' }.deviation"));
    }

    @Test
    void shouldFilterByStructureStepAndState() {
        long period = Arti2021.interimPeriodId();
        given().queryParam("structureId", Api.structureId("RPCT")).get(PERIOD_ASSESSMENTS, period).then()
                .statusCode(200).body("total", equalTo(2)).body("items.objectiveCode", contains("4.4", "4.4"))
                .body("items.indicatorPosition", contains(1, 2));
        given().queryParam("step", 5).get(PERIOD_ASSESSMENTS, period).then().statusCode(200)
                .body("items.objectiveCode", contains("1.6", "2.2"));
        given().queryParam("step", 5).queryParam("structureId", Api.structureId("RPCT"))
                .get(PERIOD_ASSESSMENTS, period).then().statusCode(200).body("total", equalTo(0));
        given().queryParam("objectiveId", Arti2021.objectiveId("1.5")).get(PERIOD_ASSESSMENTS, period).then()
                .statusCode(200).body("items.step", contains(3, 1));
        given().queryParam("state", "DRAFT").get(PERIOD_ASSESSMENTS, period).then().statusCode(200)
                .body("total", equalTo(18));
        given().queryParam("state", "MISSING").get(PERIOD_ASSESSMENTS, period).then().statusCode(200)
                .body("total", equalTo(0));
        given().queryParam("state", "MISSING").get(PERIOD_ASSESSMENTS, Arti2021.finalPeriodId()).then()
                .statusCode(200).body("total", equalTo(18)).body("items.step", everyItem(nullValue()))
                .body("items.version", everyItem(nullValue()));
    }

    @Test
    void shouldPageLikeEveryList() {
        given().queryParam("offset", 15).queryParam("limit", 5).get(PERIOD_ASSESSMENTS, Arti2021.interimPeriodId())
                .then().statusCode(200).body("total", equalTo(18)).body("offset", equalTo(15))
                .body("items", hasSize(3)).body("items.objectiveCode", contains("4.2", "4.4", "4.4"));
    }

    @Test
    void shouldRefuseAnUnknownStateOrStepNamingIt() {
        given().queryParam("state", "LATE").get(PERIOD_ASSESSMENTS, Arti2021.interimPeriodId()).then()
                .spec(problem(400, "state"));
        given().queryParam("step", 6).get(PERIOD_ASSESSMENTS, Arti2021.interimPeriodId()).then()
                .spec(problem(400, "step"));
        given().get(PERIOD_ASSESSMENTS, 999999).then().spec(problem(404));
    }

    @Test
    void shouldGiveAnIndicatorsHistoryByReferenceDate() {
        given().get("/api/v1/indicators/{indicator}/assessments", Arti2021.indicatorId("2.2", 1)).then()
                .statusCode(200).body("total", equalTo(2))
                .body("items.periodDate", contains("2021-06-30", "2021-12-31"))
                .body("items.step", contains(5, null))
                .body("items.state", contains("DRAFT", "MISSING"))
                .body("items[0].suggestion.reasonCode", equalTo("PHASE_LATE"))
                .body("items[0].deviation.reasons", contains("LATE_STEP"));
    }

    @Test
    void shouldGetAnAssessmentWithTheResultsETag() {
        long indicator = Arti2021.indicatorId("1.6", 1);
        long period = Arti2021.interimPeriodId();
        String etag = given().get(ASSESSMENT, indicator, period).then().statusCode(200)
                .body("step", equalTo(5)).body("objectiveCode", equalTo("1.6")).body("indicatorPosition", equalTo(1))
                .body("periodLabel", notNullValue()).body("suggestion.step", notNullValue())
                .body("deviation.reasons", contains("LATE_STEP")).body("deviationExplanation", nullValue())
                .extract().header("ETag");
        assertEquals(given().get(RESULT, indicator, period).then().statusCode(200).extract().header("ETag"), etag);
        given().header("If-None-Match", etag).get(ASSESSMENT, indicator, period).then().statusCode(304);
    }

    @Test
    void shouldGetAnAssessmentNotYetGivenWithoutAnETag() {
        long indicator = directIndicator();
        given().get(ASSESSMENT, indicator, plan.periodId()).then().statusCode(200)
                .header("ETag", nullValue()).body("state", equalTo("MISSING")).body("step", nullValue())
                .body("version", nullValue()).body("structureId", equalTo((int) direzione));
    }

    // write

    @Test
    void shouldCreateTheRecordOnTheFirstAssessment() {
        long indicator = directIndicator();
        json().body(assessment(3, null, null)).put(ASSESSMENT, indicator, plan.periodId()).then().statusCode(201)
                .header("ETag", equalTo("\"0\"")).body("step", equalTo(3)).body("state", equalTo("DRAFT"))
                .body("assessedBy", equalTo("bootstrap-token")).body("assessedAt", notNullValue())
                .body("version", equalTo(0));
        given().get(RESULT, indicator, plan.periodId()).then().statusCode(200).body("assessmentStep", equalTo(3))
                .body("enteredValue", nullValue());
    }

    @Test
    void shouldChangeTheJudgmentAndLeaveTheValueAndNotesUntouched() {
        long indicator = directIndicator();
        json().body(Map.of("enteredValue", 80, "monitoringNote", "Rilevazione su 1.200 questionari",
                "dataSource", "Direzione", "assessmentStep", 3)).put(RESULT, indicator, plan.periodId()).then()
                .statusCode(201);
        json().header("If-Match", "\"0\"").body(assessment(1, null, null)).put(ASSESSMENT, indicator, plan.periodId())
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("step", equalTo(1))
                .body("version", equalTo(1));
        given().get(RESULT, indicator, plan.periodId()).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("enteredValue", equalTo(80)).body("monitoringNote", equalTo("Rilevazione su 1.200 questionari"))
                .body("dataSource", equalTo("Direzione")).body("assessmentStep", equalTo(1));
        // The audit trail records the assessment's change on the result's record.
        long resultId = given().get(RESULT, indicator, plan.periodId()).then().extract().jsonPath().getLong("id");
        json().queryParam("entityType", "result").queryParam("entityId", resultId).get("/api/v1/audit").then()
                .statusCode(200).body("total", equalTo(2));
    }

    @Test
    void shouldShareOneVersionWithTheResult() {
        long indicator = directIndicator();
        json().body(assessment(3, null, null)).put(ASSESSMENT, indicator, plan.periodId()).then().statusCode(201);
        json().body(assessment(2, null, null)).put(ASSESSMENT, indicator, plan.periodId()).then().spec(problem(428));
        json().header("If-Match", "\"0\"").body(Map.of("enteredValue", 70, "assessmentStep", 3))
                .put(RESULT, indicator, plan.periodId()).then().statusCode(200).header("ETag", equalTo("\"1\""));
        // The assessment read before the result changed is stale.
        json().header("If-Match", "\"0\"").body(assessment(2, null, null)).put(ASSESSMENT, indicator, plan.periodId())
                .then().spec(problem(412));
        json().header("If-Match", "\"1\"").body(assessment(2, null, null)).put(ASSESSMENT, indicator, plan.periodId())
                .then().statusCode(200).body("step", equalTo(2));
    }

    @Test
    void shouldRefuseALateStepWithoutAnExplanationNamingTheField() {
        long indicator = directIndicator();
        json().body(assessment(5, null, ACTIONS)).put(ASSESSMENT, indicator, plan.periodId()).then()
                .spec(problem(422, "deviationExplanation"))
                .body("detail", containsString("indicatore 1"));
        json().body(assessment(4, " ", null)).put(ASSESSMENT, indicator, plan.periodId()).then()
                .spec(problem(422, "deviationExplanation"));
        given().get(ASSESSMENT, indicator, plan.periodId()).then().statusCode(200).body("state", equalTo("MISSING"))
                .body("version", nullValue());
        json().body(assessment(5, LATE_BECAUSE, null)).put(ASSESSMENT, indicator, plan.periodId()).then()
                .statusCode(201).body("deviationExplanation", equalTo(LATE_BECAUSE))
                .body("correctiveActions", nullValue()).body("deviation.reasons", contains("LATE_STEP"));
    }

    @Test
    void shouldRefuseToClearTheExplanationOfAValueStillBelowItsPace() {
        long indicator = directIndicator();
        json().body(Map.of("enteredValue", 20, "assessmentStep", 3, "deviationExplanation", LATE_BECAUSE))
                .put(RESULT, indicator, plan.periodId()).then().statusCode(201)
                .body("deviation.reasons", contains("BELOW_PRO_RATA"));
        json().header("If-Match", "\"0\"").body(assessment(3, null, null)).put(ASSESSMENT, indicator, plan.periodId())
                .then().spec(problem(422, "deviationExplanation"));
        given().get(ASSESSMENT, indicator, plan.periodId()).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("deviationExplanation", equalTo(LATE_BECAUSE));
    }

    @Test
    void shouldFollowTheStructuresPartThroughTheCycle() {
        long period = Api.createPeriod(plan.planId(), plan.year() + "-09-30", "INTERIM");
        long indicator = directIndicator();
        json().body(assessment(5, LATE_BECAUSE, ACTIONS)).put(ASSESSMENT, indicator, period).then().statusCode(201)
                .body("state", equalTo("DRAFT"));
        json().body(Map.of("deadline", LocalDate.now().plusDays(7).toString()))
                .post("/api/v1/periods/{id}/collection", period).then().statusCode(201);
        given().get(ASSESSMENT, indicator, period).then().body("state", equalTo("DRAFT"));
        json().post(PART + "/submit", period, direzione).then().statusCode(200);
        given().queryParam("state", "SUBMITTED").get(PERIOD_ASSESSMENTS, period).then().statusCode(200)
                .body("items.indicatorId", contains((int) indicator));
        json().body(Map.of("reason", "Indicare la data prevista di fine della fase 2"))
                .post(PART + "/return", period, direzione).then().statusCode(200);
        given().get(ASSESSMENT, indicator, period).then().body("state", equalTo("RETURNED"));
        json().post(PART + "/submit", period, direzione).then().statusCode(200);
        json().post(PART + "/accept", period, direzione).then().statusCode(200);
        given().get("/api/v1/indicators/{indicator}/assessments", indicator).then().statusCode(200)
                .body("items.find { it.periodId == " + period + " }.state", equalTo("ACCEPTED"));
        // Indicators never assessed stay MISSING whatever their part's state.
        given().queryParam("state", "MISSING").queryParam("structureId", direzione).get(PERIOD_ASSESSMENTS, period)
                .then().statusCode(200).body("items.indicatorId", not(hasItem((int) indicator)))
                .body("items.state", everyItem(equalTo("MISSING")));
    }

    @Test
    void shouldShowTheFrozenAssessmentOfAClosedPeriodAndRefuseChangingIt() {
        long period = Api.createPeriod(plan.planId(), plan.year() + "-10-31", "INTERIM");
        long indicator = directIndicator();
        json().body(assessment(4, LATE_BECAUSE, ACTIONS)).put(ASSESSMENT, indicator, period).then().statusCode(201);
        json().post("/api/v1/periods/{id}/close", period).then().statusCode(200);
        given().get(ASSESSMENT, indicator, period).then().statusCode(200).body("step", equalTo(4))
                .body("deviationExplanation", equalTo(LATE_BECAUSE)).body("correctiveActions", equalTo(ACTIONS));
        given().queryParam("step", 4).get(PERIOD_ASSESSMENTS, period).then().statusCode(200)
                .body("items.indicatorId", contains((int) indicator));
        json().header("If-Match", "\"0\"").body(assessment(3, null, null)).put(ASSESSMENT, indicator, period).then()
                .spec(problem(409, "periodId"));
    }

    // submit: every indicator behind needs its explanation and corrective actions

    @Test
    void shouldRefuseToSubmitWhileAnIndicatorBehindLacksItsCorrectiveActions() {
        long period = Api.createPeriod(plan.planId(), plan.year() + "-08-31", "INTERIM");
        json().body(Map.of("deadline", LocalDate.now().plusDays(7).toString()))
                .post("/api/v1/periods/{id}/collection", period).then().statusCode(201);
        Accounts.Session direzioneEditor = Accounts.login(Accounts.createUser("EDITOR", List.of("DIREZIONE")));
        long objective = plan.newObjective().objectiveId();
        long late = Api.createDirectIndicator(objective);
        String code = objectiveCode(objective);
        direzioneEditor.request().body(Map.of("step", 5, "deviationExplanation", "Rilevazione rinviata a settembre"))
                .put(ASSESSMENT, late, period).then().statusCode(201);
        direzioneEditor.request().post(PART + "/submit", period, direzione).then()
                .spec(problem(422, "correctiveActions"))
                .body("errors", hasSize(1))
                .body("errors[0].message", containsString(code + " indicatore 1"))
                .body("detail", containsString(code + " indicatore 1 (interventi correttivi)"));
        json().get(PART, period, direzione).then().statusCode(200).body("state", equalTo("OPEN"));
        direzioneEditor.request().header("If-Match", "\"0\"").body(Map.of("step", 5,
                        "deviationExplanation", "Rilevazione rinviata a settembre",
                        "correctiveActions", "Questionario online dal 1° luglio"))
                .put(ASSESSMENT, late, period).then().statusCode(200);
        direzioneEditor.request().post(PART + "/submit", period, direzione).then().statusCode(200)
                .body("state", equalTo("SUBMITTED"));
    }

    @Test
    void shouldRefuseToSubmitWhenCountsAloneLeaveAnIndicatorBelowItsPace() {
        // In December, so that the earlier periods of the class never see these counts.
        long period = Api.createPeriod(plan.planId(), plan.year() + "-12-01", "INTERIM");
        json().body(Map.of("deadline", LocalDate.now().plusDays(7).toString()))
                .post("/api/v1/periods/{id}/collection", period).then().statusCode(201);
        Accounts.Session direzioneEditor = Accounts.login(Accounts.createUser("EDITOR", List.of("DIREZIONE")));
        long objective = plan.newObjective().objectiveId();
        long interviews = Api.createIndicator(objective, Map.of("description",
                "Numero colloqui erogati a distanza/Numero di colloqui che si prevede di erogare", "kind",
                "RATIO_PLANNED", "plannedQuantity", 20000, "targetValue", 100));
        String code = objectiveCode(objective);
        // 1.000 of 20.000 (5%) by 30 November, when 91,78% of the year has gone: nobody saved anything.
        json().body(Map.of("component", "NUMERATOR", "from", plan.year() + "-11-01", "to", plan.year() + "-11-30",
                "value", 1000)).put("/api/v1/indicators/{id}/counts", interviews).then().statusCode(201);
        JsonPath refused = direzioneEditor.request().post(PART + "/submit", period, direzione).then()
                .spec(problem(422, "deviationExplanation")).extract().jsonPath();
        assertEquals(List.of("deviationExplanation", "correctiveActions"), refused.getList("errors.field"));
        assertTrue(refused.getString("errors[1].message").startsWith(code + " indicatore 1: mancano gli interventi"),
                refused::prettyPrint);
        json().get(ASSESSMENT, interviews, period).then().statusCode(200)
                .body("state", equalTo("MISSING")).body("deviation.reasons", equalTo(List.of("BELOW_PRO_RATA")));
        json().body(Map.of("deviationExplanation", "Colloqui a distanza sospesi per il passaggio alla nuova piattaforma",
                        "correctiveActions", "Colloqui in presenza nei centri fino a fine anno"))
                .put(ASSESSMENT, interviews, period).then().statusCode(201);
        direzioneEditor.request().post(PART + "/submit", period, direzione).then().statusCode(200);
    }

    private static String objectiveCode(long objectiveId) {
        return json().get("/api/v1/objectives/{id}", objectiveId).then().statusCode(200).extract().path("code");
    }
}
