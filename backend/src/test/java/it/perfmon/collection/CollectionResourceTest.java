package it.perfmon.collection;

import static it.perfmon.testing.Api.json;
import static it.perfmon.testing.Problems.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import it.perfmon.testing.Accounts;
import it.perfmon.testing.Api;
import it.perfmon.testing.Api.SharedPlan;
import it.perfmon.testing.Arti2021;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The monitoring cycle's collection: opening it, what each structure is asked for, submit, return, accept. */
@QuarkusTest
class CollectionResourceTest {

    private static final String COLLECTION = "/api/v1/periods/{period}/collection";
    private static final String PART = COLLECTION + "/structures/{structure}";

    private static SharedPlan plan;
    private static long indicatorId;
    private static long direzione;
    private static Accounts.Session direzioneEditor;
    private static final AtomicInteger NEXT_WEEK = new AtomicInteger();

    // Not @BeforeAll, which may run before the application has started. One plan for the class: plan years are a
    // budget of all the tests; each test opens the collection of a period of its own in it.
    @BeforeEach
    void shareOnePlan() {
        if (plan == null) {
            plan = SharedPlan.create();
            indicatorId = Api.createDirectIndicator(plan.newObjective().objectiveId());
            direzione = Api.structureId("DIREZIONE");
            direzioneEditor = Accounts.login(Accounts.createUser("EDITOR", List.of("DIREZIONE")));
        }
    }

    @Test
    void shouldOpenACollectionWithAPartPerResponsibleStructure() {
        long period = newPeriod();
        String deadline = LocalDate.now().plusDays(15).toString();
        json().body(Map.of("deadline", deadline, "message", "Valori e valutazioni entro il 15"))
                .post(COLLECTION, period).then().statusCode(201)
                .body("periodId", equalTo((int) period)).body("deadline", equalTo(deadline))
                .body("message", equalTo("Valori e valutazioni entro il 15")).body("openedBy", notNullValue())
                .body("parts", hasSize(1)).body("parts[0].structureCode", equalTo("DIREZIONE"))
                .body("parts[0].state", equalTo("OPEN"))
                .body("parts[0].outstanding.indicators", equalTo(1));
        json().get(COLLECTION, period).then().statusCode(200).body("parts[0].state", equalTo("OPEN"));
    }

    @Test
    void shouldGiveAPartToAStructureThatGetsAnObjectiveAfterTheOpening() {
        long period = openedPeriod();
        long rpct = Api.structureId("RPCT");
        long objective = plan.newObjective().objectiveId();
        long indicator = Api.createDirectIndicator(objective);
        String path = "/api/v1/objectives/{id}";
        JsonPath read = json().get(path, objective).then().statusCode(200).extract().jsonPath();
        Map<String, Object> moved = new java.util.HashMap<>(Map.of("areaId", read.getLong("areaId"),
                "code", read.getString("code"), "title", read.getString("title"), "weight", 8));
        moved.put("responsibleStructureId", rpct);
        try {
            json().header("If-Match", Api.etag(path, objective)).body(moved).put(path, objective).then().statusCode(200);
            json().get(COLLECTION, period).then().statusCode(200).body("parts.structureCode", hasItem("RPCT"));
            json().get(PART, period, rpct).then().statusCode(200).body("state", equalTo("OPEN"))
                    .body("items.objectiveId", hasItem((int) objective));
        } finally {
            // Back to DIREZIONE, so that the collections the other tests open in this plan have one part.
            json().delete("/api/v1/indicators/{id}", indicator).then().statusCode(204);
            moved.put("responsibleStructureId", direzione);
            json().header("If-Match", Api.etag(path, objective)).body(moved).put(path, objective).then().statusCode(200);
        }
    }

