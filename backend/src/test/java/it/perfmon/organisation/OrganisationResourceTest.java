package it.perfmon.organisation;

import static io.restassured.RestAssured.given;
import static it.perfmon.testing.Problems.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrganisationResourceTest {

    @Test
    void shouldListTheResponsibleStructuresOfArti() {
        given().get("/api/v1/organisations/ARTI/structures").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.code", contains("DIREZIONE", "RPCT"))
                .body("items[0].name", equalTo("Direzione"))
                .body("items[0].shortName", nullValue())
                .body("items[1].name", equalTo("Responsabile Prevenzione Corruzione e Trasparenza (RPCT)"))
                .body("items[1].shortName", equalTo("RPCT"));
    }

    @Test
    void shouldPageThroughStructures() {
        given().queryParam("offset", 1).queryParam("limit", 1).get("/api/v1/organisations/ARTI/structures").then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items", hasSize(1))
                .body("items[0].code", equalTo("RPCT"));
    }

    @Test
    void shouldListTheFiveTerritorialUnitsOfArti() {
        given().get("/api/v1/organisations/ARTI/territorial-units").then().statusCode(200)
                .body("total", equalTo(5))
                .body("items.name", containsInAnyOrder("Arezzo e Siena", "Firenze e Prato", "Lucca e Pistoia",
                        "Pisa e Massa Carrara", "Grosseto e Livorno"));
    }

    @Test
    void shouldListTerritorialUnitsByCode() {
        given().get("/api/v1/organisations/ARTI/territorial-units").then().statusCode(200)
                .body("items.code", contains("AR-SI", "FI-PO", "GR-LI", "LU-PT", "PI-MS"));
    }

    @Test
    void shouldPageThroughTerritorialUnits() {
        given().queryParam("offset", 4).queryParam("limit", 2).get("/api/v1/organisations/ARTI/territorial-units")
                .then().statusCode(200)
                .body("total", equalTo(5))
                .body("offset", equalTo(4))
                .body("limit", equalTo(2))
                .body("items", hasSize(1))
                .body("items[0].name", equalTo("Pisa e Massa Carrara"));
    }

    @Test
    void shouldNotListTheStructuresOfAnUnknownOrganisation() {
        given().get("/api/v1/organisations/ANPAL/structures").then().spec(problem(404))
                .body("instance", equalTo("/api/v1/organisations/ANPAL/structures"));
    }

    @Test
    void shouldNotListTheTerritorialUnitsOfAnUnknownOrganisation() {
        given().get("/api/v1/organisations/ANPAL/territorial-units").then().spec(problem(404));
    }

    @Test
    void shouldRefuseALimitAbove500() {
        given().queryParam("limit", 501).get("/api/v1/organisations/ARTI/territorial-units").then()
                .spec(problem(400, "limit"));
    }

    @Test
    void shouldOfferNoWayToChangeStructures() {
        given().contentType("application/json").body("{\"code\": \"URP\", \"name\": \"Ufficio relazioni con il pubblico\"}")
                .post("/api/v1/organisations/ARTI/structures").then().spec(problem(405));
        given().get("/api/v1/organisations/ARTI/structures").then().body("total", equalTo(2));
    }
}
