package it.perfmon.assessment;

import static io.restassured.RestAssured.given;
import static it.perfmon.testing.Api.json;
import static it.perfmon.testing.Problems.problem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import it.perfmon.testing.Accounts;
import it.perfmon.testing.Api;
import it.perfmon.testing.DefaultCredentials;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who may assess: administrators and the editors of the objective's structure; everyone else is refused, nothing written. */
@QuarkusTest
@DefaultCredentials.Without
class AssessmentPermissionTest {

    private static final String ASSESSMENT = "/api/v1/indicators/{indicator}/assessments/{period}";

    @Test
    void shouldLetOnlyAdministratorsAndTheStructuresEditorsAssess() {
        Api.PlanFixture plan = Api.planWithObjective(Api.freshYear());
        long indicator = Api.createDirectIndicator(plan.objectiveId());
        long period = plan.periodId();
        Map<String, Object> body = new HashMap<>(Map.of("step", 5, "deviationExplanation",
                "Rilevazione del gradimento rinviata a settembre", "correctiveActions", "Questionario anche via SMS"));
        Accounts.Session direzioneEditor = Accounts.login(Accounts.createUser("EDITOR", List.of("DIREZIONE")));
        Accounts.Session otherEditor = Accounts.login(Accounts.createUser("EDITOR", List.of("RPCT")));
        Accounts.Session viewer = Accounts.login(Accounts.createUser("VIEWER", List.of()));
        String readingToken = Accounts.createToken(List.of("values:read"), List.of());

        given().contentType("application/json").body(body).put(ASSESSMENT, indicator, period).then().spec(problem(401));
        otherEditor.request().body(body).put(ASSESSMENT, indicator, period).then().spec(problem(403));
        viewer.request().body(body).put(ASSESSMENT, indicator, period).then().spec(problem(403));
        Accounts.withToken(readingToken).body(body).put(ASSESSMENT, indicator, period).then().spec(problem(403));
        given().get(ASSESSMENT, indicator, period).then().statusCode(200).body("state", equalTo("MISSING"));

        direzioneEditor.request().body(body).put(ASSESSMENT, indicator, period).then().statusCode(201)
                .body("step", equalTo(5)).body("assessedBy", startsWith("editor."));
        json().header("If-Match", "\"0\"").body(Map.of("step", 3)).put(ASSESSMENT, indicator, period).then()
                .statusCode(200).body("step", equalTo(3)).body("assessedBy", equalTo("bootstrap-token"));
        // Reading is public, as results are.
        given().get(ASSESSMENT, indicator, period).then().statusCode(200).body("step", equalTo(3));
        given().get("/api/v1/periods/{period}/assessments", period).then().statusCode(200);
        given().get("/api/v1/indicators/{indicator}/assessments", indicator).then().statusCode(200);
    }
}
