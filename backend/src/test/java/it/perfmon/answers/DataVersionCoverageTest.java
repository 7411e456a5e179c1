package it.perfmon.answers;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import it.perfmon.allegato.imports.AllegatoWorkbooks;
import it.perfmon.testing.Accounts;
import it.perfmon.testing.Api;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Walks every write operation of openapi.yaml on a plan of its own, and after each one compares what the cached
 * answers (report, pull API in JSON and CSV, for the plan and for every plan of its year, Allegato A) serve with what
 * they compute afresh. A write that changes a value without moving the plan's data version is served stale and
 * fails the walk, named; so does a write operation of the contract that the walk does not take, so that a new write
 * path cannot be forgotten.
 */
@QuarkusTest
class DataVersionCoverageTest {

    private static final String IMPORT_TYPE = "text/tab-separated-values; charset=utf-8";

    @Inject
    CachedAnswers answers;

    @Inject
    EntityManager em;

    /** One step of the walk: the operation it takes and how. */
    private record Step(String operationId, Runnable act) {
    }

    /** A cached answer as a client asks for it. */
    private record Observation(String name, Supplier<RequestSpecification> request, String path) {

        Response get() {
            return request.get().get(path);
        }
    }

    @Test
    void shouldWalkEveryWriteOperationOfTheContract() throws IOException {
        // The steps' ids are all that is read here: no plan is made.
        TreeSet<String> walked = new TreeSet<>(new Steps(0, 0, 0).all().stream().map(Step::operationId).toList());
        assertEquals(writeOperations(), walked, "write operations of openapi.yaml against those the walk takes");
    }

    @Test
    void shouldNeverServeAnAnswerOlderThanAWrite() {
        Walk walk = Walk.prepare();
        List<String> stale = new ArrayList<>();
        List<String> changing = new ArrayList<>();
        for (Step step : walk.steps()) {
            Map<String, String> before = serve(walk.observations());
            try {
                step.act().run();
            } catch (AssertionError e) {
                throw new AssertionError("step " + step.operationId() + " of the walk failed: " + e.getMessage(), e);
            }
            Map<String, String> served = serve(walk.observations());
            answers.clear();
            Map<String, String> fresh = serve(walk.observations());
            fresh.forEach((name, body) -> {
                if (!body.equals(served.get(name))) {
                    stale.add(step.operationId() + ": " + name + " served as before the write");
                }
            });
            if (!fresh.equals(before)) {
                changing.add(step.operationId());
            }
        }
        assertEquals(List.of(), stale);
        // The walk must exercise the versions: most writes change what the plan shows.
        assertTrue(changing.size() >= 20, "writes that changed an answer: " + changing);
    }

