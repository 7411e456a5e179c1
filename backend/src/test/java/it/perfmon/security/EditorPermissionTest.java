package it.perfmon.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import it.perfmon.testing.Accounts;
import it.perfmon.testing.Arti2021;
import it.perfmon.testing.DefaultCredentials;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Editors report on the objectives of their own structures, and only on those. */
@QuarkusTest
@DefaultCredentials.Without
class EditorPermissionTest {

    @Test
    void shouldRefuseAnRpctEditorChangingObjective12OfDirezioneAndWriteNothing() {
        Accounts.Session rpct = Accounts.login(Accounts.createUser("EDITOR", List.of("RPCT")));
        long phase = given().get("/api/v1/objectives/{id}/phases", Arti2021.objectiveId("1.2")).then().extract()
                .jsonPath().getLong("items.find { it.number == 2 }.id");
        String etag = given().get("/api/v1/phases/{id}", phase).then().statusCode(200).extract().header("ETag");

        rpct.request().header("If-Match", etag)
                .body(Map.of("actualEnd", "2021-05-31", "monitoringNote", "Modifica non autorizzata"))
                .put("/api/v1/phases/{id}/progress", phase)
                .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));

        given().get("/api/v1/phases/{id}", phase).then().statusCode(200)
                .header("ETag", equalTo(etag)).body("actualEnd", equalTo(null));
    }

    @Test
    void shouldLetAnRpctEditorReportOnObjective44OfRpct() {
        Accounts.Session rpct = Accounts.login(Accounts.createUser("EDITOR", List.of("RPCT")));
        long indicator = Arti2021.indicatorId("4.4", 2);
        long period = Arti2021.finalPeriodId();
        rpct.request().body(Map.of("monitoringNote", "Misure anticorruzione attuate", "assessmentStep", 3))
                .put("/api/v1/indicators/{i}/results/{p}", indicator, period)
                .then().statusCode(201).body("assessedBy", equalTo(rpctName(rpct)));
        String etag = given().get("/api/v1/indicators/{i}/results/{p}", indicator, period).then().extract().header("ETag");
        rpct.request().header("If-Match", etag).delete("/api/v1/indicators/{i}/results/{p}", indicator, period)
                .then().statusCode(204);
    }

    @Test
    void shouldRefuseAViewerAnyChange() {
        Accounts.Session viewer = Accounts.login(Accounts.createUser("VIEWER", List.of()));
        long indicator = Arti2021.indicatorId("4.4", 2);
        viewer.request().body(Map.of("monitoringNote", "Il viewer non scrive"))
                .put("/api/v1/indicators/{i}/results/{p}", indicator, Arti2021.finalPeriodId())
                .then().statusCode(403);
        given().get("/api/v1/indicators/{i}/results/{p}", indicator, Arti2021.finalPeriodId()).then().statusCode(404);
    }

    private static String rpctName(Accounts.Session session) {
        return session.request().get("/api/v1/auth/me").then().extract().path("username");
    }

    @Test
    void shouldNotLetAnEditorCreateObjectives() {
        Accounts.Session rpct = Accounts.login(Accounts.createUser("EDITOR", List.of("RPCT")));
        long before = given().get("/api/v1/plans/{id}/objectives", Arti2021.planId()).then().extract().jsonPath().getLong("total");
        rpct.request().body(Map.of("areaId", Arti2021.areaId(4), "code", "4.9", "title", "Obiettivo abusivo",
                        "responsibleStructureId", 1))
                .post("/api/v1/plans/{id}/objectives", Arti2021.planId()).then().statusCode(403);
        assertEquals(before, given().get("/api/v1/plans/{id}/objectives", Arti2021.planId()).then().extract().jsonPath()
                .getLong("total"));
    }
}
