package it.perfmon.oiv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

import static io.restassured.RestAssured.given;
import static it.perfmon.testing.Problems.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.builder.MultiPartSpecBuilder;
import it.perfmon.testing.Accounts;
import it.perfmon.testing.Api;
import it.perfmon.testing.Api.SharedPlan;
import it.perfmon.testing.DefaultCredentials;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The OIV: a role that reads everything, evidence included, records per objective a check outcome with observations
 * and validates the closed final period, and changes no plan data (the whole matrix is walked by
 * AuthorizationMatrixTest).
 */
@QuarkusTest
@DefaultCredentials.Without
class OivReviewResourceTest {

    private static final String REVIEWS = "/api/v1/periods/{period}/oiv-reviews";
    private static final String REVIEW = "/api/v1/periods/{period}/oiv-reviews/{objective}";
    private static final String VALIDATION = "/api/v1/periods/{period}/oiv-validation";

    private static SharedPlan plan;
    private static String oivName;
    private static Accounts.Session oiv;
    private static Accounts.Session direzioneEditor;
    private static Accounts.Session viewer;
    private static final AtomicInteger NEXT_WEEK = new AtomicInteger();

    // Not @BeforeAll, which may run before the application has started. One plan for the class: plan years are a
    // budget of all the tests; each test takes periods and objectives of its own in it.
    @BeforeEach
    void shareOnePlan() {
        if (plan == null) {
            plan = SharedPlan.create();
            oivName = Accounts.createUser("OIV", List.of());
            oiv = Accounts.login(oivName);
            direzioneEditor = Accounts.login(Accounts.createUser("EDITOR", List.of("DIREZIONE")));
            viewer = Accounts.login(Accounts.createUser("VIEWER", List.of()));
        }
    }

    @Test
    void shouldCreateAnOivAccountWithoutStructures() {
        Map<String, Object> body = new HashMap<>(Map.of("username", "oiv.presidente." + System.nanoTime() % 100000,
                "displayName", "Presidente dell'OIV", "password", Accounts.PASSWORD, "role", "OIV",
                "structures", List.of("RPCT")));
        Api.json().body(body).post("/api/v1/users").then().spec(problem(400, "structures"));

        body.put("structures", List.of());
        Api.json().body(body).post("/api/v1/users").then().statusCode(201).body("role", equalTo("OIV"))
                .body("structures", equalTo(List.of()));
        Accounts.login((String) body.get("username")).request().get("/api/v1/auth/me").then().statusCode(200)
                .body("role", equalTo("OIV"));
    }

    @Test
    void shouldLetTheOivReadTheEvidenceOfAnyStructureAndItsEvents() {
        long objective = objectiveOf("RPCT");
        long indicator = Api.createDirectIndicator(objective);
        byte[] csv = "settore;istruttorie\nAR-SI;96\n".getBytes(StandardCharsets.UTF_8);
        long evidence = Api.json().contentType("multipart/form-data")
                .multiPart(new MultiPartSpecBuilder(csv).controlName("file").fileName("istruttorie.csv")
                        .mimeType("text/csv").build())
                .post("/api/v1/indicators/{i}/results/{p}/evidence", indicator, plan.periodId()).then().statusCode(201)
                .extract().jsonPath().getLong("id");

        oiv.request().get("/api/v1/indicators/{i}/results/{p}/evidence", indicator, plan.periodId()).then()
                .statusCode(200).body("items.fileName", equalTo(List.of("istruttorie.csv")));
        byte[] downloaded = oiv.request().accept("*/*").get("/api/v1/evidence/{id}/content", evidence).then()
                .statusCode(200).extract().asByteArray();
        assertArrayEquals(csv, downloaded);
        oiv.request().queryParam("entityType", "evidence").queryParam("entityId", evidence).get("/api/v1/audit")
                .then().statusCode(200).body("total", equalTo(1));
        // A viewer reads neither, as before.
        viewer.request().get("/api/v1/evidence/{id}", evidence).then().spec(problem(403));
        // Accounts stay the administrators' business.
        oiv.request().queryParam("entityType", "user").get("/api/v1/audit").then().spec(problem(403));
    }

