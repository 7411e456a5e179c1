package it.perfmon.organisation;

import static io.restassured.RestAssured.given;
import static it.perfmon.testing.Problems.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import it.perfmon.testing.Accounts;
import java.util.List;
import java.util.Map;
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
    void shouldSayWhichOrganisationIsTheDefault() {
        String code = "DEF" + System.nanoTime() % 1_000_000;
        Accounts.login(Accounts.createUser("REGIONAL", List.of())).request().body(Map.of("code", code, "name",
                "Ente non predefinito", "administrator", Map.of("username", "admin." + code.toLowerCase(),
                        "displayName", "Amministratore", "password", Accounts.PASSWORD)))
                .post("/api/v1/organisations").then().statusCode(201);
        given().queryParam("limit", 500).get("/api/v1/organisations").then().statusCode(200)
                .body("items.findAll { it.isDefault }.code", contains("ARTI"))
                .body("items.find { it.code == '" + code + "' }.isDefault", equalTo(false));
        given().get("/api/v1/organisations/ARTI").then().statusCode(200).body("isDefault", equalTo(true));
    }

    @Test
    void shouldRefuseALimitAbove500() {
        given().queryParam("limit", 501).get("/api/v1/organisations/ARTI/territorial-units").then()
                .spec(problem(400, "limit"));
    }

    @Test
    void shouldLetAPersonOfTheRegionCreateAnOrganisationThatItsAdministratorFills() {
        String code = "ORG" + System.nanoTime() % 1_000_000;
        Accounts.Session regional = Accounts.login(Accounts.createUser("REGIONAL", List.of()));
        Map<String, Object> organisation = Map.of("code", code, "name", "Ente di prova", "administrator", Map.of(
                "username", "admin." + code.toLowerCase(), "displayName", "Amministratore", "password",
                Accounts.PASSWORD));
        regional.request().body(organisation).post("/api/v1/organisations").then().statusCode(201)
                .header("Location", endsWith("/api/v1/organisations/" + code)).body("code", equalTo(code))
                .body("publicRead", equalTo(true)).body("publicReadSetting", nullValue())
                .body("isDefault", equalTo(false));
        regional.request().body(organisation).post("/api/v1/organisations").then().spec(problem(409, "code"));
        // An administrator of ARTI creates no organisation, and changes nothing of another.
        given().contentType("application/json").body(Map.of("code", code + "X", "name", "Altro", "administrator",
                Map.of("username", "x" + code, "displayName", "X", "password", Accounts.PASSWORD)))
                .post("/api/v1/organisations").then().spec(problem(403));
        given().contentType("application/json").body(Map.of("code", "DIR", "name", "Direzione"))
                .post("/api/v1/organisations/{c}/structures", code).then().spec(problem(403));

        Accounts.Session admin = Accounts.login("admin." + code.toLowerCase());
        admin.request().body(Map.of("code", "DIREZIONE", "name", "Direzione")).post("/api/v1/organisations/{c}/structures",
                code).then().statusCode(201).body("code", equalTo("DIREZIONE"));
        admin.request().body(Map.of("code", "DIREZIONE", "name", "Ancora")).post("/api/v1/organisations/{c}/structures",
                code).then().spec(problem(409, "code"));
        admin.request().body(Map.of("code", "FI", "name", "Firenze")).post("/api/v1/organisations/{c}/territorial-units",
                code).then().statusCode(201);
        String etag = admin.request().get("/api/v1/organisations/{c}", code).then().statusCode(200).extract()
                .header("ETag");
        admin.request().header("If-Match", etag).body(Map.of("name", "Ente rinominato", "publicRead", false))
                .put("/api/v1/organisations/{c}", code).then().statusCode(200).body("publicRead", equalTo(false))
                .body("publicReadSetting", equalTo(false));
        admin.request().header("If-Match", etag).body(Map.of("name", "Di nuovo"))
                .put("/api/v1/organisations/{c}", code).then().statusCode(412);
        // Private now: unknown to ARTI's administrator (these requests carry its token), listed to its own and to
        // the Region.
        given().get("/api/v1/organisations/{c}", code).then().spec(problem(404));
        given().get("/api/v1/organisations").then().body("items.code", not(hasItem(code)));
        regional.request().get("/api/v1/organisations").then().body("items.code", hasItem(code));
        admin.request().get("/api/v1/organisations").then().body("items.code", hasItem(code));
        // ARTI keeps its own structures: the same code in another organisation is another structure.
        given().get("/api/v1/organisations/ARTI/structures").then().body("total", equalTo(2));
    }
}
