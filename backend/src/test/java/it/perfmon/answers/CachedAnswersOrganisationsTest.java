package it.perfmon.answers;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import it.perfmon.testing.Accounts;
import it.perfmon.testing.Api;
import it.perfmon.testing.DefaultCredentials;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * An answer kept in memory for a caller of one organisation is never served to a caller of another, nor what a
 * person of the Region was served to anybody else: the same request (the pull API for a year, which names no
 * organisation) answers each with the plans it may see. Fails if the caller's organisation or the regional flag is
 * taken out of the key (CachedAnswers).
 */
@QuarkusTest
@DefaultCredentials.Without
class CachedAnswersOrganisationsTest {

    @Test
    void shouldServeEachOrganisationItsOwnAnswers() {
        String code = "CA" + System.nanoTime() % 1_000_000;
        Accounts.Session regional = Accounts.login(Accounts.createUser("REGIONAL", List.of()));
        regional.request().body(Map.of("code", code, "name", "Ente delle risposte", "publicRead", false,
                "administrator", Map.of("username", "admin." + code.toLowerCase(), "displayName", "Amministratore",
                        "password", Accounts.PASSWORD))).post("/api/v1/organisations").then().statusCode(201);
        Accounts.Session adminB = Accounts.login("admin." + code.toLowerCase());
        long structure = adminB.request().body(Map.of("code", "DIR", "name", "Direzione"))
                .post("/api/v1/organisations/{c}/structures", code).then().statusCode(201).extract().jsonPath()
                .getLong("id");
        int year = Api.freshYear();
        long plan = adminB.request().body(Map.of("year", year, "title", "Piano di B")).post("/api/v1/plans").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        adminB.request().body(Map.of("kind", "INTERIM", "referenceDate", year + "-06-30", "label", "Giugno"))
                .post("/api/v1/plans/{id}/periods", plan).then().statusCode(201);
        long area = adminB.request().body(Map.of("number", 1, "title", "Ambito"))
                .post("/api/v1/plans/{id}/areas", plan).then().statusCode(201).extract().jsonPath().getLong("id");
        long objective = adminB.request().body(Map.of("areaId", area, "code", "1.1", "title", "Obiettivo", "weight",
                100, "responsibleStructureId", structure)).post("/api/v1/plans/{id}/objectives", plan).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        adminB.request().body(Map.of("description", "Indicatore", "kind", "DIRECT", "targetValue", 80))
                .post("/api/v1/objectives/{id}/indicators", objective).then().statusCode(201);
        adminB.request().header("If-Match", "\"0\"").post("/api/v1/plans/{id}/publish", plan).then().statusCode(200);
        String viewerB = "viewer." + code.toLowerCase();
        adminB.request().body(Map.of("username", viewerB, "displayName", "Lettore di B", "password",
                Accounts.PASSWORD, "role", "VIEWER")).post("/api/v1/users").then().statusCode(201);
        Accounts.Session ofB = Accounts.login(viewerB);
        Accounts.Session ofA = Accounts.login(Accounts.createUser("VIEWER", List.of()));

        String values = "/api/v1/indicator-values?year=" + year;
        // B's viewer and the Region see B's row; the second time from memory.
        servedTwice(ofB::request, values, 1);
        servedTwice(regional::request, values, 1);
        // A's viewer and anonymous callers asked the very same: A's rows of that year (none), never B's.
        servedTwice(ofA::request, values, 0);
        servedTwice(() -> given().accept("application/json"), values, 0);
        // And the other way round: what A was served is not served to B.
        ofB.request().get(values).then().statusCode(200).body("total", equalTo(1))
                .header(CachedAnswers.CACHE_STATUS, equalTo("perfmon; hit"));
    }

    private static void servedTwice(Supplier<RequestSpecification> caller, String path, int total) {
        caller.get().get(path).then().statusCode(200).body("total", equalTo(total));
        caller.get().get(path).then().statusCode(200).body("total", equalTo(total))
                .header(CachedAnswers.CACHE_STATUS, equalTo("perfmon; hit"));
    }
}
