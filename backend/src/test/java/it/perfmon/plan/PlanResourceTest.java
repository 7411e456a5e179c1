package it.perfmon.plan;

import static io.restassured.RestAssured.given;
import static it.perfmon.testing.Api.json;
import static it.perfmon.testing.Problems.problem;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import it.perfmon.testing.Api;
import it.perfmon.testing.Arti2021;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlanResourceTest {

    private static void assertNoPlanFor(int year) {
        given().queryParam("year", year).get("/api/v1/plans").then().statusCode(200)
                .body("total", equalTo(0)).body("items", empty());
    }

    private static Map<String, Object> plan(Object year, Object title) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("year", year);
        body.put("title", title);
        return body;
    }

    // list

    @Test
    void shouldListPlansNewestYearFirst() {
        Api.createPlan(Api.freshYear());
        List<Integer> years = given().queryParam("limit", 500).get("/api/v1/plans").then().statusCode(200)
                .extract().jsonPath().getList("items.year", Integer.class);
        assertEquals(years.stream().sorted(Comparator.reverseOrder()).toList(), years);
    }

    @Test
    void shouldPageThroughPlansWithOffsetAndLimit() {
        Api.createPlan(Api.freshYear());
        Api.createPlan(Api.freshYear());
        int total = given().get("/api/v1/plans").then().statusCode(200).extract().path("total");
        List<Integer> all = given().queryParam("limit", 500).get("/api/v1/plans").then().statusCode(200)
                .extract().jsonPath().getList("items.id", Integer.class);

        given().queryParam("offset", 1).queryParam("limit", 1).get("/api/v1/plans").then().statusCode(200)
                .body("offset", equalTo(1))
                .body("limit", equalTo(1))
                .body("total", equalTo(total))
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(all.get(1)));
    }

    @Test
    void shouldAnswerAnEmptyPageBeyondTheLastPlan() {
        given().queryParam("offset", 100_000).get("/api/v1/plans").then().statusCode(200)
                .body("items", empty()).body("total", greaterThanOrEqualTo(1));
    }

    @Test
    void shouldFilterPlansByYear() {
        given().queryParam("year", 2021).get("/api/v1/plans").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items", hasSize(1))
                .body("items[0].year", equalTo(2021))
                .body("items[0].title", equalTo("Piano della performance 2021"))
                .body("items[0].organisationCode", equalTo("ARTI"));
    }

    @Test
    void shouldFindNoPlanForAYearWithoutOne() {
        assertNoPlanFor(2019);
    }

    @Test
    void shouldFilterPlansByOrganisation() {
        given().queryParam("organisation", "ARTI").queryParam("limit", 500).get("/api/v1/plans").then()
                .statusCode(200).body("items.organisationCode", everyItem(equalTo("ARTI")))
                .body("total", greaterThanOrEqualTo(1));
        // An organisation the deployment does not serve is unknown, as one the caller may not read (issue 18).
        given().queryParam("organisation", "ANPAL").get("/api/v1/plans").then().spec(problem(404));
    }

    @Test
    void shouldRefuseALimitAbove500() {
        given().queryParam("limit", 501).get("/api/v1/plans").then().spec(problem(400, "limit"));
    }

    @Test
    void shouldRefuseALimitOfZero() {
        given().queryParam("limit", 0).get("/api/v1/plans").then().spec(problem(400, "limit"));
    }

    @Test
    void shouldRefuseANegativeOffset() {
        given().queryParam("offset", -1).get("/api/v1/plans").then().spec(problem(400, "offset"));
    }

    // get

    @Test
    void shouldGetAPlanWithItsVersionAsEtag() {
        given().get("/api/v1/plans/{id}", Arti2021.planId()).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("year", equalTo(2021))
                .body("title", equalTo("Piano della performance 2021"))
                .body("organisationCode", equalTo("ARTI"))
                .body("version", equalTo(0));
    }

    @Test
    void shouldAnswer304WhenThePlanDidNotChange() {
        long id = Arti2021.planId();
        String etag = Api.etag("/api/v1/plans/{id}", id);
        given().header("If-None-Match", etag).get("/api/v1/plans/{id}", id).then().statusCode(304)
                .header("ETag", equalTo(etag));
    }

    @Test
    void shouldAnswer200WhenIfNoneMatchNamesAnotherVersion() {
        given().header("If-None-Match", "\"41\"").get("/api/v1/plans/{id}", Arti2021.planId()).then()
                .statusCode(200).body("year", equalTo(2021));
    }

    @Test
    void shouldNotGetAnUnknownPlan() {
        given().get("/api/v1/plans/999999").then().spec(problem(404))
                .body("instance", equalTo("/api/v1/plans/999999"));
    }

    // create

    @Test
    void shouldCreateAPlanWithLocationEtagAndBody() {
        int year = Api.freshYear();
        var created = json().body(plan(year, "Piano della performance " + year)).post("/api/v1/plans").then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("year", equalTo(year))
                .body("title", equalTo("Piano della performance " + year))
                .body("organisationCode", equalTo("ARTI"))
                .body("version", equalTo(0))
                .extract();
        long id = created.jsonPath().getLong("id");
        assertTrue(created.header("Location").endsWith("/api/v1/plans/" + id), created.header("Location"));
        given().get(created.header("Location")).then().statusCode(200).body("year", equalTo(year));
    }

    @Test
    void shouldStripSpacesAroundTheTitle() {
        int year = Api.freshYear();
        json().body(plan(year, "  Piano della performance " + year + "  ")).post("/api/v1/plans").then()
                .statusCode(201).body("title", equalTo("Piano della performance " + year));
    }

    @Test
    void shouldRefuseAPlanWithoutYear() {
        int before = given().get("/api/v1/plans").then().extract().path("total");
        json().body(Map.of("title", "Piano della performance")).post("/api/v1/plans").then().spec(problem(400, "year"));
        given().get("/api/v1/plans").then().body("total", equalTo(before));
    }

    @Test
    void shouldRefuseAPlanWithoutTitle() {
        int year = Api.freshYear();
        json().body(Map.of("year", year)).post("/api/v1/plans").then().spec(problem(400, "title"));
        assertNoPlanFor(year);
    }

    @Test
    void shouldRefuseABlankTitle() {
        int year = Api.freshYear();
        json().body(plan(year, "   ")).post("/api/v1/plans").then().spec(problem(400, "title"));
        assertNoPlanFor(year);
    }

    @Test
    void shouldRefuseATitleLongerThan500Characters() {
        int year = Api.freshYear();
        json().body(plan(year, "P".repeat(501))).post("/api/v1/plans").then().spec(problem(400, "title"));
        assertNoPlanFor(year);
    }

    @Test
    void shouldAcceptATitleOfExactly500Characters() {
        json().body(plan(Api.freshYear(), "P".repeat(500))).post("/api/v1/plans").then().statusCode(201);
    }

    @Test
    void shouldRefuseAYearBefore2000() {
        json().body(plan(1999, "Piano della performance 1999")).post("/api/v1/plans").then().spec(problem(400, "year"));
        assertNoPlanFor(1999);
    }

    @Test
    void shouldRefuseAYearAfter2100() {
        json().body(plan(2101, "Piano della performance 2101")).post("/api/v1/plans").then().spec(problem(400, "year"));
        assertNoPlanFor(2101);
    }

    @Test
    void shouldRefuseAYearThatIsNotANumber() {
        int before = given().get("/api/v1/plans").then().extract().path("total");
        json().body(plan("duemilaventidue", "Piano della performance 2022")).post("/api/v1/plans").then()
                .spec(problem(400, "year"));
        given().get("/api/v1/plans").then().body("total", equalTo(before));
    }

    @Test
    void shouldRefuseAFractionalYear() {
        int before = given().get("/api/v1/plans").then().extract().path("total");
        json().body("{\"year\": 2040.5, \"title\": \"Piano della performance\"}").post("/api/v1/plans").then()
                .spec(problem(400, "year"));
        given().get("/api/v1/plans").then().body("total", equalTo(before));
    }

    @Test
    void shouldRefuseAnUnknownProperty() {
        int year = Api.freshYear();
        Map<String, Object> body = plan(year, "Piano della performance " + year);
        body.put("colour", "verde");
        json().body(body).post("/api/v1/plans").then().spec(problem(400, "colour"));
        assertNoPlanFor(year);
    }

    @Test
    void shouldRefuseASecondPlanForTheSameYear() {
        json().body(plan(2021, "Secondo piano della performance 2021")).post("/api/v1/plans").then()
                .spec(problem(409, "year"));
        given().queryParam("year", 2021).get("/api/v1/plans").then()
                .body("total", equalTo(1)).body("items[0].title", equalTo("Piano della performance 2021"));
    }

    // update

    @Test
    void shouldUpdateAPlanAndAnswerItsNewEtag() {
        int year = Api.freshYear();
        long id = Api.createDraftPlan(year);
        json().header("If-Match", "\"0\"").body(plan(year, "Piano integrato di attività e organizzazione " + year))
                .put("/api/v1/plans/{id}", id).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("version", equalTo(1))
                .body("organisationCode", equalTo("ARTI"))
                .body("title", equalTo("Piano integrato di attività e organizzazione " + year));
        given().get("/api/v1/plans/{id}", id).then()
                .header("ETag", equalTo("\"1\""))
                .body("title", equalTo("Piano integrato di attività e organizzazione " + year));
    }

    @Test
    void shouldMoveAPlanWithoutPeriodsToAFreeYear() {
        long id = Api.createDraftPlan(Api.freshYear());
        int year = Api.freshYear();
        json().header("If-Match", "\"0\"").body(plan(year, "Piano della performance " + year))
                .put("/api/v1/plans/{id}", id).then().statusCode(200).body("year", equalTo(year));
    }

    @Test
    void shouldRefuseAnUpdateWithoutIfMatchWith428() {
        int year = Api.freshYear();
        long id = Api.createDraftPlan(year);
        json().body(plan(year, "Titolo senza versione")).put("/api/v1/plans/{id}", id).then()
                .spec(problem(428, "If-Match"));
        given().get("/api/v1/plans/{id}", id).then().body("title", equalTo("Piano di prova " + year))
                .body("version", equalTo(0));
    }

    @Test
    void shouldRefuseStaleUpdateWith412() {
        int year = Api.freshYear();
        long id = Api.createDraftPlan(year);
        json().header("If-Match", "\"0\"").body(plan(year, "Prima modifica")).put("/api/v1/plans/{id}", id).then()
                .statusCode(200);

        json().header("If-Match", "\"0\"").body(plan(year, "Modifica su versione superata"))
                .put("/api/v1/plans/{id}", id).then().spec(problem(412));

        given().get("/api/v1/plans/{id}", id).then().body("title", equalTo("Prima modifica"))
                .body("version", equalTo(1));
    }

    @Test
    void shouldRefuseAnUpdateOfAnUnknownPlan() {
        json().header("If-Match", "\"0\"").body(plan(2040, "Piano")).put("/api/v1/plans/999999").then()
                .spec(problem(404));
    }

    @Test
    void shouldRefuseAnInvalidUpdate() {
        int year = Api.freshYear();
        long id = Api.createDraftPlan(year);
        json().header("If-Match", "\"0\"").body(plan(year, "")).put("/api/v1/plans/{id}", id).then()
                .spec(problem(400, "title"));
        given().get("/api/v1/plans/{id}", id).then().body("title", equalTo("Piano di prova " + year));
    }

    @Test
    void shouldRefuseMovingAPlanToAYearThatHasOne() {
        int year = Api.freshYear();
        long id = Api.createDraftPlan(year);
        json().header("If-Match", "\"0\"").body(plan(2021, "Piano della performance 2021"))
                .put("/api/v1/plans/{id}", id).then().spec(problem(409, "year"));
        given().get("/api/v1/plans/{id}", id).then().body("year", equalTo(year));
    }

    @Test
    void shouldRefuseChangingTheYearOfAPlanWithPeriods() {
        int year = Api.freshYear();
        long id = Api.createDraftPlan(year);
        Api.createPeriod(id, year + "-06-30", "INTERIM");
        json().header("If-Match", "\"0\"").body(plan(Api.freshYear(), "Piano spostato"))
                .put("/api/v1/plans/{id}", id).then().spec(problem(409, "year"));
        given().get("/api/v1/plans/{id}", id).then().body("year", equalTo(year))
                .body("title", equalTo("Piano di prova " + year));
    }

    // delete

    @Test
    void shouldDeleteAnEmptyPlan() {
        int year = Api.freshYear();
        long id = Api.createDraftPlan(year);
        given().delete("/api/v1/plans/{id}", id).then().statusCode(204);
        given().get("/api/v1/plans/{id}", id).then().spec(problem(404));
        assertNoPlanFor(year);
    }

    @Test
    void shouldDeleteAPlanWithItsAreasAndPeriodsWhenItHasNoObjectives() {
        int year = Api.freshYear();
        long id = Api.createDraftPlan(year);
        long periodId = Api.createPeriod(id, year + "-06-30", "INTERIM");
        long areaId = Api.createArea(id, 1);
        given().header("If-Match", "\"0\"").delete("/api/v1/plans/{id}", id).then().statusCode(204);
        given().get("/api/v1/periods/{id}", periodId).then().spec(problem(404));
        given().get("/api/v1/areas/{id}", areaId).then().spec(problem(404));
    }

    @Test
    void shouldRefuseDeletingAPlanWithObjectives() {
        var fixture = Api.planWithObjective(Api.freshYear());
        given().delete("/api/v1/plans/{id}", fixture.planId()).then().spec(problem(409));
        given().get("/api/v1/plans/{id}", fixture.planId()).then().statusCode(200);
        given().get("/api/v1/objectives/{id}", fixture.objectiveId()).then().statusCode(200);
    }

    @Test
    void shouldRefuseDeletingThe2021Plan() {
        long id = Arti2021.planId();
        given().delete("/api/v1/plans/{id}", id).then().spec(problem(409));
        given().get("/api/v1/plans/{id}/objectives", id).then().body("total", equalTo(15));
        given().get("/api/v1/plans/{id}/periods", id).then().body("total", equalTo(2));
    }

    @Test
    void shouldRefuseDeletingWithAStaleIfMatch() {
        int year = Api.freshYear();
        long id = Api.createDraftPlan(year);
        given().header("If-Match", "\"7\"").delete("/api/v1/plans/{id}", id).then().spec(problem(412));
        given().get("/api/v1/plans/{id}", id).then().statusCode(200);
    }

    @Test
    void shouldNotDeleteAnUnknownPlan() {
        given().delete("/api/v1/plans/999999").then().spec(problem(404));
    }

    @Test
    void shouldAnswerTheResponseShapeNotTheEntity() {
        given().get("/api/v1/plans/{id}", Arti2021.planId()).then().statusCode(200)
                .body("$", not(hasKey("organisation")))
                .body("$", not(hasKey("createdAt")));
    }
}