    /** The check itself fails on a change made behind the versions' back. */
    @Test
    void shouldSeeAChangeMadeWithoutMovingTheVersionAsStale() {
        Api.PlanFixture plan = Api.planWithObjective(Api.freshYear());
        List<Observation> observations = Walk.observations(plan.planId(), plan.year(), plan.periodId());
        Map<String, String> before = serve(observations);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update plan set title = concat(title, ' (cambiato di nascosto)') where id = ?1")
                .setParameter(1, plan.planId()).executeUpdate());
        Map<String, String> served = serve(observations);
        answers.clear();
        Map<String, String> fresh = serve(observations);
        assertEquals(before.get("report"), served.get("report"), "served from memory, unaware of the change");
        assertTrue(!fresh.get("report").equals(served.get("report")), "computed afresh, the change shows");
    }

    private static Map<String, String> serve(List<Observation> observations) {
        Map<String, String> bodies = new LinkedHashMap<>();
        for (Observation observation : observations) {
            Response response = observation.get();
            response.then().statusCode(200);
            bodies.put(observation.name(), response.asString());
        }
        return bodies;
    }

    private static TreeSet<String> writeOperations() throws IOException {
        JsonNode contract = new YAMLMapper().readTree(Files.readString(Path.of("..", "openapi.yaml")));
        TreeSet<String> writes = new TreeSet<>();
        contract.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (List.of("post", "put", "patch", "delete").contains(method.getKey())) {
                writes.add(method.getValue().get("operationId").asText());
            }
        }));
        return writes;
    }

    /**
     * A plan imported from the reference Allegato A for a year of its own, and every step of the walk on it, in an
     * order where each finds what it needs.
     */
    private record Walk(long planId, int year, long interimId, List<Observation> observations, List<Step> steps) {

        static Walk prepare() {
            int year = yearWithTheNextFree();
            Response imported = importPlan(AllegatoWorkbooks.referenceForYear(year), "allegato-" + year + "-" + System.nanoTime());
            imported.then().statusCode(201);
            long planId = Api.json().queryParam("year", year).get("/api/v1/plans").then().statusCode(200).extract()
                    .jsonPath().getLong("items[0].id");
            long interimId = Api.json().get("/api/v1/plans/{id}/periods", planId).then().statusCode(200).extract()
                    .jsonPath().getLong("items.find { it.kind == 'INTERIM' }.id");
            return new Walk(planId, year, interimId, observations(planId, year, interimId),
                    new Steps(planId, year, interimId).all());
        }

        /** The cached answers that show the plan: as the web app, a regional system and a spreadsheet ask for them. */
        static List<Observation> observations(long planId, int year, long interimId) {
            return List.of(
                    new Observation("report", Api::json, "/api/v1/plans/" + planId + "/report"),
                    new Observation("report at the interim period", Api::json,
                            "/api/v1/plans/" + planId + "/report?periodId=" + interimId),
                    new Observation("values of the plan, JSON", Api::json,
                            "/api/v1/indicator-values?limit=500&planId=" + planId),
                    new Observation("values of the plan, CSV", () -> Api.json().accept("text/csv"),
                            "/api/v1/indicator-values?limit=500&planId=" + planId),
                    new Observation("values of every plan of the year, JSON", Api::json,
                            "/api/v1/indicator-values?limit=500&year=" + year),
                    new Observation("Allegato A, CSV", Api::json,
                            "/api/v1/plans/" + planId + "/allegato-a?format=csv&periodId=" + interimId));
        }

        /** A past year whose next is free too, for the next-year plan the walk makes. */
        private static int yearWithTheNextFree() {
            for (int i = 0; i < 50; i++) {
                int year = Api.pastYear();
                int next = Api.json().queryParam("year", year + 1).get("/api/v1/plans").then().statusCode(200)
                        .extract().path("total");
                if (next == 0) {
                    return year;
                }
            }
            throw new IllegalStateException("no past year with its next one free");
        }
    }

    static Response importPlan(String text, String key) {
        return given().header("Authorization", "Bearer " + it.perfmon.testing.DefaultCredentials.ADMIN_TOKEN)
                .header("Idempotency-Key", key).contentType(IMPORT_TYPE).body(text.getBytes(StandardCharsets.UTF_8))
                .queryParam("dryRun", false).post("/api/v1/imports/allegato-a");
    }

    /** The steps, each a successful call of one write operation; what they create is kept for the later steps. */
    private static final class Steps {

        private final long planId;
        private final int year;
        private final long interimId;
        private final Map<String, Long> ids = new HashMap<>();
        private Accounts.Session oiv;
        private Accounts.Session session;
        private Accounts.Session otherAdmin;
        private String otherCode;
        private String member;

        Steps(long planId, int year, long interimId) {
            this.planId = planId;
            this.year = year;
            this.interimId = interimId;
        }

        List<Step> all() {
            List<Step> steps = new ArrayList<>();
            steps.add(new Step("importAllegatoA", () -> importPlan(AllegatoWorkbooks.referenceForYear(year).replace(
                    "Numero utenti soddisfatti/numero utenti su cui è stata effettuata la rilevazione",
                    "Numero utenti soddisfatti/numero utenti intervistati"), "reimport-" + System.nanoTime())
                    .then().statusCode(200)));
            steps.add(new Step("publishPlan", () -> Api.json().header("If-Match", etag("/api/v1/plans/" + planId))
                    .post("/api/v1/plans/{id}/publish", planId).then().statusCode(200)));
            steps.add(new Step("updatePlan", () -> Api.json().header("If-Match", etag("/api/v1/plans/" + planId))
                    .body(Map.of("year", year, "title", "Piano della performance " + year + " (aggiornato)"))
                    .put("/api/v1/plans/{id}", planId).then().statusCode(200)));
            steps.add(new Step("createArea", () -> {
                ids.put("area", created(Api.json().body(Map.of("number", 9, "title", "Ambito nuovo"))
                        .post("/api/v1/plans/{id}/areas", planId)));
                ids.put("emptyArea", created(Api.json().body(Map.of("number", 8, "title", "Ambito vuoto"))
                        .post("/api/v1/plans/{id}/areas", planId)));
            }));
            steps.add(new Step("updateArea", () -> put("/api/v1/areas/" + ids.get("area"),
                    Map.of("number", 9, "title", "Ambito nuovo, rinominato"))));
            steps.add(new Step("createObjective", () -> {
                ids.put("objective", created(Api.json().body(objective("9.1", "Obiettivo nuovo")).post("/api/v1/plans/{id}/objectives", planId)));
                // One more for the deletes at the end: the first gets a review of the OIV, which keeps it.
                ids.put("spareObjective", created(Api.json().body(objective("9.2", "Da togliere")).post("/api/v1/plans/{id}/objectives", planId)));
            }));
            steps.add(new Step("updateObjective", () -> put("/api/v1/objectives/" + ids.get("objective"),
                    objective("9.1", "Obiettivo nuovo, riformulato"))));
            steps.add(new Step("createIndicator", () -> {
                ids.put("indicator", created(Api.json().body(direct(50)).post("/api/v1/objectives/{id}/indicators",
                        ids.get("objective"))));
                ids.put("ratio", Api.createIndicator(ids.get("objective"), Map.of("description",
                        "Numero istruttorie effettuate/numero domande pervenute", "kind", "RATIO", "targetValue", 100)));
                // Without figures or results, so that it can be deleted at the end (data keeps an indicator: 409).
                ids.put("spareIndicator", Api.createIndicator(ids.get("objective"), direct(70)));
            }));
            steps.add(new Step("updateIndicator", () -> put("/api/v1/indicators/" + ids.get("indicator"), direct(60))));
            steps.add(new Step("createPhase", () -> ids.put("phase", created(Api.json().body(phase("Fase nuova"))
                    .post("/api/v1/objectives/{id}/phases", ids.get("objective"))))));
            steps.add(new Step("updatePhase", () -> put("/api/v1/phases/" + ids.get("phase"), phase("Fase riscritta"))));
            steps.add(new Step("updatePhaseProgress", () -> Api.json()
                    .header("If-Match", etag("/api/v1/phases/" + ids.get("phase")))
                    .body(Map.of("partialProgress", 40, "monitoringNote", "In corso"))
                    .put("/api/v1/phases/{id}/progress", ids.get("phase")).then().statusCode(200)));
            steps.add(new Step("createPeriod", () -> {
                // The imported Allegato A names the final period already when it has one.
                Number existing = Api.json().get("/api/v1/plans/{id}/periods", planId).then().statusCode(200).extract()
                        .jsonPath().get("items.find { it.kind == 'FINAL' }?.id");
                ids.put("final", existing != null ? Long.valueOf(existing.longValue()) : Long.valueOf(created(Api.json()
                        .body(period("FINAL", "12-31", "Monitoraggio finale")).post("/api/v1/plans/{id}/periods", planId))));
                ids.put("sparePeriod", created(Api.json().body(period("INTERIM", "09-30", "Monitoraggio al 30/09"))
                        .post("/api/v1/plans/{id}/periods", planId)));
            }));
            steps.add(new Step("updatePeriod", () -> put("/api/v1/periods/" + ids.get("sparePeriod"),
                    period("INTERIM", "09-30", "Monitoraggio del terzo trimestre"))));
            steps.add(new Step("saveResult", () -> Api.json().body(Map.of("enteredValue", 55, "monitoringNote",
                    "Rilevazione di giugno")).put("/api/v1/indicators/{i}/results/{p}", ids.get("indicator"), interimId)
                    .then().statusCode(201)));
            steps.add(new Step("saveAssessment", () -> Api.json()
                    .header("If-Match", etag("/api/v1/indicators/" + ids.get("indicator") + "/assessments/" + interimId))
                    .body(Map.of("step", 2, "deviationExplanation", "Meno domande del previsto"))
                    .put("/api/v1/indicators/{i}/assessments/{p}", ids.get("indicator"), interimId).then()
                    .statusCode(200)));
            steps.add(new Step("putCount", () -> Api.json().body(Map.of("component", "DENOMINATOR", "from",
                    year + "-01-01", "to", year + "-06-30", "value", 106)).put("/api/v1/indicators/{id}/counts",
                    ids.get("ratio")).then().statusCode(201)));
            steps.add(new Step("postCountBatch", () -> Api.json().header("Idempotency-Key", "conteggi-" + System.nanoTime())
                    .body(Map.of("rows", List.of(Map.of("indicatorId", ids.get("ratio"), "component", "NUMERATOR",
                            "from", year + "-01-01", "to", year + "-06-30", "value", 96))))
                    .post("/api/v1/counts/batch").then().statusCode(200)));
            steps.add(new Step("attachResultEvidence", () -> ids.put("resultEvidence", created(upload()
                    .post("/api/v1/indicators/{i}/results/{p}/evidence", ids.get("indicator"), interimId)))));
            steps.add(new Step("attachPhaseEvidence", () -> ids.put("phaseEvidence", created(upload()
                    .post("/api/v1/phases/{id}/evidence", ids.get("phase"))))));
            steps.add(new Step("deleteEvidence", () -> Api.json().delete("/api/v1/evidence/{id}", ids.get("phaseEvidence"))
                    .then().statusCode(204)));
            steps.add(new Step("openCollection", () -> Api.json().body(Map.of("deadline",
                    LocalDate.now().plusDays(10).toString())).post("/api/v1/periods/{p}/collection", ids.get("sparePeriod"))
                    .then().statusCode(201)));
            steps.add(new Step("sendCollectionReminders", () -> Api.json()
                    .post("/api/v1/periods/{p}/collection/reminders", ids.get("sparePeriod")).then().statusCode(200)));
            steps.add(new Step("submitCollectionPart", () -> part("submit", Map.of())));
            steps.add(new Step("returnCollectionPart", () -> part("return", Map.of("reason", "Manca la fonte dei dati"))));
            steps.add(new Step("acceptCollectionPart", () -> {
                part("submit", Map.of());
                part("accept", Map.of());
            }));
            steps.add(new Step("deleteResult", () -> Api.json().delete("/api/v1/indicators/{i}/results/{p}",
                    ids.get("indicator"), interimId).then().statusCode(204)));
            steps.add(new Step("closePeriod", () -> Api.json().post("/api/v1/periods/{id}/close", ids.get("final"))
                    .then().statusCode(200)));
            steps.add(new Step("saveOivReview", () -> oiv().request().body(Map.of("outcome", "VERIFIED"))
                    .put("/api/v1/periods/{p}/oiv-reviews/{o}", ids.get("final"), ids.get("objective")).then()
                    .statusCode(201)));
            steps.add(new Step("saveOivValidation", () -> oiv().request().body(Map.of("outcome", "VALIDATED",
                    "reasoning", "Dati verificati a campione")).put("/api/v1/periods/{p}/oiv-validation", ids.get("final"))
                    .then().statusCode(201)));
            steps.add(new Step("reopenPeriod", () -> Api.json().body(Map.of("reason", "Rettifica di un dato"))
                    .post("/api/v1/periods/{id}/reopen", ids.get("final")).then().statusCode(200)));
            steps.add(new Step("deletePhase", () -> Api.json().delete("/api/v1/phases/{id}", ids.get("phase")).then()
                    .statusCode(204)));
            steps.add(new Step("deleteIndicator", () -> Api.json().delete("/api/v1/indicators/{id}", ids.get("spareIndicator"))
                    .then().statusCode(204)));
            steps.add(new Step("deleteObjective", () -> Api.json().delete("/api/v1/objectives/{id}",
                    ids.get("spareObjective")).then().statusCode(204)));
            steps.add(new Step("deleteArea", () -> Api.json().delete("/api/v1/areas/{id}", ids.get("emptyArea")).then()
                    .statusCode(204)));
            steps.add(new Step("deletePeriod", () -> Api.json().delete("/api/v1/periods/{id}", ids.get("sparePeriod"))
                    .then().statusCode(204)));
            steps.add(new Step("createNextYearPlan", () -> ids.put("nextYear", Api.json().body(Map.of(
                    "provisionalReason", "Il monitoraggio finale è stato riaperto per una rettifica"))
                    .post("/api/v1/plans/{id}/next-year", planId).then().statusCode(201).extract().jsonPath()
                    .getLong("plan.id"))));
            steps.add(new Step("createPlan", () -> ids.put("otherPlan", created(Api.json()
                    .body(Map.of("year", Api.freshYear(), "title", "Piano da togliere")).post("/api/v1/plans")))));
            // The next year's plan has objectives, which are never cascaded away (409): it stays.
            steps.add(new Step("deletePlan", () -> Api.json().delete("/api/v1/plans/{id}", ids.get("otherPlan")).then()
                    .statusCode(204)));
            steps.add(new Step("createUser", () -> ids.put("user", created(Api.json().body(Map.of("username",
                    "versioni." + System.nanoTime() % 1_000_000, "displayName", "Verifica delle versioni", "password",
                    Accounts.PASSWORD, "role", "EDITOR", "structures", List.of("DIREZIONE"))).post("/api/v1/users")))));
            steps.add(new Step("updateUser", () -> {
                JsonNode user = Api.json().get("/api/v1/users/{id}", ids.get("user")).then().statusCode(200).extract()
                        .as(JsonNode.class);
                put("/api/v1/users/" + ids.get("user"), Map.of("username", user.get("username").asText(),
                        "displayName", "Verifica delle versioni (rinominato)", "role", "VIEWER"));
            }));
            steps.add(new Step("deleteUser", () -> Api.json().delete("/api/v1/users/{id}", ids.get("user")).then()
                    .statusCode(204)));
            steps.add(new Step("createToken", () -> ids.put("token", created(Api.json().body(Map.of("name",
                    "versioni " + System.nanoTime(), "scopes", List.of("values:read"), "expiresOn",
                    LocalDate.now().plusMonths(1).toString())).post("/api/v1/tokens")))));
            steps.add(new Step("revokeToken", () -> Api.json().delete("/api/v1/tokens/{id}", ids.get("token")).then()
                    .statusCode(204)));
            steps.add(new Step("login", () -> session = Accounts.login(Accounts.createUser("VIEWER", List.of()))));
            steps.add(new Step("updateMyPreferences", () -> session.request()
                    .header("If-Match", session.request().get("/api/v1/auth/me/preferences").then().statusCode(200)
                            .extract().header("ETag"))
                    .body(Map.of("remindersEnabled", false)).put("/api/v1/auth/me/preferences").then().statusCode(200)));
            steps.add(new Step("logout", () -> session.request().post("/api/v1/auth/logout").then().statusCode(204)));
            // The plan's organisation renamed shows in its report; named back, so that other tests see ARTI as seeded.
            steps.add(new Step("updateOrganisation", () -> {
                String name = Api.json().get("/api/v1/organisations/ARTI").then().statusCode(200).extract().path("name");
                organisation(Map.of("name", name + " (rinominata)"));
                organisation(Map.of("name", name));
            }));
            steps.add(new Step("createOrganisation", () -> {
                String code = "DV" + System.nanoTime() % 1_000_000;
                Accounts.login(Accounts.createUser("REGIONAL", List.of())).request().body(Map.of("code", code, "name",
                        "Ente delle versioni", "administrator", Map.of("username", "admin." + code.toLowerCase(),
                                "displayName", "Amministratore " + code, "password", Accounts.PASSWORD)))
                        .post("/api/v1/organisations").then().statusCode(201);
                ids.put(code, 0L);
                otherAdmin = Accounts.login("admin." + code.toLowerCase());
                otherCode = code;
            }));
            steps.add(new Step("createStructure", () -> otherAdmin.request().body(Map.of("code", "DIR", "name",
                    "Direzione")).post("/api/v1/organisations/{c}/structures", otherCode).then().statusCode(201)));
            steps.add(new Step("createTerritorialUnit", () -> otherAdmin.request().body(Map.of("code", "FI", "name",
                    "Firenze")).post("/api/v1/organisations/{c}/territorial-units", otherCode).then().statusCode(201)));
            // A person of ARTI made an editor of the other organisation, who acts there, then no longer a member.
            steps.add(new Step("saveMember", () -> {
                member = Accounts.createUser("VIEWER", List.of());
                otherAdmin.request().body(Map.of("role", "EDITOR", "structures", List.of("DIR")))
                        .put("/api/v1/organisations/{c}/members/{u}", otherCode, member).then().statusCode(201);
            }));
            steps.add(new Step("switchOrganisation", () -> Accounts.login(member).request()
                    .body(Map.of("organisation", otherCode)).put("/api/v1/auth/me/organisation").then().statusCode(200)));
            steps.add(new Step("removeMember", () -> otherAdmin.request()
                    .delete("/api/v1/organisations/{c}/members/{u}", otherCode, member).then().statusCode(204)));
            return steps;
        }

        private Accounts.Session oiv() {
            if (oiv == null) {
                oiv = Accounts.login(Accounts.createUser("OIV", List.of()));
            }
            return oiv;
        }

        private void part(String action, Map<String, Object> body) {
            RequestSpecification request = Api.json();
            if (!body.isEmpty()) {
                request = request.body(body);
            }
            request.post("/api/v1/periods/{p}/collection/structures/{s}/" + action, ids.get("sparePeriod"),
                    Api.structureId("DIREZIONE")).then().statusCode(200);
        }

        private static RequestSpecification upload() {
            return given().header("Authorization", "Bearer " + it.perfmon.testing.DefaultCredentials.ADMIN_TOKEN)
                    .multiPart(new MultiPartSpecBuilder("settore;istruttorie\nAR-SI;96\n".getBytes(StandardCharsets.UTF_8))
                            .controlName("file").fileName("istruttorie.csv").mimeType("text/csv").build());
        }

        private Map<String, Object> objective(String code, String title) {
            Map<String, Object> body = new HashMap<>(Api.objectiveBody(ids.get("area"), code));
            body.put("title", title);
            return body;
        }

        private static Map<String, Object> direct(int target) {
            return Map.of("description", "Numero utenti soddisfatti/numero utenti su cui è stata effettuata la rilevazione",
                    "kind", "DIRECT", "targetValue", target, "baselineValue", 79.69, "baselineReference", "dato 2020");
        }

        private Map<String, Object> phase(String description) {
            return Map.of("number", 1, "description", description, "plannedStart", year + "-01-01", "plannedEnd",
                    year + "-09-30", "weight", 100);
        }

        private Map<String, Object> period(String kind, String day, String label) {
            return Map.of("kind", kind, "referenceDate", year + "-" + day, "label", label);
        }

        private static void organisation(Map<String, Object> body) {
            put("/api/v1/organisations/ARTI", body);
        }

        private static void put(String path, Map<String, Object> body) {
            Api.json().header("If-Match", etag(path)).body(body).put(path).then().statusCode(200);
        }

        private static String etag(String path) {
            return Api.json().get(path).then().statusCode(200).extract().header("ETag");
        }

        private static long created(Response response) {
            return response.then().statusCode(201).extract().jsonPath().getLong("id");
        }
    }
}
