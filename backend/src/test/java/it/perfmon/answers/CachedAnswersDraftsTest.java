package it.perfmon.answers;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import it.perfmon.testing.Accounts;
import it.perfmon.testing.Api;
import it.perfmon.testing.DefaultCredentials;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What an administrator was served from memory for a draft plan is never served to anybody else: the draft stays
 * unknown to them (404; the pull API, a filter, has no rows for it), through every kind of answer kept.
 */
@QuarkusTest
@DefaultCredentials.Without
class CachedAnswersDraftsTest {

    @Test
    void shouldServeTheAdministratorsAnswersForADraftToNobodyElse() {
        int year = Api.freshYear();
        long planId = Api.createDraftPlan(year);
        long periodId = Api.createPeriod(planId, year + "-06-30", "INTERIM");
        long areaId = Api.createArea(planId, 1);
        Api.createDirectIndicator(Api.createObjective(planId, areaId, "1.1", 8));
        String values = "/api/v1/indicator-values?planId=" + planId;
        List<String> paths = List.of("/api/v1/plans/" + planId + "/report",
                "/api/v1/plans/" + planId + "/report?periodId=" + periodId, values,
                "/api/v1/plans/" + planId + "/allegato-a?format=csv");
        for (String path : paths) {
            // Twice, so that the second is served from memory.
            Api.json().get(path).then().statusCode(200);
            Api.json().get(path).then().statusCode(200).header(CachedAnswers.CACHE_STATUS, equalTo("perfmon; hit"));
        }
        Api.json().queryParam("year", year).get("/api/v1/indicator-values").then().statusCode(200)
                .body("total", equalTo(1));
        Api.json().queryParam("year", year).get("/api/v1/indicator-values").then().statusCode(200)
                .header(CachedAnswers.CACHE_STATUS, equalTo("perfmon; hit"));

        Accounts.Session viewer = Accounts.login(Accounts.createUser("VIEWER", List.of()));
        for (String path : paths) {
            if (path.equals(values)) {
                // The pull answers a filter: for a plan the caller cannot see, no rows.
                given().get(path).then().statusCode(200).body("total", equalTo(0));
                viewer.request().get(path).then().statusCode(200).body("total", equalTo(0));
            } else {
                given().get(path).then().statusCode(404);
                viewer.request().get(path).then().statusCode(404);
            }
        }
        given().queryParam("year", year).get("/api/v1/indicator-values").then().statusCode(200)
                .body("total", equalTo(0));
    }
}
