package it.perfmon.plan;

import static io.restassured.RestAssured.given;
import static it.perfmon.testing.Api.json;
import static it.perfmon.testing.Problems.problem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import it.perfmon.testing.Accounts;
import it.perfmon.testing.Api;
import it.perfmon.testing.DefaultCredentials;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A new plan is a draft until an administrator publishes it: the public home must not switch to an empty plan of
 * next year while this year's monitoring is still under way, and nobody but administrators reaches a draft.
 */
@QuarkusTest
@DefaultCredentials.Without
class PlanPublicationTest {

    private record Draft(long planId, long periodId, long areaId, long objectiveId, long indicatorId, long phaseId) {
    }

    /** Plan years are a budget the whole suite shares: one draft for the tests that leave it a draft. */
    private static Draft shared;
    private static Draft published;

    private static Draft draft() {
        if (shared == null) {
            shared = newDraft();
        }
        return shared;
    }

    /** Published once, by the first test that needs it, which checks the publication itself. */
    private static Draft publishedOnce() {
        if (published == null) {
            published = newDraft();
            json().header("If-Match", "\"0\"").post("/api/v1/plans/{id}/publish", published.planId()).then()
                    .statusCode(200).header("ETag", equalTo("\"1\"")).body("published", equalTo(true))
                    .body("publishedAt", notNullValue());
        }
        return published;
    }

    private static Draft newDraft() {
        int year = Api.freshYear();
        long planId = Api.createDraftPlan(year);
        long periodId = Api.createPeriod(planId, year + "-06-30", "INTERIM");
        long areaId = Api.createArea(planId, 1);
        long objectiveId = Api.createObjective(planId, areaId, "1.1", 8);
        long indicatorId = Api.createIndicator(objectiveId, Map.of("description",
                "Numero istruttorie effettuate/numero domande pervenute", "kind", "RATIO", "targetValue", 100));
        long phaseId = Api.createPhase(objectiveId, 1, year + "-01-01", year + "-03-31", 100);
        return new Draft(planId, periodId, areaId, objectiveId, indicatorId, phaseId);
    }

    private static Accounts.Session viewer;
    private static Accounts.Session editor;
    private static String token;

    /** Fresh requests each time (a request specification keeps its path parameters); the accounts are made once. */
    private static List<RequestSpecification> everyoneButAdministrators() {
        if (token == null) {
            viewer = Accounts.login(Accounts.createUser("VIEWER", List.of()));
            editor = Accounts.login(Accounts.createUser("EDITOR", List.of("RPCT")));
            token = Accounts.createToken(List.of("values:read"), List.of());
        }
        return List.of(given(), viewer.request(), editor.request(), Accounts.withToken(token));
    }

    @Test
    void shouldCreateAPlanAsADraft() {
        Draft draft = draft();
        json().get("/api/v1/plans/{id}", draft.planId()).then().statusCode(200).body("published", equalTo(false))
                .body("publishedAt", nullValue());
    }

    @Test
    void shouldListADraftToAdministratorsOnly() {
        Draft draft = draft();
        json().get("/api/v1/plans?limit=100").then().statusCode(200).body("items.id", hasItem((int) draft.planId()));
        json().get("/api/v1/plans?published=false&limit=100").then().statusCode(200)
                .body("items.id", hasItem((int) draft.planId())).body("items.published", everyItem(equalTo(false)));
        json().get("/api/v1/plans?published=true&limit=100").then().statusCode(200)
                .body("items.id", not(hasItem((int) draft.planId())));
        for (RequestSpecification caller : everyoneButAdministrators()) {
            caller.get("/api/v1/plans?published=false&limit=100").then().statusCode(200)
                    .body("items.id", not(hasItem((int) draft.planId())))
                    .body("items.published", everyItem(equalTo(true)));
        }
    }

    @Test
    void shouldAnswerEveryPathToADraftAs404ForEveryoneButAdministrators() {
        Draft d = draft();
        List<String> paths = List.of("/api/v1/plans/" + d.planId(), "/api/v1/plans/" + d.planId() + "/report",
                "/api/v1/plans/" + d.planId() + "/periods", "/api/v1/plans/" + d.planId() + "/areas",
                "/api/v1/plans/" + d.planId() + "/objectives", "/api/v1/plans/" + d.planId() + "/allegato-a?format=csv",
                "/api/v1/periods/" + d.periodId(), "/api/v1/periods/" + d.periodId() + "/results",
                "/api/v1/areas/" + d.areaId(), "/api/v1/objectives/" + d.objectiveId(),
                "/api/v1/objectives/" + d.objectiveId() + "/indicators",
                "/api/v1/objectives/" + d.objectiveId() + "/phases", "/api/v1/indicators/" + d.indicatorId(),
                "/api/v1/indicators/" + d.indicatorId() + "/value?periodId=" + d.periodId(),
                "/api/v1/indicators/" + d.indicatorId() + "/counts",
                "/api/v1/phases/" + d.phaseId());
        for (String path : paths) {
            json().get(path).then().log().ifValidationFails().statusCode(200);
            for (RequestSpecification caller : everyoneButAdministrators()) {
                caller.get(path).then().spec(problem(404));
            }
        }
    }

