package it.perfmon.area;

import static io.restassured.RestAssured.given;
import static it.perfmon.testing.Api.json;
import static it.perfmon.testing.Problems.problem;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import it.perfmon.testing.Api;
import it.perfmon.testing.Api.SharedPlan;
import it.perfmon.testing.Arti2021;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AreaResourceTest {

    private static final String DIGITAL = "Transizione digitale dei servizi per l'impiego";

    private static Map<String, Object> area(Object number, Object title) {
        Map<String, Object> body = new HashMap<>();
        body.put("number", number);
        body.put("title", title);
        return body;
    }

    private static SharedPlan plan;

    // Not @BeforeAll: a static @BeforeAll may run before the application has started.
    @BeforeEach
    void shareOnePlan() {
        if (plan == null) {
            plan = SharedPlan.create();
        }
    }

    private static int areaCount() {
        return given().get("/api/v1/plans/{id}/areas", plan.planId()).then().statusCode(200).extract().path("total");
    }

    private static int numberOf(long areaId) {
        return given().get("/api/v1/areas/{id}", areaId).then().statusCode(200).extract().path("number");
    }

    private static void refuseCreation(Map<String, Object> body, String field) {
        int before = areaCount();
        json().body(body).post("/api/v1/plans/{id}/areas", plan.planId()).then().spec(problem(400, field));
        assertEquals(before, areaCount());
    }

    // list

    @Test
    void shouldListTheAreasOfThe2021PlanByNumber() {
        given().get("/api/v1/plans/{id}/areas", Arti2021.planId()).then().statusCode(200)
                .body("total", equalTo(4))
                .body("items.number", contains(1, 2, 3, 4))
                .body("items.title", contains("Politiche per il diritto e la dignità del lavoro",
                        "Progetti rivolti a determinate categorie di utenti", "Servizi alle imprese",
                        "Gestione efficiente ed efficace delle risorse"));
    }

    @Test
    void shouldPageThroughAreas() {
        given().queryParam("offset", 2).queryParam("limit", 1).get("/api/v1/plans/{id}/areas", Arti2021.planId())
                .then().statusCode(200)
                .body("total", equalTo(4))
                .body("items", hasSize(1))
                .body("items[0].title", equalTo("Servizi alle imprese"));
    }

    @Test
    void shouldNotListTheAreasOfAnUnknownPlan() {
        given().get("/api/v1/plans/999999/areas").then().spec(problem(404));
    }

    // get

    @Test
    void shouldGetAnAreaWithItsEtag() {
        given().get("/api/v1/areas/{id}", Arti2021.areaId(3)).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("number", equalTo(3))
                .body("title", equalTo("Servizi alle imprese"))
                .body("planId", equalTo((int) Arti2021.planId()));
    }

    @Test
    void shouldAnswer304WhenTheAreaDidNotChange() {
        long id = Arti2021.areaId(1);
        given().header("If-None-Match", Api.etag("/api/v1/areas/{id}", id)).get("/api/v1/areas/{id}", id).then()
                .statusCode(304);
    }

    @Test
    void shouldNotGetAnUnknownArea() {
        given().get("/api/v1/areas/999999").then().spec(problem(404));
    }

    // create

    @Test
    void shouldCreateAnAreaWithLocationAndEtag() {
        int number = plan.nextAreaNumber();
        var created = json().body(area(number, DIGITAL)).post("/api/v1/plans/{id}/areas", plan.planId()).then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("planId", equalTo((int) plan.planId()))
                .body("number", equalTo(number))
                .body("title", equalTo(DIGITAL))
                .extract();
        assertThat(created.header("Location"), endsWith("/api/v1/areas/" + created.path("id")));
        given().get(created.header("Location")).then().statusCode(200).body("title", equalTo(DIGITAL));
    }

    @Test
    void shouldRefuseAnAreaWithoutNumber() {
        refuseCreation(area(null, DIGITAL), "number");
    }

    @Test
    void shouldRefuseAreaNumberZero() {
        refuseCreation(area(0, DIGITAL), "number");
    }

    @Test
    void shouldRefuseAreaNumberAbove99() {
        refuseCreation(area(100, DIGITAL), "number");
    }

    @Test
    void shouldRefuseAnAreaNumberThatIsNotANumber() {
        refuseCreation(area("cinque", DIGITAL), "number");
    }

    @Test
    void shouldRefuseABlankTitle() {
        refuseCreation(area(plan.nextAreaNumber(), ""), "title");
    }

    @Test
    void shouldRefuseATitleLongerThan500Characters() {
        refuseCreation(area(plan.nextAreaNumber(), "A".repeat(501)), "title");
    }

    @Test
    void shouldNameEveryBadFieldAtOnce() {
        int before = areaCount();
        json().body(area(0, " ")).post("/api/v1/plans/{id}/areas", plan.planId()).then()
                .spec(problem(400, "number")).spec(problem(400, "title"));
        assertEquals(before, areaCount());
    }

    @Test
    void shouldRefuseAnUnknownProperty() {
        Map<String, Object> body = area(plan.nextAreaNumber(), DIGITAL);
        body.put("colour", "blu");
        refuseCreation(body, "colour");
    }

    @Test
    void shouldRefuseASecondAreaWithTheSameNumber() {
        long taken = plan.newArea();
        int number = numberOf(taken);
        int before = areaCount();
        json().body(area(number, DIGITAL)).post("/api/v1/plans/{id}/areas", plan.planId()).then()
                .spec(problem(409, "number"));
        assertEquals(before, areaCount());
        given().get("/api/v1/areas/{id}", taken).then().body("title", equalTo("Ambito " + number));
    }

    @Test
    void shouldRefuseAnAreaForAnUnknownPlan() {
        json().body(area(5, DIGITAL)).post("/api/v1/plans/999999/areas").then().spec(problem(404));
    }

    // update

    @Test
    void shouldUpdateAnAreaAndAnswerItsNewEtag() {
        long id = plan.newArea();
        int number = plan.nextAreaNumber();
        json().header("If-Match", "\"0\"").body(area(number, DIGITAL)).put("/api/v1/areas/{id}", id).then()
                .statusCode(200).header("ETag", equalTo("\"1\"")).body("number", equalTo(number));
        given().get("/api/v1/areas/{id}", id).then().body("title", equalTo(DIGITAL)).body("version", equalTo(1));
    }

    @Test
    void shouldRefuseAnUpdateWithoutIfMatchWith428() {
        long id = plan.newArea();
        int number = numberOf(id);
        json().body(area(number, DIGITAL)).put("/api/v1/areas/{id}", id).then().spec(problem(428, "If-Match"));
        given().get("/api/v1/areas/{id}", id).then().body("title", equalTo("Ambito " + number));
    }

    @Test
    void shouldRefuseStaleUpdateWith412() {
        long id = plan.newArea();
        int number = numberOf(id);
        json().header("If-Match", "\"0\"").body(area(number, "Servizi alle imprese")).put("/api/v1/areas/{id}", id)
                .then().statusCode(200);
        json().header("If-Match", "\"0\"").body(area(number, DIGITAL)).put("/api/v1/areas/{id}", id).then()
                .spec(problem(412));
        given().get("/api/v1/areas/{id}", id).then().body("title", equalTo("Servizi alle imprese"));
    }

    @Test
    void shouldRefuseAnInvalidUpdate() {
        long id = plan.newArea();
        int number = numberOf(id);
        json().header("If-Match", "\"0\"").body(area(number, "A".repeat(501))).put("/api/v1/areas/{id}", id).then()
                .spec(problem(400, "title"));
        given().get("/api/v1/areas/{id}", id).then().body("title", equalTo("Ambito " + number))
                .body("version", equalTo(0));
    }

    @Test
    void shouldRefuseRenumberingAnAreaOntoATakenNumber() {
        int taken = numberOf(plan.newArea());
        long id = plan.newArea();
        int number = numberOf(id);
        json().header("If-Match", "\"0\"").body(area(taken, DIGITAL)).put("/api/v1/areas/{id}", id).then()
                .spec(problem(409, "number"));
        given().get("/api/v1/areas/{id}", id).then().body("number", equalTo(number))
                .body("title", equalTo("Ambito " + number));
    }

    // delete

    @Test
    void shouldDeleteAnAreaWithoutObjectives() {
        long id = plan.newArea();
        int before = areaCount();
        given().delete("/api/v1/areas/{id}", id).then().statusCode(204);
        given().get("/api/v1/areas/{id}", id).then().spec(problem(404));
        assertEquals(before - 1, areaCount());
    }

    @Test
    void shouldRefuseDeletingAnAreaWithObjectives() {
        var fixture = plan.newObjective();
        given().delete("/api/v1/areas/{id}", fixture.areaId()).then().spec(problem(409));
        given().get("/api/v1/areas/{id}", fixture.areaId()).then().statusCode(200);
        given().queryParam("areaId", fixture.areaId()).get("/api/v1/plans/{id}/objectives", fixture.planId()).then()
                .body("total", equalTo(1));
    }

    @Test
    void shouldRefuseDeletingArea1Of2021WhichHasObjectives() {
        long id = Arti2021.areaId(1);
        given().delete("/api/v1/areas/{id}", id).then().spec(problem(409));
        given().queryParam("areaId", id).get("/api/v1/plans/{id}/objectives", Arti2021.planId()).then()
                .body("total", equalTo(7));
    }

    @Test
    void shouldRefuseDeletingWithAStaleIfMatch() {
        long id = plan.newArea();
        given().header("If-Match", "\"1\"").delete("/api/v1/areas/{id}", id).then().spec(problem(412));
        given().get("/api/v1/areas/{id}", id).then().statusCode(200);
    }

    @Test
    void shouldNotDeleteAnUnknownArea() {
        given().delete("/api/v1/areas/999999").then().spec(problem(404));
    }
}
