package it.perfmon.indicator;

import static io.restassured.RestAssured.given;
import static it.perfmon.testing.Api.json;
import static it.perfmon.testing.Problems.problem;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import it.perfmon.count.CountComponent;
import it.perfmon.testing.Api;
import it.perfmon.testing.Api.SharedPlan;
import it.perfmon.testing.Arti2021;
import it.perfmon.testing.Database;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IndicatorResourceTest {

    private static final String INDICATORS = "/api/v1/objectives/{id}/indicators";

    private static SharedPlan plan;

    // Not @BeforeAll: a static @BeforeAll may run before the application has started.
    @BeforeEach
    void shareOnePlan() {
        if (plan == null) {
            plan = SharedPlan.create();
        }
    }

    /** The interviews indicator of objective 1.5: 37.787 of 20.000 planned. */
    private static Map<String, Object> interviews() {
        Map<String, Object> body = new HashMap<>();
        body.put("description", "Numero colloqui erogati attraverso i servizi a distanza/Numero di colloqui che si "
                + "prevede di erogare");
        body.put("kind", "RATIO_PLANNED");
        body.put("numeratorLabel", "Numero colloqui erogati attraverso i servizi a distanza");
        body.put("denominatorLabel", "Numero di colloqui che si prevede di erogare");
        body.put("plannedQuantity", 20000);
        body.put("targetValue", 100);
        body.put("planningNote", "Nel 2021 si prevede di erogare 20.000 colloqui");
        return body;
    }

    /** The customer-satisfaction indicator of objective 4.1, whose following years' target is a rule. */
    private static Map<String, Object> satisfaction() {
        Map<String, Object> body = new HashMap<>();
        body.put("description", "Numero utenti soddisfatti/numero utenti su cui è stata effettuata la rilevazione");
        body.put("kind", "DIRECT");
        body.put("baselineValue", 79.69);
        body.put("baselineReference", "dato 2020");
        body.put("targetValue", 79);
        body.put("nextYearsTargetRule", ">= dato finale anno precedente");
        return body;
    }

    private static long objective() {
        return plan.newObjective().objectiveId();
    }

    private static void refuseCreation(Map<String, Object> body, String field) {
        long objectiveId = objective();
        json().body(body).post(INDICATORS, objectiveId).then().spec(problem(400, field));
        given().get(INDICATORS, objectiveId).then().statusCode(200).body("total", equalTo(0));
    }

    // list

    @Test
    void shouldListTheIndicatorsOfObjective14InOrder() {
        given().get(INDICATORS, Arti2021.objectiveId("1.4")).then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.position", contains(1, 2))
                .body("items.kind", contains("TIMELINE", "RATIO_PLANNED"))
                .body("items[1].plannedQuantity", equalTo(45000));
    }

    @Test
    void shouldPageThroughIndicators() {
        given().queryParam("offset", 1).queryParam("limit", 1).get(INDICATORS, Arti2021.objectiveId("4.4")).then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items", hasSize(1))
                .body("items[0].description",
                        equalTo("Attuazione misure sull'anticorruzione previste per l'anno 2021"));
    }

    @Test
    void shouldNotListTheIndicatorsOfAnUnknownObjective() {
        given().get("/api/v1/objectives/999999/indicators").then().spec(problem(404));
    }

    // get

    @Test
    void shouldGetAnIndicatorWithItsEtag() {
        given().get("/api/v1/indicators/{id}", Arti2021.indicatorId("1.5", 2)).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("kind", equalTo("RATIO_PLANNED"))
                .body("plannedQuantity", equalTo(20000))
                .body("planningNote", equalTo("Nel 2021 si prevede di erogare 20.000 colloqui"))
                .body("objectiveId", equalTo((int) Arti2021.objectiveId("1.5")));
    }

    @Test
    void shouldGetTheBaselineAndTheRuleForFollowingYears() {
        given().get("/api/v1/indicators/{id}", Arti2021.indicatorId("4.1", 1)).then().statusCode(200)
                .body("baselineValue", equalTo(79.69f))
                .body("baselineReference", equalTo("dato 2020"))
                .body("nextYearsTargetValue", nullValue())
                .body("nextYearsTargetRule", equalTo(">= dato finale anno precedente"));
    }

    @Test
    void shouldAnswer304WhenTheIndicatorDidNotChange() {
        long id = Arti2021.indicatorId("1.6", 1);
        given().header("If-None-Match", Api.etag("/api/v1/indicators/{id}", id)).get("/api/v1/indicators/{id}", id)
                .then().statusCode(304);
    }

    @Test
    void shouldNotGetAnUnknownIndicator() {
        given().get("/api/v1/indicators/999999").then().spec(problem(404));
    }

    // create

    @Test
    void shouldCreateAnIndicatorWithLocationAndEtag() {
        long objectiveId = objective();
        var created = json().body(interviews()).post(INDICATORS, objectiveId).then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("objectiveId", equalTo((int) objectiveId))
                .body("position", equalTo(1))
                .body("kind", equalTo("RATIO_PLANNED"))
                .body("plannedQuantity", equalTo(20000))
                .body("targetValue", equalTo(100))
                .extract();
        assertThat(created.header("Location"), endsWith("/api/v1/indicators/" + created.path("id")));
        given().get(created.header("Location")).then().statusCode(200)
                .body("numeratorLabel", equalTo("Numero colloqui erogati attraverso i servizi a distanza"));
    }

    @Test
    void shouldJudgeANewIndicatorAsItsKindImpliesUnlessTold() {
        long objectiveId = objective();
        json().body(interviews()).post(INDICATORS, objectiveId).then().statusCode(201)
                .body("judgedAgainst", equalTo("PRO_RATA"));
        Map<String, Object> rate = satisfaction();
        rate.put("judgedAgainst", "TARGET");
        json().body(rate).post(INDICATORS, objectiveId).then().statusCode(201).body("judgedAgainst", equalTo("TARGET"));
    }

    @Test
    void shouldKeepHowAnIndicatorIsJudgedWhenAnUpdateDoesNotSay() {
        Map<String, Object> rate = satisfaction();
        rate.put("judgedAgainst", "TARGET");
        long id = Api.createIndicator(objective(), rate);
        Map<String, Object> silent = satisfaction();
        silent.put("targetValue", 80);
        json().header("If-Match", "\"0\"").body(silent).put("/api/v1/indicators/{id}", id).then()
                .statusCode(200).body("judgedAgainst", equalTo("TARGET")).body("version", equalTo(1));
        rate.put("judgedAgainst", "PRO_RATA");
        json().header("If-Match", "\"1\"").body(rate).put("/api/v1/indicators/{id}", id).then()
                .statusCode(200).body("judgedAgainst", equalTo("PRO_RATA"));
    }

    @Test
    void shouldRefuseAnUnknownWayOfJudging() {
        Map<String, Object> body = satisfaction();
        body.put("judgedAgainst", "VIBES");
        refuseCreation(body, "judgedAgainst");
    }

    @Test
    void shouldPlaceANewIndicatorAfterTheLast() {
        long objectiveId = objective();
        Api.createTimelineIndicator(objectiveId);
        json().body(interviews()).post(INDICATORS, objectiveId).then().statusCode(201).body("position", equalTo(2));
    }

    @Test
    void shouldAcceptATargetForFollowingYearsAsAValue() {
        Map<String, Object> body = satisfaction();
        body.remove("nextYearsTargetRule");
        body.put("nextYearsTargetValue", 85);
        json().body(body).post(INDICATORS, objective()).then().statusCode(201)
                .body("nextYearsTargetValue", equalTo(85)).body("nextYearsTargetRule", nullValue());
    }

    @Test
    void shouldRefuseARatioAgainstAPlannedQuantityWithoutIt() {
        Map<String, Object> body = interviews();
        body.remove("plannedQuantity");
        refuseCreation(body, "plannedQuantity");
    }

    @Test
    void shouldRefuseAPlannedQuantityOnATimelineIndicator() {
        Map<String, Object> body = interviews();
        body.put("kind", "TIMELINE");
        refuseCreation(body, "plannedQuantity");
    }

    @Test
    void shouldRefuseAPlannedQuantityOfZero() {
        Map<String, Object> body = interviews();
        body.put("plannedQuantity", 0);
        refuseCreation(body, "plannedQuantity");
    }

    @Test
    void shouldRefuseATargetForFollowingYearsAsBothValueAndRule() {
        Map<String, Object> body = satisfaction();
        body.put("nextYearsTargetValue", 85);
        refuseCreation(body, "nextYearsTargetRule");
    }

    @Test
    void shouldRefuseAnIndicatorWithoutDescription() {
        Map<String, Object> body = satisfaction();
        body.remove("description");
        refuseCreation(body, "description");
    }

    @Test
    void shouldRefuseABlankDescription() {
        Map<String, Object> body = satisfaction();
        body.put("description", " ");
        refuseCreation(body, "description");
    }

    @Test
    void shouldRefuseADescriptionLongerThan1000Characters() {
        Map<String, Object> body = satisfaction();
        body.put("description", "D".repeat(1001));
        refuseCreation(body, "description");
    }

    @Test
    void shouldRefuseAnIndicatorWithoutKind() {
        Map<String, Object> body = satisfaction();
        body.remove("kind");
        refuseCreation(body, "kind");
    }

    @Test
    void shouldRefuseAnUnknownKind() {
        Map<String, Object> body = satisfaction();
        body.put("kind", "PERCENTAGE");
        refuseCreation(body, "kind");
    }

    @Test
    void shouldRefuseANegativeTarget() {
        Map<String, Object> body = satisfaction();
        body.put("targetValue", -79);
        refuseCreation(body, "targetValue");
    }

    @Test
    void shouldRefuseATargetThatIsNotANumber() {
        Map<String, Object> body = satisfaction();
        body.put("targetValue", "79%");
        refuseCreation(body, "targetValue");
    }

    @Test
    void shouldAcceptATargetAbove100Percent() {
        Map<String, Object> body = satisfaction();
        body.put("targetValue", new BigDecimal("188.94"));
        json().body(body).post(INDICATORS, objective()).then().statusCode(201).body("targetValue", equalTo(188.94f));
    }

    @Test
    void shouldRefuseABaselineReferenceLongerThan100Characters() {
        Map<String, Object> body = satisfaction();
        body.put("baselineReference", "dato 2020 ".repeat(11));
        refuseCreation(body, "baselineReference");
    }

    @Test
    void shouldRefusePosition100() {
        Map<String, Object> body = satisfaction();
        body.put("position", 100);
        refuseCreation(body, "position");
    }

    @Test
    void shouldRefuseAnUnknownProperty() {
        Map<String, Object> body = satisfaction();
        body.put("colour", "giallo");
        refuseCreation(body, "colour");
    }

    @Test
    void shouldRefuseTwoIndicatorsAtTheSamePosition() {
        long objectiveId = objective();
        Api.createTimelineIndicator(objectiveId);
        Map<String, Object> body = satisfaction();
        body.put("position", 1);
        json().body(body).post(INDICATORS, objectiveId).then().spec(problem(409, "position"));
        given().get(INDICATORS, objectiveId).then().body("total", equalTo(1)).body("items[0].kind", equalTo("TIMELINE"));
    }

    @Test
    void shouldRefuseAnIndicatorForAnUnknownObjective() {
        json().body(satisfaction()).post("/api/v1/objectives/999999/indicators").then().spec(problem(404));
    }

    // update

    @Test
    void shouldUpdateAnIndicatorAndAnswerItsNewEtag() {
        long id = Api.createIndicator(objective(), interviews());
        Map<String, Object> body = interviews();
        body.put("plannedQuantity", 45000);
        json().header("If-Match", "\"0\"").body(body).put("/api/v1/indicators/{id}", id).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("plannedQuantity", equalTo(45000))
                .body("position", equalTo(1));
        given().get("/api/v1/indicators/{id}", id).then().body("plannedQuantity", equalTo(45000))
                .body("version", equalTo(1));
    }

    @Test
    void shouldRefuseAnUpdateWithoutIfMatchWith428() {
        long id = Api.createIndicator(objective(), interviews());
        Map<String, Object> body = interviews();
        body.put("plannedQuantity", 45000);
        json().body(body).put("/api/v1/indicators/{id}", id).then().spec(problem(428, "If-Match"));
        given().get("/api/v1/indicators/{id}", id).then().body("plannedQuantity", equalTo(20000));
    }

    @Test
    void shouldRefuseStaleUpdateWith412() {
        long id = Api.createIndicator(objective(), interviews());
        Map<String, Object> first = interviews();
        first.put("targetValue", 90);
        json().header("If-Match", "\"0\"").body(first).put("/api/v1/indicators/{id}", id).then().statusCode(200);
        Map<String, Object> stale = interviews();
        stale.put("targetValue", 50);
        json().header("If-Match", "\"0\"").body(stale).put("/api/v1/indicators/{id}", id).then().spec(problem(412));
        given().get("/api/v1/indicators/{id}", id).then().body("targetValue", equalTo(90));
    }

    @Test
    void shouldRefuseAnInvalidUpdate() {
        long id = Api.createIndicator(objective(), interviews());
        Map<String, Object> body = interviews();
        body.remove("plannedQuantity");
        json().header("If-Match", "\"0\"").body(body).put("/api/v1/indicators/{id}", id).then()
                .spec(problem(400, "plannedQuantity"));
        given().get("/api/v1/indicators/{id}", id).then().body("plannedQuantity", equalTo(20000))
                .body("version", equalTo(0));
    }

    @Test
    void shouldRefuseMovingAnIndicatorOntoATakenPosition() {
        long objectiveId = objective();
        Api.createTimelineIndicator(objectiveId);
        long id = Api.createIndicator(objectiveId, interviews());
        Map<String, Object> body = interviews();
        body.put("position", 1);
        json().header("If-Match", "\"0\"").body(body).put("/api/v1/indicators/{id}", id).then()
                .spec(problem(409, "position"));
        given().get("/api/v1/indicators/{id}", id).then().body("position", equalTo(2));
    }

    @Test
    void shouldRefuseChangingTheKindOfAnIndicatorWithCounts() {
        long id = Api.createIndicator(objective(), interviews());
        Database.addCount(id, CountComponent.NUMERATOR, plan.year() + "-01-01", plan.year() + "-06-30", 37787);
        Map<String, Object> body = interviews();
        body.remove("plannedQuantity");
        body.put("kind", "DIRECT");
        json().header("If-Match", "\"0\"").body(body).put("/api/v1/indicators/{id}", id).then()
                .spec(problem(409, "kind"));
        given().get("/api/v1/indicators/{id}", id).then().body("kind", equalTo("RATIO_PLANNED"));
    }

    // delete

    @Test
    void shouldDeleteAnIndicatorWithoutResultsOrCounts() {
        long objectiveId = objective();
        long id = Api.createIndicator(objectiveId, interviews());
        given().delete("/api/v1/indicators/{id}", id).then().statusCode(204);
        given().get("/api/v1/indicators/{id}", id).then().spec(problem(404));
        given().get(INDICATORS, objectiveId).then().body("total", equalTo(0));
    }

    @Test
    void shouldRefuseDeletingAnIndicatorWithResults() {
        long id = Arti2021.indicatorId("1.2", 1);
        given().delete("/api/v1/indicators/{id}", id).then().spec(problem(409));
        given().get("/api/v1/indicators/{id}", id).then().statusCode(200);
        given().get("/api/v1/indicators/{id}/results/{period}", id, Arti2021.interimPeriodId()).then()
                .statusCode(200).body("enteredValue", equalTo(30));
    }

    @Test
    void shouldRefuseDeletingAnIndicatorWithCounts() {
        long id = Api.createIndicator(objective(), interviews());
        Database.addCount(id, CountComponent.NUMERATOR, plan.year() + "-01-01", plan.year() + "-06-30", 37787);
        given().delete("/api/v1/indicators/{id}", id).then().spec(problem(409));
        given().get("/api/v1/indicators/{id}", id).then().statusCode(200);
    }

    @Test
    void shouldRefuseDeletingWithAStaleIfMatch() {
        long id = Api.createIndicator(objective(), interviews());
        given().header("If-Match", "\"2\"").delete("/api/v1/indicators/{id}", id).then().spec(problem(412));
        given().get("/api/v1/indicators/{id}", id).then().statusCode(200);
    }

    @Test
    void shouldNotDeleteAnUnknownIndicator() {
        given().delete("/api/v1/indicators/999999").then().spec(problem(404));
    }
}