    @Test
    void shouldLeaveADraftOutOfThePullApi() {
        Draft d = draft();
        json().queryParam("planId", d.planId()).get("/api/v1/indicator-values").then().statusCode(200)
                .body("items.indicatorId", hasItem((int) d.indicatorId()));
        for (RequestSpecification caller : everyoneButAdministrators()) {
            caller.get("/api/v1/indicator-values?limit=500").then().statusCode(200)
                    .body("items.planId", not(hasItem((int) d.planId())));
        }
    }

    @Test
    void shouldLeaveWhatADraftLostOutOfThePullApisRemovals() {
        Draft d = draft();
        long removed = Api.createIndicator(d.objectiveId(), Map.of("description",
                "Numero domande istruite/numero domande pervenute", "kind", "RATIO", "targetValue", 100));
        json().delete("/api/v1/indicators/{id}", removed).then().statusCode(204);
        json().queryParam("planId", d.planId()).get("/api/v1/indicator-values/removals").then().statusCode(200)
                .body("items.indicatorId", hasItem((int) removed));
        for (RequestSpecification caller : everyoneButAdministrators()) {
            caller.get("/api/v1/indicator-values/removals?limit=500").then().statusCode(200)
                    .body("items.planId", not(hasItem((int) d.planId())));
        }
    }

    @Test
    void shouldShowAPublishedPlanToEveryone() {
        Draft d = publishedOnce();
        for (RequestSpecification caller : everyoneButAdministrators()) {
            caller.get("/api/v1/plans/" + d.planId()).then().statusCode(200).body("published", equalTo(true));
            caller.get("/api/v1/objectives/" + d.objectiveId()).then().statusCode(200);
        }
    }

    @Test
    void shouldChangeNothingWhenPublishingAPublishedPlan() {
        Draft d = publishedOnce();
        String publishedAt = json().get("/api/v1/plans/{id}", d.planId()).then().statusCode(200).extract()
                .path("publishedAt");
        json().header("If-Match", "\"1\"").post("/api/v1/plans/{id}/publish", d.planId()).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("publishedAt", equalTo(publishedAt));
    }

    @Test
    void shouldRecordThePublicationInTheAuditTrail() {
        Draft d = publishedOnce();
        json().queryParam("entityType", "plan").queryParam("entityId", d.planId()).get("/api/v1/audit").then()
                .statusCode(200).body("items.changes.flatten().field", hasItem("publishedAt"));
    }

    @Test
    void shouldRefusePublishingWithoutIfMatchWith428() {
        json().post("/api/v1/plans/{id}/publish", draft().planId()).then().spec(problem(428));
    }

    @Test
    void shouldRefusePublishingWithAStaleIfMatchWith412() {
        json().header("If-Match", "\"7\"").post("/api/v1/plans/{id}/publish", draft().planId()).then()
                .spec(problem(412));
    }

    @Test
    void shouldLetOnlyAdministratorsPublish() {
        Draft d = draft();
        Accounts.login(Accounts.createUser("EDITOR", List.of("RPCT"))).request().header("If-Match", "\"0\"")
                .post("/api/v1/plans/{id}/publish", d.planId()).then().statusCode(403);
        given().contentType("application/json").header("If-Match", "\"0\"")
                .post("/api/v1/plans/{id}/publish", d.planId()).then().statusCode(401);
        json().get("/api/v1/plans/{id}", d.planId()).then().body("published", equalTo(false));
    }

    @Test
    void shouldKeepTheSeededPlanPublished() {
        given().queryParam("year", 2021).get("/api/v1/plans").then().statusCode(200)
                .body("items[0].published", equalTo(true));
    }

    @Test
    void shouldNotTellAnUnknownPlanFromADraft() {
        Map<String, Object> unknown = given().get("/api/v1/plans/{id}", 987654321).then().statusCode(404).extract()
                .jsonPath().getMap("$");
        Map<String, Object> hidden = given().get("/api/v1/plans/{id}", draft().planId()).then().statusCode(404)
                .extract().jsonPath().getMap("$");
        org.junit.jupiter.api.Assertions.assertEquals(unknown.get("title"), hidden.get("title"));
        org.junit.jupiter.api.Assertions.assertEquals(unknown.keySet(), hidden.keySet());
    }
}