    @Test
    void shouldRefuseTheOivChangesToPlanDataWith403() {
        long objective = plan.newObjective().objectiveId();
        long indicator = Api.createDirectIndicator(objective);
        oiv.request().body(Map.of("step", 3)).put("/api/v1/indicators/{i}/assessments/{p}", indicator, plan.periodId())
                .then().spec(problem(403));
        oiv.request().body(Map.of("monitoringNote", "Nota dell'OIV"))
                .put("/api/v1/indicators/{i}/results/{p}", indicator, plan.periodId()).then().spec(problem(403));
        oiv.request().post("/api/v1/periods/{p}/close", plan.periodId()).then().spec(problem(403));
        oiv.request().body(Map.of("title", "Obiettivo riscritto")).put("/api/v1/objectives/{id}", objective).then()
                .spec(problem(403));
        Api.json().get("/api/v1/indicators/{i}/results/{p}", indicator, plan.periodId()).then().statusCode(404);
    }

    @Test
    void shouldListEveryObjectiveOfThePlanWithTheOivsProgress() {
        long period = newPeriod("INTERIM");
        long first = plan.newObjective().objectiveId();
        int objectives = oiv.request().get(REVIEWS, period).then().statusCode(200)
                .body("periodId", equalTo((int) period)).body("periodKind", equalTo("INTERIM"))
                .body("reviewed", equalTo(0)).body("items.outcome", everyItem(nullValue()))
                .body("items.find { it.objectiveId == " + first + " }.structureCode", equalTo("DIREZIONE"))
                .extract().path("objectives");

        oiv.request().body(Map.of("outcome", "VERIFIED")).put(REVIEW, period, first).then().statusCode(201)
                .header("ETag", equalTo("\"0\"")).body("outcome", equalTo("VERIFIED"))
                .body("observations", nullValue()).body("reviewedBy", equalTo(oivName))
                .body("reviewedAt", notNullValue()).body("version", equalTo(0));

        oiv.request().get(REVIEWS, period).then().statusCode(200).body("objectives", equalTo(objectives))
                .body("reviewed", equalTo(1))
                .body("items.find { it.objectiveId == " + first + " }.outcome", equalTo("VERIFIED"));
        // Administrators read the OIV's work; nobody else does.
        Api.json().get(REVIEWS, period).then().statusCode(200).body("reviewed", equalTo(1));
        Api.json().get(REVIEW, period, first).then().statusCode(200).header("ETag", equalTo("\"0\""));
        viewer.request().get(REVIEWS, period).then().spec(problem(403));
        direzioneEditor.request().get(REVIEW, period, first).then().spec(problem(403));
        given().get(REVIEWS, period).then().spec(problem(401));
    }

    @Test
    void shouldRequireObservationsUnlessVerifiedWith422NamingThem() {
        long period = newPeriod("INTERIM");
        long objective = plan.newObjective().objectiveId();

        for (String outcome : List.of("VERIFIED_WITH_OBSERVATIONS", "NOT_VERIFIED")) {
            oiv.request().body(Map.of("outcome", outcome, "observations", "   ")).put(REVIEW, period, objective).then()
                    .spec(problem(422, "observations"));
        }
        oiv.request().body(Map.of("observations", "Senza esito")).put(REVIEW, period, objective).then()
                .spec(problem(400, "outcome"));
        oiv.request().body(Map.of("outcome", "APPROVED")).put(REVIEW, period, objective).then().spec(problem(400));
        oiv.request().body(Map.of("outcome", "VERIFIED", "observations", "x".repeat(10_001)))
                .put(REVIEW, period, objective).then().spec(problem(400, "observations"));
        oiv.request().get(REVIEW, period, objective).then().statusCode(200).header("ETag", nullValue())
                .body("outcome", nullValue()).body("version", nullValue());
    }