    @Test
    void shouldTakeTheServicesReminderDefaultsUnlessTheCollectionSetsItsOwn() {
        json().body(Map.of("deadline", LocalDate.now().plusDays(5).toString())).post(COLLECTION, newPeriod())
                .then().statusCode(201).body("leadDays", equalTo(3)).body("everyDays", equalTo(2));
        long period = newPeriod();
        json().body(Map.of("deadline", LocalDate.now().plusDays(5).toString(), "leadDays", 0, "everyDays", 30))
                .post(COLLECTION, period).then().statusCode(201).body("leadDays", equalTo(0)).body("everyDays", equalTo(30));
        json().get(COLLECTION, period).then().statusCode(200).body("leadDays", equalTo(0)).body("everyDays", equalTo(30));
    }

    @Test
    void shouldRefuseLeadDaysAndFrequenciesOutOfRangeNamingThem() {
        long period = newPeriod();
        String deadline = LocalDate.now().plusDays(5).toString();
        json().body(Map.of("deadline", deadline, "leadDays", 61, "everyDays", 0)).post(COLLECTION, period)
                .then().spec(problem(400, "leadDays")).spec(problem(400, "everyDays"));
        json().body(Map.of("deadline", deadline, "leadDays", -1, "everyDays", 31)).post(COLLECTION, period)
                .then().spec(problem(400, "leadDays")).spec(problem(400, "everyDays"));
        json().get(COLLECTION, period).then().spec(problem(404));
    }

    @Test
    void shouldRefuseASecondCollectionAndAClosedPeriod() {
        long period = openedPeriod();
        json().body(Map.of("deadline", LocalDate.now().plusDays(1).toString())).post(COLLECTION, period)
                .then().spec(problem(409, "periodId"));
        long closed = newPeriod();
        json().post("/api/v1/periods/{id}/close", closed).then().statusCode(200);
        json().body(Map.of("deadline", LocalDate.now().plusDays(1).toString())).post(COLLECTION, closed)
                .then().spec(problem(409, "periodId"));
    }

    @Test
    void shouldRefuseADeadlineMissingOrInThePast() {
        long period = newPeriod();
        json().body(Map.of("message", "senza scadenza")).post(COLLECTION, period).then().spec(problem(400, "deadline"));
        json().body(Map.of("deadline", LocalDate.now().minusDays(2).toString())).post(COLLECTION, period)
                .then().spec(problem(400, "deadline"));
        json().get(COLLECTION, period).then().spec(problem(404));
    }

    @Test
    void shouldGoThroughSubmitReturnResubmitAccept() {
        long period = openedPeriod();
        direzioneEditor.request().post(PART + "/submit", period, direzione).then().statusCode(200)
                .header("ETag", notNullValue())
                .body("state", equalTo("SUBMITTED")).body("submittedBy", notNullValue())
                .body("submittedAt", notNullValue());
        long partId = json().body(Map.of("reason", "Manca la valutazione dell'indicatore"))
                .post(PART + "/return", period, direzione).then().statusCode(200)
                .body("state", equalTo("RETURNED")).body("returnReason", equalTo("Manca la valutazione dell'indicatore"))
                .body("decidedBy", notNullValue()).extract().jsonPath().getLong("id");
        direzioneEditor.request().post(PART + "/submit", period, direzione).then().statusCode(200)
                .body("state", equalTo("SUBMITTED"));
        json().post(PART + "/accept", period, direzione).then().statusCode(200)
                .body("state", equalTo("ACCEPTED")).body("decidedAt", notNullValue());
        JsonPath trail = json().queryParam("entityType", "collectionPart").queryParam("entityId", partId)
                .get("/api/v1/audit").then().statusCode(200).extract().jsonPath();
        assertEquals(4, trail.getList("items").size());
        assertTrue(
                trail.getList("items.reason").contains("Manca la valutazione dell'indicatore"));
    }

    @Test
    void shouldRefuseIllegalTransitionsNamingTheState() {
        long period = openedPeriod();
        json().post(PART + "/accept", period, direzione).then().spec(problem(409, "state"));
        json().body(Map.of("reason", "Da rivedere")).post(PART + "/return", period, direzione)
                .then().spec(problem(409, "state"));
        json().post(PART + "/submit", period, direzione).then().statusCode(200);
        json().post(PART + "/submit", period, direzione).then().spec(problem(409, "state"));
        json().post(PART + "/accept", period, direzione).then().statusCode(200);
        json().post(PART + "/accept", period, direzione).then().spec(problem(409, "state"));
        json().post(PART + "/submit", period, direzione).then().spec(problem(409, "state"));
    }

