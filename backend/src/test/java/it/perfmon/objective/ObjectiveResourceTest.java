package it.perfmon.objective;

import static io.restassured.RestAssured.given;
import static it.perfmon.testing.Api.json;
import static it.perfmon.testing.Problems.problem;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import it.perfmon.count.CountComponent;
import it.perfmon.testing.Api;
import it.perfmon.testing.Api.PlanFixture;
import it.perfmon.testing.Api.SharedPlan;
import it.perfmon.testing.Arti2021;
import it.perfmon.testing.Database;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ObjectiveResourceTest {

    private static final String OBJECTIVES = "/api/v1/plans/{id}/objectives";

    private static SharedPlan plan;

    // Not @BeforeAll: a static @BeforeAll may run before the application has started.
    @BeforeEach
    void shareOnePlan() {
        if (plan == null) {
            plan = SharedPlan.create();
        }
    }

    private static void assertNoObjectivesIn(long areaId) {
        given().queryParam("areaId", areaId).get(OBJECTIVES, plan.planId()).then().statusCode(200)
                .body("total", equalTo(0));
    }

    private static String codeOf(PlanFixture objective) {
        return given().get("/api/v1/objectives/{id}", objective.objectiveId()).then().extract().path("code");
    }

    private static void refuseCreation(Map<String, Object> body, String field) {
        long areaId = plan.newArea();
        if (body.get("areaId") != null) {
            body.put("areaId", areaId);
        }
        int before = given().get(OBJECTIVES, plan.planId()).then().extract().path("total");
        Api.postObjective(plan.planId(), body).spec(problem(400, field));
        given().get(OBJECTIVES, plan.planId()).then().body("total", equalTo(before));
        assertNoObjectivesIn(areaId);
    }

    private static final AtomicInteger NEXT_CODE = new AtomicInteger(1);

    /** A code no other test of the shared plan uses. */
    private static String freshCode() {
        return "5." + NEXT_CODE.getAndIncrement();
    }

    /** Valid but for what a test changes; refuseCreation puts it in an area of its own. */
    private static Map<String, Object> valid() {
        return Api.objectiveBody(-1, freshCode());
    }

    // list

    @Test
    void shouldListTheObjectivesOf2021InCodeOrder() {
        given().queryParam("limit", 100).get(OBJECTIVES, Arti2021.planId()).then().statusCode(200)
                .body("total", equalTo(15))
                .body("items.code", contains("1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "2.1", "2.2", "2.3",
                        "3.1", "3.2", "4.1", "4.2", "4.4"));
    }

    @Test
    void shouldPageThroughObjectives() {
        given().queryParam("offset", 5).queryParam("limit", 5).get(OBJECTIVES, Arti2021.planId()).then()
                .statusCode(200)
                .body("total", equalTo(15))
                .body("offset", equalTo(5))
                .body("limit", equalTo(5))
                .body("items.code", contains("1.6", "1.7", "2.1", "2.2", "2.3"));
    }

    @Test
    void shouldOrderCode10AfterCode9() {
        long areaId = plan.newArea();
        for (String code : new String[] {"90.10", "90.9", "90.2"}) {
            Api.createObjective(plan.planId(), areaId, code, 5);
        }
        given().queryParam("areaId", areaId).get(OBJECTIVES, plan.planId()).then()
                .body("items.code", contains("90.2", "90.9", "90.10"));
    }

    @Test
    void shouldFilterObjectivesByArea() {
        given().queryParam("areaId", Arti2021.areaId(3)).get(OBJECTIVES, Arti2021.planId()).then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.code", contains("3.1", "3.2"));
    }

    @Test
    void shouldFilterObjectivesByResponsibleStructure() {
        given().queryParam("structureId", Api.structureId("RPCT")).get(OBJECTIVES, Arti2021.planId()).then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].code", equalTo("4.4"))
                .body("items[0].responsibleStructureName", equalTo("RPCT"));
    }

    @Test
    void shouldFilterObjectivesByAPartOfTheProgrammingLink() {
        given().queryParam("programmingLink", "DEFR").queryParam("limit", 100).get(OBJECTIVES, Arti2021.planId())
                .then().statusCode(200)
                .body("total", equalTo(8))
                .body("items.code", contains("1.1", "1.2", "1.3", "1.5", "1.6", "1.7", "2.1", "3.1"))
                .body("items.programmingLink", everyItem(containsString("Progetto DEFR n. 11")));
    }

    @Test
    void shouldFindOnlyObjective15LinkedToTheProgrammaDiGoverno() {
        given().queryParam("programmingLink", "Programma di Governo").get(OBJECTIVES, Arti2021.planId()).then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].code", equalTo("1.5"))
                .body("items[0].programmingLink", equalTo("Progetto DEFR n. 11; Programma di Governo 2020-2025"));
    }

    @Test
    void shouldMatchTheProgrammingLinkRegardlessOfCase() {
        given().queryParam("programmingLink", "dgr n. 1363/2020").queryParam("limit", 100)
                .get(OBJECTIVES, Arti2021.planId()).then().statusCode(200)
                .body("items.code", contains("1.4", "2.2", "2.3", "3.2", "4.2"));
    }

    @Test
    void shouldTakeWildcardsInTheProgrammingLinkLiterally() {
        given().queryParam("programmingLink", "%").get(OBJECTIVES, Arti2021.planId()).then().statusCode(200)
                .body("total", equalTo(0)).body("items", empty());
    }

    @Test
    void shouldCombineFilters() {
        given().queryParam("areaId", Arti2021.areaId(2)).queryParam("programmingLink", "DEFR")
                .get(OBJECTIVES, Arti2021.planId()).then().statusCode(200)
                .body("items.code", contains("2.1"));
    }

    @Test
    void shouldRefuseAProgrammingLinkFilterLongerThan200Characters() {
        given().queryParam("programmingLink", "D".repeat(201)).get(OBJECTIVES, Arti2021.planId()).then()
                .spec(problem(400, "programmingLink"));
    }

    @Test
    void shouldNotListTheObjectivesOfAnUnknownPlan() {
        given().get("/api/v1/plans/999999/objectives").then().spec(problem(404));
    }

    // get

    @Test
    void shouldGetAnObjectiveWithItsEtag() {
        given().get("/api/v1/objectives/{id}", Arti2021.objectiveId("1.7")).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("code", equalTo("1.7"))
                .body("weight", equalTo(8))
                .body("responsibleStructureName", equalTo("Direzione"))
                .body("programmingLink", equalTo("Progetto DEFR n. 11"))
                .body("deadline", equalTo("2021-12-31"))
                .body("timelineNumber", equalTo(6));
    }

    @Test
    void shouldAnswer304WhenTheObjectiveDidNotChange() {
        long id = Arti2021.objectiveId("1.7");
        given().header("If-None-Match", Api.etag("/api/v1/objectives/{id}", id)).get("/api/v1/objectives/{id}", id)
                .then().statusCode(304);
    }

    @Test
    void shouldShowAnUnknownWeightAsNull() {
        given().get("/api/v1/objectives/{id}", Arti2021.objectiveId("1.4")).then().statusCode(200)
                .body("weight", nullValue());
    }

    @Test
    void shouldNotGetAnUnknownObjective() {
        given().get("/api/v1/objectives/999999").then().spec(problem(404));
    }

    // create

    @Test
    void shouldCreateAnObjectiveWithLocationAndEtag() {
        long areaId = plan.newArea();
        String code = freshCode();
        Map<String, Object> body = Api.objectiveBody(areaId, code);
        body.put("weight", 12.5);
        body.put("notes", "Si veda il cronoprogramma ARTI 9");
        body.put("deadline", plan.year() + "-12-31");
        body.put("timelineNumber", 9);
        body.put("timelineTitle", "Linee guida dei servizi");
        var created = Api.postObjective(plan.planId(), body).statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("planId", equalTo((int) plan.planId()))
                .body("areaId", equalTo((int) areaId))
                .body("deadline", equalTo(plan.year() + "-12-31"))
                .body("code", equalTo(code))
                .body("weight", equalTo(12.5f))
                .body("responsibleStructureName", equalTo("Direzione"))
                .body("programmingLink", equalTo("Progetto DEFR n. 11"))
                .body("timelineNumber", equalTo(9))
                .extract();
        assertThat(created.header("Location"), endsWith("/api/v1/objectives/" + created.path("id")));
        given().get(created.header("Location")).then().statusCode(200).body("notes",
                equalTo("Si veda il cronoprogramma ARTI 9"));
    }

    @Test
    void shouldCreateAnObjectiveWhoseWeightIsNotYetDecided() {
        Map<String, Object> body = Api.objectiveBody(plan.newArea(), freshCode());
        body.remove("weight");
        Api.postObjective(plan.planId(), body).statusCode(201).body("weight", nullValue());
    }

    @Test
    void shouldRefuseAnObjectiveWithoutArea() {
        Map<String, Object> body = valid();
        body.put("areaId", null);
        refuseCreation(body, "areaId");
    }

    @Test
    void shouldRefuseAnAreaOfAnotherPlan() {
        int before = given().get(OBJECTIVES, plan.planId()).then().extract().path("total");
        Api.postObjective(plan.planId(), Api.objectiveBody(Arti2021.areaId(1), "1.8")).spec(problem(400, "areaId"));
        given().get(OBJECTIVES, plan.planId()).then().body("total", equalTo(before));
        given().queryParam("areaId", Arti2021.areaId(1)).get(OBJECTIVES, Arti2021.planId()).then()
                .body("total", equalTo(7));
    }

    @Test
    void shouldRefuseAnObjectiveWithoutCode() {
        Map<String, Object> body = valid();
        body.remove("code");
        refuseCreation(body, "code");
    }

    @Test
    void shouldRefuseACodeLongerThan16Characters() {
        Map<String, Object> body = valid();
        body.put("code", "1.2.3.4.5.6.7.8.9");
        refuseCreation(body, "code");
    }

    @Test
    void shouldRefuseACodeNotShapedLike12() {
        Map<String, Object> body = valid();
        body.put("code", "1,8");
        refuseCreation(body, "code");
    }

    @Test
    void shouldRefuseABlankTitle() {
        Map<String, Object> body = valid();
        body.put("title", "  ");
        refuseCreation(body, "title");
    }

    @Test
    void shouldRefuseATitleLongerThan1000Characters() {
        Map<String, Object> body = valid();
        body.put("title", "T".repeat(1001));
        refuseCreation(body, "title");
    }

    @Test
    void shouldRefuseAWeightAbove100() {
        Map<String, Object> body = valid();
        body.put("weight", new BigDecimal("100.01"));
        refuseCreation(body, "weight");
    }

    @Test
    void shouldRefuseANegativeWeight() {
        Map<String, Object> body = valid();
        body.put("weight", -1);
        refuseCreation(body, "weight");
    }

    @Test
    void shouldRefuseAWeightWithMoreThanTwoDecimals() {
        Map<String, Object> body = valid();
        body.put("weight", new BigDecimal("8.125"));
        refuseCreation(body, "weight");
    }

    @Test
    void shouldRefuseAWeightThatIsNotANumber() {
        Map<String, Object> body = valid();
        body.put("weight", "abc");
        refuseCreation(body, "weight");
    }

    @Test
    void shouldRefuseAnObjectiveWithoutResponsibleStructure() {
        Map<String, Object> body = valid();
        body.remove("responsibleStructureId");
        refuseCreation(body, "responsibleStructureId");
    }

    @Test
    void shouldRefuseAnUnknownResponsibleStructure() {
        Map<String, Object> body = valid();
        body.put("responsibleStructureId", 999999);
        refuseCreation(body, "responsibleStructureId");
    }

    @Test
    void shouldRefuseAProgrammingLinkLongerThan500Characters() {
        Map<String, Object> body = valid();
        body.put("programmingLink", "Progetto DEFR ".repeat(40));
        refuseCreation(body, "programmingLink");
    }

    @Test
    void shouldRefuseADeadlineBeforeThePlanYear() {
        Map<String, Object> body = valid();
        body.put("deadline", "2021-12-31");
        refuseCreation(body, "deadline");
    }

    @Test
    void shouldRefuseTimelineNumberZero() {
        Map<String, Object> body = valid();
        body.put("timelineNumber", 0);
        refuseCreation(body, "timelineNumber");
    }

    @Test
    void shouldRefuseAnUnknownProperty() {
        Map<String, Object> body = valid();
        body.put("colour", "rosso");
        refuseCreation(body, "colour");
    }

    @Test
    void shouldRefuseADuplicateCode() {
        PlanFixture taken = plan.newObjective();
        String code = codeOf(taken);
        Api.postObjective(plan.planId(), Api.objectiveBody(plan.newArea(), code)).spec(problem(409, "code"));
        given().queryParam("limit", 500).get(OBJECTIVES, plan.planId()).then()
                .body("items.findAll { it.code == '" + code + "' }.title", contains("Obiettivo " + code));
    }

    @Test
    void shouldRefuseAnObjectiveForAnUnknownPlan() {
        Api.postObjective(999999, Api.objectiveBody(Arti2021.areaId(1), "1.8")).spec(problem(404));
    }

    // update

    @Test
    void shouldUpdateAnObjectiveAndAnswerItsNewEtag() {
        PlanFixture objective = plan.newObjective();
        Map<String, Object> body = Api.objectiveBody(objective.areaId(), codeOf(objective));
        body.put("weight", 6);
        body.put("responsibleStructureId", Api.structureId("RPCT"));
        json().header("If-Match", "\"0\"").body(body).put("/api/v1/objectives/{id}", objective.objectiveId()).then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("weight", equalTo(6))
                .body("responsibleStructureName", equalTo("RPCT"));
        given().get("/api/v1/objectives/{id}", objective.objectiveId()).then().body("weight", equalTo(6))
                .body("version", equalTo(1));
    }

    @Test
    void shouldMoveAnObjectiveToAnotherAreaOfThePlan() {
        PlanFixture objective = plan.newObjective();
        long otherArea = plan.newArea();
        json().header("If-Match", "\"0\"").body(Api.objectiveBody(otherArea, codeOf(objective)))
                .put("/api/v1/objectives/{id}", objective.objectiveId()).then().statusCode(200)
                .body("areaId", equalTo((int) otherArea));
        assertNoObjectivesIn(objective.areaId());
    }

    @Test
    void shouldRefuseAnUpdateWithoutIfMatchWith428() {
        PlanFixture objective = plan.newObjective();
        Map<String, Object> body = Api.objectiveBody(objective.areaId(), codeOf(objective));
        body.put("weight", 20);
        json().body(body).put("/api/v1/objectives/{id}", objective.objectiveId()).then()
                .spec(problem(428, "If-Match"));
        given().get("/api/v1/objectives/{id}", objective.objectiveId()).then().body("weight", equalTo(8));
    }

    @Test
    void shouldRefuseStaleUpdateWith412() {
        PlanFixture objective = plan.newObjective();
        Map<String, Object> first = Api.objectiveBody(objective.areaId(), codeOf(objective));
        first.put("weight", 6);
        json().header("If-Match", "\"0\"").body(first).put("/api/v1/objectives/{id}", objective.objectiveId())
                .then().statusCode(200);
        Map<String, Object> stale = Api.objectiveBody(objective.areaId(), codeOf(objective));
        stale.put("weight", 30);
        json().header("If-Match", "\"0\"").body(stale).put("/api/v1/objectives/{id}", objective.objectiveId())
                .then().spec(problem(412));
        given().get("/api/v1/objectives/{id}", objective.objectiveId()).then().body("weight", equalTo(6))
                .body("version", equalTo(1));
    }

    @Test
    void shouldLetTheFirstOfTwoEditorsWinAndRefuseTheSecond() {
        PlanFixture objective = plan.newObjective();
        String path = "/api/v1/objectives/{id}";
        String readByAnna = Api.etag(path, objective.objectiveId());
        String readByMarco = Api.etag(path, objective.objectiveId());

        Map<String, Object> anna = Api.objectiveBody(objective.areaId(), codeOf(objective));
        anna.put("notes", "Obiettivo condiviso con la Direzione Regionale Istruzione, formazione, ricerca e lavoro");
        json().header("If-Match", readByAnna).body(anna).put(path, objective.objectiveId()).then().statusCode(200);

        Map<String, Object> marco = Api.objectiveBody(objective.areaId(), codeOf(objective));
        marco.put("notes", "Si veda il cronoprogramma ARTI 6");
        json().header("If-Match", readByMarco).body(marco).put(path, objective.objectiveId()).then()
                .spec(problem(412));

        given().get(path, objective.objectiveId()).then().body("notes",
                equalTo("Obiettivo condiviso con la Direzione Regionale Istruzione, formazione, ricerca e lavoro"));
    }

    @Test
    void shouldRefuseAnInvalidUpdate() {
        PlanFixture objective = plan.newObjective();
        Map<String, Object> body = Api.objectiveBody(objective.areaId(), codeOf(objective));
        body.put("weight", new BigDecimal("100.01"));
        json().header("If-Match", "\"0\"").body(body).put("/api/v1/objectives/{id}", objective.objectiveId()).then()
                .spec(problem(400, "weight"));
        given().get("/api/v1/objectives/{id}", objective.objectiveId()).then().body("weight", equalTo(8))
                .body("version", equalTo(0));
    }

    @Test
    void shouldRefuseRecodingAnObjectiveOntoATakenCode() {
        PlanFixture objective = plan.newObjective();
        String secondCode = codeOf(objective).replace(".1", ".2");
        long second = Api.createObjective(plan.planId(), objective.areaId(), secondCode, 5);
        json().header("If-Match", "\"0\"").body(Api.objectiveBody(objective.areaId(), codeOf(objective)))
                .put("/api/v1/objectives/{id}", second).then().spec(problem(409, "code"));
        given().get("/api/v1/objectives/{id}", second).then().body("code", equalTo(secondCode));
    }

    @Test
    void shouldNotUpdateAnUnknownObjective() {
        json().header("If-Match", "\"0\"").body(Api.objectiveBody(Arti2021.areaId(1), "1.8"))
                .put("/api/v1/objectives/999999").then().spec(problem(404));
    }

    // delete

    @Test
    void shouldDeleteAnObjectiveWithItsIndicatorsAndPhases() {
        PlanFixture objective = plan.newObjective();
        long indicatorId = Api.createTimelineIndicator(objective.objectiveId());
        long phaseId = Api.createPhase(objective.objectiveId(), 1, plan.year() + "-01-04", plan.year() + "-06-30",
                100);
        given().delete("/api/v1/objectives/{id}", objective.objectiveId()).then().statusCode(204);
        given().get("/api/v1/objectives/{id}", objective.objectiveId()).then().spec(problem(404));
        given().get("/api/v1/indicators/{id}", indicatorId).then().spec(problem(404));
        given().get("/api/v1/phases/{id}", phaseId).then().spec(problem(404));
        assertNoObjectivesIn(objective.areaId());
    }

    @Test
    void shouldRefuseDeletingObjective12WhichHasResults() {
        long id = Arti2021.objectiveId("1.2");
        given().delete("/api/v1/objectives/{id}", id).then().spec(problem(409));
        given().get("/api/v1/objectives/{id}", id).then().statusCode(200).body("code", equalTo("1.2"));
        given().get("/api/v1/objectives/{id}/indicators", id).then().body("total", equalTo(1))
                .body("items[0].description", equalTo(
                        "Organizzazione della seconda edizione Fiera del Mercato del Lavoro secondo il cronoprogramma"));
        given().get("/api/v1/objectives/{id}/phases", id).then().body("total", equalTo(4));
    }

    @Test
    void shouldRefuseDeletingAnObjectiveWithCounts() {
        PlanFixture objective = plan.newObjective();
        long indicatorId = Api.createIndicator(objective.objectiveId(), Map.of(
                "description", "Numero istruttorie effettuate/numero domande pervenute", "kind", "RATIO",
                "targetValue", 100));
        Database.addCount(indicatorId, CountComponent.NUMERATOR, plan.year() + "-01-01", plan.year() + "-06-30", 96);
        given().delete("/api/v1/objectives/{id}", objective.objectiveId()).then().spec(problem(409));
        given().get("/api/v1/objectives/{id}", objective.objectiveId()).then().statusCode(200);
        given().get("/api/v1/indicators/{id}", indicatorId).then().statusCode(200);
    }

    @Test
    void shouldRefuseDeletingWithAStaleIfMatch() {
        PlanFixture objective = plan.newObjective();
        given().header("If-Match", "\"5\"").delete("/api/v1/objectives/{id}", objective.objectiveId()).then()
                .spec(problem(412));
        given().get("/api/v1/objectives/{id}", objective.objectiveId()).then().statusCode(200);
    }

    @Test
    void shouldNotDeleteAnUnknownObjective() {
        given().delete("/api/v1/objectives/999999").then().spec(problem(404));
    }
}