    @Test
    void shouldRecordAReviewOnAClosedPeriodAndChangeItOnlyWithItsVersion() {
        long period = newPeriod("INTERIM");
        long objective = plan.newObjective().objectiveId();
        Api.json().post("/api/v1/periods/{id}/close", period).then().statusCode(200);

        long id = oiv.request().body(Map.of("outcome", "NOT_VERIFIED", "observations", "Manca l'estrazione dei dati"))
                .put(REVIEW, period, objective).then().statusCode(201).body("outcome", equalTo("NOT_VERIFIED"))
                .extract().jsonPath().getLong("version");
        Map<String, Object> change = Map.of("outcome", "VERIFIED_WITH_OBSERVATIONS",
                "observations", "L'estrazione è arrivata; il valore è confermato salvo arrotondamento");
        oiv.request().body(change).put(REVIEW, period, objective).then().spec(problem(428, "If-Match"));
        oiv.request().header("If-Match", "\"7\"").body(change).put(REVIEW, period, objective).then().spec(problem(412));
        oiv.request().header("If-Match", "\"" + id + "\"").body(change).put(REVIEW, period, objective).then()
                .statusCode(200).header("ETag", equalTo("\"1\"")).body("outcome", equalTo("VERIFIED_WITH_OBSERVATIONS"));

        Api.json().queryParam("entityType", "oivReview").queryParam("objectiveId", objective)
                .get("/api/v1/audit").then().statusCode(200).body("total", equalTo(2))
                .body("items.action", equalTo(List.of("UPDATE", "CREATE")))
                .body("items[0].actorName", equalTo(oivName)).body("items[0].changes.field", hasItem("outcome"));
        oiv.request().queryParam("objectiveId", objective).get("/api/v1/audit").then().statusCode(200)
                .body("items.entityType", hasItem("oivReview"));
        // Others reading the objective's history do not see the OIV's work.
        viewer.request().queryParam("objectiveId", objective).get("/api/v1/audit").then().statusCode(200)
                .body("items.entityType", not(hasItem("oivReview")));
    }

    @Test
    void shouldKeepAReviewedObjectiveAndSaySoInWords() {
        long period = newPeriod("INTERIM");
        long objective = plan.newObjective().objectiveId();
        oiv.request().body(Map.of("outcome", "VERIFIED", "observations", "")).put(REVIEW, period, objective).then()
                .statusCode(201);

        // Not "already exists", as any integrity violation used to be called: the OIV's review refers to it.
        Api.json().delete("/api/v1/objectives/{id}", objective).then().spec(problem(409))
                .body("detail", containsString("altri dati vi fanno ancora riferimento"));
        oiv.request().get(REVIEW, period, objective).then().statusCode(200).body("outcome", equalTo("VERIFIED"));
    }

    @Test
    void shouldRefuseReviewsFromAdministratorsEditorsAndTokens() {
        long objective = plan.newObjective().objectiveId();
        Map<String, Object> body = Map.of("outcome", "VERIFIED");
        Api.json().body(body).put(REVIEW, plan.periodId(), objective).then().spec(problem(403));
        direzioneEditor.request().body(body).put(REVIEW, plan.periodId(), objective).then().spec(problem(403));
        viewer.request().body(body).put(REVIEW, plan.periodId(), objective).then().spec(problem(403));
        Api.json().body(Map.of("outcome", "VALIDATED", "reasoning", "Validata d'ufficio"))
                .put(VALIDATION, plan.periodId()).then().spec(problem(403));
        oiv.request().get(REVIEW, plan.periodId(), objective).then().statusCode(200).body("outcome", nullValue());
    }

    @Test
    void shouldAnswer404ForAnObjectiveOfAnotherPlan() {
        long period = newPeriod("INTERIM");
        long elsewhere = Api.planWithObjective(Api.freshYear()).objectiveId();
        oiv.request().body(Map.of("outcome", "VERIFIED")).put(REVIEW, period, elsewhere).then().spec(problem(404));
        oiv.request().get(REVIEW, period, elsewhere).then().spec(problem(404));
    }