    @Test
    void shouldRequireAReasonToReturn() {
        long period = openedPeriod();
        json().post(PART + "/submit", period, direzione).then().statusCode(200);
        json().body(Map.of("reason", " ")).post(PART + "/return", period, direzione).then().spec(problem(400, "reason"));
    }

    @Test
    void shouldHonourIfMatchOnParts() {
        long period = openedPeriod();
        String etag = json().get(PART, period, direzione).then().statusCode(200).extract().header("ETag");
        json().header("If-Match", "\"99\"").post(PART + "/submit", period, direzione).then().spec(problem(412));
        json().header("If-Match", etag).post(PART + "/submit", period, direzione).then().statusCode(200)
                .header("ETag", not(equalTo(etag)));
    }

    @Test
    void shouldLetOnlyTheStructuresEditorsAndAdministratorsSubmit() {
        long period = openedPeriod();
        Accounts.Session otherEditor = Accounts.login(Accounts.createUser("EDITOR", List.of("RPCT")));
        Accounts.Session viewer = Accounts.login(Accounts.createUser("VIEWER", List.of()));
        String readingToken = Accounts.createToken(List.of("values:read"), List.of());
        otherEditor.request().post(PART + "/submit", period, direzione).then().spec(problem(403));
        viewer.request().post(PART + "/submit", period, direzione).then().spec(problem(403));
        Accounts.withToken(readingToken).post(PART + "/submit", period, direzione).then().spec(problem(403));
        direzioneEditor.request().post(PART + "/submit", period, direzione).then().statusCode(200);
    }

    @Test
    void shouldLetOnlyAdministratorsOpenReturnAndAccept() {
        long period = newPeriod();
        Map<String, String> open = Map.of("deadline", LocalDate.now().plusDays(3).toString());
        direzioneEditor.request().body(open).post(COLLECTION, period).then().spec(problem(403));
        json().body(open).post(COLLECTION, period).then().statusCode(201);
        direzioneEditor.request().post(PART + "/submit", period, direzione).then().statusCode(200);
        direzioneEditor.request().post(PART + "/accept", period, direzione).then().spec(problem(403));
        direzioneEditor.request().body(Map.of("reason", "Rimando indietro")).post(PART + "/return", period, direzione)
                .then().spec(problem(403));
        Accounts.withToken(Accounts.createToken(List.of("values:read"), List.of()))
                .post(PART + "/accept", period, direzione).then().spec(problem(403));
        json().post(PART + "/accept", period, direzione).then().statusCode(200);
    }

    @Test
    void shouldLockTheStructuresResultsForEditorsWhileSubmitted() {
        long period = openedPeriod();
        String result = "/api/v1/indicators/{indicator}/results/{period}";
        Map<String, Object> body = Map.of("enteredValue", 80, "monitoringNote", "Rilevazione del primo semestre");
        direzioneEditor.request().post(PART + "/submit", period, direzione).then().statusCode(200);
        direzioneEditor.request().body(body).put(result, indicatorId, period).then().spec(problem(409, "state"));
        json().body(body).put(result, indicatorId, period).then().statusCode(201);
        String etag = Api.etag(result, indicatorId, period);
        json().body(Map.of("reason", "Aggiornare il valore")).post(PART + "/return", period, direzione)
                .then().statusCode(200);
        direzioneEditor.request().header("If-Match", etag).body(Map.of("enteredValue", 81)).put(result, indicatorId, period)
                .then().statusCode(200);
        direzioneEditor.request().post(PART + "/submit", period, direzione).then().statusCode(200);
        json().post(PART + "/accept", period, direzione).then().statusCode(200);
        direzioneEditor.request().delete(result, indicatorId, period).then().spec(problem(409, "state"));
    }

