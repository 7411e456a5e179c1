package it.perfmon.common;

import static io.restassured.RestAssured.given;
import static it.perfmon.testing.Api.json;
import static it.perfmon.testing.Problems.INTERNALS;
import static it.perfmon.testing.Problems.problem;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import it.perfmon.testing.Api;
import it.perfmon.testing.Arti2021;
import java.util.List;
import java.util.function.Supplier;
import org.apache.http.params.CoreProtocolPNames;
import org.junit.jupiter.api.Test;

/** Failures the framework meets before any resource runs still answer RFC 9457 problem details. */
@QuarkusTest
class ErrorHandlingTest {

    private static void assertNoPlanFor(int year) {
        given().queryParam("year", year).get("/api/v1/plans").then().body("total", equalTo(0));
    }

    @Test
    void shouldRefuseMalformedJson() {
        int year = Api.freshYear();
        json().body("{\"year\": " + year + ", \"title\": }").post("/api/v1/plans").then().spec(problem(400))
                .body("type", equalTo("urn:perfmon:problem:malformed-json"));
        assertNoPlanFor(year);
    }

    @Test
    void shouldRefuseTruncatedJson() {
        int year = Api.freshYear();
        json().body("{\"year\": " + year + ", \"title\": \"Piano della perf").post("/api/v1/plans").then()
                .spec(problem(400)).body("type", equalTo("urn:perfmon:problem:malformed-json"));
        assertNoPlanFor(year);
    }

    @Test
    void shouldRefuseAnArrayWhereAnObjectIsExpected() {
        int year = Api.freshYear();
        json().body("[{\"year\": " + year + ", \"title\": \"Piano della performance\"}]").post("/api/v1/plans")
                .then().spec(problem(400));
        assertNoPlanFor(year);
    }

    @Test
    void shouldRefuseAnEmptyBody() {
        int before = given().get("/api/v1/plans").then().extract().path("total");
        json().post("/api/v1/plans").then().spec(problem(400));
        given().get("/api/v1/plans").then().body("total", equalTo(before));
    }

    @Test
    void shouldRefuseATextBodyWith415() {
        int year = Api.freshYear();
        given().contentType(ContentType.TEXT).body("year=" + year + "&title=Piano").post("/api/v1/plans").then()
                .spec(problem(415));
        assertNoPlanFor(year);
    }

    @Test
    void shouldRefuseToAnswerXmlWith406() {
        given().accept(ContentType.XML).get("/api/v1/plans").then().spec(problem(406));
    }

    @Test
    void shouldAnswerAnUnknownPathWith404() {
        given().get("/api/v1/piani").then().spec(problem(404)).body("instance", equalTo("/api/v1/piani"));
    }

    @Test
    void shouldAnswerAPathOutsideTheApiWith404() {
        given().get("/allegato-a.xlsx").then().spec(problem(404));
    }

    @Test
    void shouldAnswerAnIdThatIsNotANumberWith404() {
        given().get("/api/v1/plans/ventuno").then().spec(problem(404));
    }

    @Test
    void shouldRefuseAMethodNotAllowedWith405() {
        given().delete("/api/v1/plans").then().spec(problem(405));
        given().queryParam("year", 2021).get("/api/v1/plans").then().body("total", equalTo(1));
    }

    @Test
    void shouldRefusePatchWith405() {
        long id = Arti2021.planId();
        json().body("{\"title\": \"Piano modificato\"}").patch("/api/v1/plans/{id}", id).then().spec(problem(405));
        given().get("/api/v1/plans/{id}", id).then().body("title", equalTo("Piano della performance 2021"));
    }

    @Test
    void shouldRefuseABodyOver1MbWith413() {
        int year = Api.freshYear();
        String title = "P".repeat(1_100_000);
        // Expect: 100-continue lets the server refuse before the body is sent, as curl and browsers do; without it
        // the server closes the connection while the client is still writing.
        Response response = json().config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                        .setParam(CoreProtocolPNames.USE_EXPECT_CONTINUE, true)))
                .body("{\"year\": " + year + ", \"title\": \"" + title + "\"}")
                .post("/api/v1/plans");
        response.then().spec(problem(413));
        assertNoPlanFor(year);
    }

    @Test
    void shouldNeverShowStackTracesOrClassNames() {
        long planId = Arti2021.planId();
        List<Supplier<Response>> failures = List.of(
                () -> json().body("{\"year\": ").post("/api/v1/plans"),
                () -> json().body("{\"year\": \"abc\"}").post("/api/v1/plans"),
                () -> json().body("{\"colour\": \"rosso\"}").post("/api/v1/plans"),
                () -> json().body("[1, 2]").post("/api/v1/plans/{id}/areas", planId),
                () -> given().contentType(ContentType.TEXT).body("x").post("/api/v1/plans"),
                () -> given().accept(ContentType.XML).get("/api/v1/plans"),
                () -> given().get("/api/v1/nothing-here"),
                () -> given().delete("/api/v1/plans"),
                () -> given().get("/api/v1/plans/0"),
                () -> given().queryParam("limit", -1).get("/api/v1/plans"),
                () -> json().body("{\"year\": 2021, \"title\": \"Doppione\"}").post("/api/v1/plans"),
                () -> json().body("{\"year\": 2021, \"title\": \"Piano\"}").put("/api/v1/plans/{id}", planId),
                () -> json().header("If-Match", "\"99\"").body("{\"year\": 2021, \"title\": \"Piano\"}")
                        .put("/api/v1/plans/{id}", planId),
                () -> given().delete("/api/v1/plans/{id}", planId));
        for (Supplier<Response> failure : failures) {
            Response response = failure.get();
            assertThat(response.statusCode() + " " + response.asString(), response.contentType(),
                    startsWith("application/problem+json"));
            assertThat(response.asString(), not(matchesPattern(INTERNALS)));
        }
    }
}