    @Test
    void shouldValidateOnlyAClosedFinalPeriod() {
        Map<String, Object> body = Map.of("outcome", "VALIDATED_WITH_RESERVATIONS",
                "reasoning", "I risultati sono coerenti con gli elementi probativi; si rinvia alle osservazioni sull'obiettivo 1.5.");
        long interim = newPeriod("INTERIM");
        Api.json().post("/api/v1/periods/{id}/close", interim).then().statusCode(200);
        oiv.request().body(body).put(VALIDATION, interim).then().spec(problem(409, "periodId"))
                .body("detail", containsString("intermedio"));
        long finalPeriod = newPeriod("FINAL");
        oiv.request().body(body).put(VALIDATION, finalPeriod).then().spec(problem(409, "periodId"))
                .body("detail", containsString("aperto"));
        oiv.request().get(VALIDATION, finalPeriod).then().spec(problem(404));

        Api.json().post("/api/v1/periods/{id}/close", finalPeriod).then().statusCode(200);
        oiv.request().body(Map.of("outcome", "VALIDATED", "reasoning", "  ")).put(VALIDATION, finalPeriod).then()
                .spec(problem(400, "reasoning"));
        oiv.request().body(Map.of("reasoning", "Senza esito")).put(VALIDATION, finalPeriod).then()
                .spec(problem(400, "outcome"));
        oiv.request().get(VALIDATION, finalPeriod).then().spec(problem(404));

        oiv.request().body(body).put(VALIDATION, finalPeriod).then().statusCode(201).header("ETag", equalTo("\"0\""))
                .body("outcome", equalTo("VALIDATED_WITH_RESERVATIONS")).body("validatedBy", equalTo(oivName))
                .body("validatedAt", notNullValue());
        oiv.request().body(Map.of("outcome", "VALIDATED", "reasoning", "Riserva sciolta")).put(VALIDATION, finalPeriod)
                .then().spec(problem(428, "If-Match"));
        oiv.request().header("If-Match", "\"0\"").body(Map.of("outcome", "VALIDATED", "reasoning", "Riserva sciolta"))
                .put(VALIDATION, finalPeriod).then().statusCode(200).header("ETag", equalTo("\"1\""));

        Api.json().get(VALIDATION, finalPeriod).then().statusCode(200).body("outcome", equalTo("VALIDATED"))
                .body("reasoning", equalTo("Riserva sciolta"));
        Api.json().header("If-None-Match", "\"1\"").get(VALIDATION, finalPeriod).then().statusCode(304);
        viewer.request().get(VALIDATION, finalPeriod).then().spec(problem(403));
        Api.json().queryParam("entityType", "oivValidation").get("/api/v1/audit").then().statusCode(200)
                .body("items.actorName", hasItem(oivName));

        // The Relazione of the year prints the validation as it now stands.
        byte[] relazione = Api.json().queryParam("format", "docx").get("/api/v1/periods/{id}/relazione", finalPeriod)
                .then().statusCode(200).extract().asByteArray();
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(relazione))) {
            List<String> paragraphs = word.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            int heading = paragraphs.indexOf("Validazione dell'OIV");
            assertEquals(List.of("Esito: validata.", "Motivazione: Riserva sciolta"),
                    paragraphs.subList(heading + 1, heading + 3));
            assertTrue(paragraphs.get(heading + 3).startsWith("Validazione registrata da " + oivName + " il "),
                    paragraphs.get(heading + 3));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long objectiveOf(String structure) {
        int number = plan.nextAreaNumber();
        Map<String, Object> body = Api.objectiveBody(Api.createArea(plan.planId(), number), number + ".1");
        body.put("responsibleStructureId", Api.structureId(structure));
        return Api.postObjective(plan.planId(), body).statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long newPeriod(String kind) {
        LocalDate date = LocalDate.of(plan.year(), 1, 14).plusWeeks(NEXT_WEEK.getAndIncrement());
        return Api.createPeriod(plan.planId(), date.toString(), kind);
    }
}