    @Test
    void shouldRefuseToCloseOverUnacceptedPartsWithoutAReason() {
        long period = openedPeriod();
        json().post("/api/v1/periods/{id}/close", period).then().spec(problem(409, "reason"))
                .body("detail", containsString("DIREZIONE"));
        String reason = "Chiusura per la scadenza della relazione, Direzione in ritardo";
        json().queryParam("reason", reason).post("/api/v1/periods/{id}/close", period).then().statusCode(200)
                .body("status", equalTo("CLOSED"));
        json().queryParam("entityType", "period").queryParam("entityId", period).get("/api/v1/audit").then()
                .statusCode(200).body("items.reason", hasItem(reason));
    }

    @Test
    void shouldCloseWithoutAReasonOnceEveryPartIsAccepted() {
        long period = openedPeriod();
        json().post(PART + "/submit", period, direzione).then().statusCode(200);
        json().post(PART + "/accept", period, direzione).then().statusCode(200);
        json().post("/api/v1/periods/{id}/close", period).then().statusCode(200).body("status", equalTo("CLOSED"));
        json().post(PART + "/submit", period, direzione).then().spec(problem(409, "periodId"));
    }

    @Test
    void shouldListWhatEachStructureIsAskedForIn2021Interim() {
        long period = Arti2021.interimPeriodId();
        long rpct = Api.structureId("RPCT");
        json().body(Map.of("deadline", LocalDate.now().plusDays(10).toString())).post(COLLECTION, period)
                .then().statusCode(201).body("parts.structureCode", equalTo(List.of("DIREZIONE", "RPCT")));
        try {
            // 4.4's second indicator has no value at 30/06/2021; its first has one, and both are assessed.
            json().get(PART, period, rpct).then().statusCode(200)
                    .body("state", equalTo("OPEN"))
                    .body("items", hasSize(1))
                    .body("items[0].kind", equalTo("INDICATOR")).body("items[0].objectiveCode", equalTo("4.4"))
                    .body("items[0].number", equalTo(2)).body("items[0].reasons", equalTo(List.of("VALUE")))
                    .body("outstanding.indicators", equalTo(1)).body("outstanding.phasesDue", equalTo(0));
            JsonPath direzioneItems = json().get(PART, period, direzione).then().statusCode(200).extract().jsonPath();
            // 4.1 is surveyed at year end: no value yet, though assessed.
            assertEquals(List.of("VALUE"), direzioneItems.getList(
                    "items.find { it.kind == 'INDICATOR' && it.objectiveCode == '4.1' }.reasons"));
            // 2.2's first phase was due on 30/04/2021 and never ended: due by the period and late today.
            assertEquals(List.of("DUE", "LATE"), direzioneItems.getList(
                    "items.find { it.kind == 'PHASE' && it.objectiveCode == '2.2' && it.number == 1 }.reasons"));
            // 1.1's third phase is planned for 30/08/2021: not due by 30 June, but late today.
            assertEquals(List.of("LATE"), direzioneItems.getList(
                    "items.find { it.kind == 'PHASE' && it.objectiveCode == '1.1' && it.number == 3 }.reasons"));
            // 1.7's first phase ended on 02/03/2021: nothing asked.
            assertNull(direzioneItems.get(
                    "items.find { it.kind == 'PHASE' && it.objectiveCode == '1.7' && it.number == 1 }"));
        } finally {
            forget2021Collection(period);
        }
    }

    /** The 2021 plan is every test's reference: its collection goes, so that it can still be closed without reason. */
    private static void forget2021Collection(long period) {
        QuarkusTransaction.requiringNew().run(() -> Collection.delete("period.id", period));
        json().get(COLLECTION, period).then().statusCode(404);
    }

    private static long newPeriod() {
        LocalDate date = LocalDate.of(plan.year(), 1, 7).plusWeeks(NEXT_WEEK.getAndIncrement());
        return Api.createPeriod(plan.planId(), date.toString(), "INTERIM");
    }

    private static long openedPeriod() {
        long period = newPeriod();
        json().body(Map.of("deadline", LocalDate.now().plusDays(7).toString())).post(COLLECTION, period)
                .then().statusCode(201);
        return period;
    }
}
