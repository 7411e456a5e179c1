package it.perfmon.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import it.perfmon.testing.Accounts;
import it.perfmon.testing.Api;
import it.perfmon.testing.DefaultCredentials;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every change to plan data is recorded with who made it and the old and new values. */
@QuarkusTest
@DefaultCredentials.Without
class AuditTrailTest {

    @Test
    void shouldRecordWhoChangedAPhaseAndItsOldAndNewActualEnd() {
        int year = Api.pastYear();
        Api.PlanFixture plan = Api.planWithObjective(year);
        long phaseId = Api.createPhase(plan.objectiveId(), 1, year + "-01-04", year + "-06-30", 50);
        String editor = Accounts.createUser("EDITOR", List.of("DIREZIONE"));
        Accounts.Session session = Accounts.login(editor);
        String etag = given().get("/api/v1/phases/{id}", phaseId).then().extract().header("ETag");

        session.request().header("If-Match", etag).body(Map.of("actualEnd", year + "-03-02"))
                .put("/api/v1/phases/{id}/progress", phaseId).then().statusCode(200);

        session.request().queryParam("entityType", "phase").queryParam("entityId", phaseId)
                .get("/api/v1/audit").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].action", equalTo("UPDATE"))
                .body("items[0].actorKind", equalTo("USER"))
                .body("items[0].actorName", equalTo(editor))
                .body("items[0].changes.find { it.field == 'actualEnd' }.oldValue", equalTo(null))
                .body("items[0].changes.find { it.field == 'actualEnd' }.newValue", equalTo(year + "-03-02"))
                .body("items[1].action", equalTo("CREATE"))
                .body("items[1].actorKind", equalTo("TOKEN"))
                .body("items[1].actorName", equalTo("bootstrap-token"));
    }

    @Test
    void shouldRecordTheDeletionOfAnObjectiveWithItsIndicatorsAndPhases() {
        Api.PlanFixture plan = Api.planWithObjective(Api.freshYear());
        long phaseId = Api.createPhase(plan.objectiveId(), 1, plan.year() + "-01-04", plan.year() + "-06-30", 100);
        Api.json().delete("/api/v1/objectives/{id}", plan.objectiveId()).then().statusCode(204);
        Api.json().queryParam("entityType", "phase").queryParam("entityId", phaseId).get("/api/v1/audit")
                .then().statusCode(200).body("items[0].action", equalTo("DELETE"))
                .body("items[0].changes.find { it.field == 'description' }.oldValue", equalTo("Fase 1"));
        Api.json().queryParam("entityType", "objective").queryParam("entityId", plan.objectiveId()).get("/api/v1/audit")
                .then().statusCode(200).body("items[0].action", equalTo("DELETE"));
    }

    @Test
    void shouldRefuseAnUnknownEntityType() {
        Api.json().queryParam("entityType", "spreadsheet").get("/api/v1/audit").then().statusCode(400)
                .body("errors[0].field", equalTo("entityType"));
    }

    @Test
    void shouldNotShowTheTrailToAnonymousCallers() {
        given().get("/api/v1/audit").then().statusCode(401).contentType("application/problem+json");
    }
}
