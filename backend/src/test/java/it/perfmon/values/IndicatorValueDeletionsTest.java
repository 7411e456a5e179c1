package it.perfmon.values;

import static io.restassured.RestAssured.given;
import static it.perfmon.testing.Api.json;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import it.perfmon.testing.Api;
import it.perfmon.testing.Problems;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An incremental sync (updatedSince) must see every change, deletions included: the rows a deleted result or phase
 * fed come again with their new value, the rows of a deleted indicator, objective or period are listed as removals.
 */
@QuarkusTest
class IndicatorValueDeletionsTest {

    private static final String VALUES = "/api/v1/indicator-values";
    private static final String REMOVALS = "/api/v1/indicator-values/removals";

    private record Fixture(Api.PlanFixture plan, long finalPeriod, long timeline, long satisfaction, long phase) {

        static Fixture create() {
            Api.PlanFixture plan = Api.planWithObjective(Api.pastYear());
            long finalPeriod = Api.createPeriod(plan.planId(), plan.year() + "-12-31", "FINAL");
            long timeline = Api.createTimelineIndicator(plan.objectiveId());
            long satisfaction = Api.createDirectIndicator(plan.objectiveId());
            long phase = Api.createPhase(plan.objectiveId(), 1, plan.year() + "-01-01", plan.year() + "-03-31", 100);
            return new Fixture(plan, finalPeriod, timeline, satisfaction, phase);
        }
    }

    private static RequestSpecification since(Fixture f, Instant since) {
        return given().queryParam("planId", f.plan().planId()).queryParam("updatedSince", since.toString());
    }

    private static JsonPath changedRows(Fixture f, Instant since) {
        return since(f, since).get(VALUES).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath removals(Fixture f, Instant since) {
        return since(f, since).get(REMOVALS).then().statusCode(200).extract().jsonPath();
    }

    /** A moment strictly after every change made so far, as the database keeps times to the microsecond. */
    private static Instant now() throws InterruptedException {
        Thread.sleep(2);
        Instant now = Instant.now();
        Thread.sleep(2);
        return now;
    }

    @Test
    void shouldSendAgainTheRowsOfAnIndicatorWhoseResultWasDeleted() throws InterruptedException {
        Fixture f = fixture();
        json().body(Map.of("enteredValue", 84.5, "monitoringNote", "Rilevazione di giugno"))
                .put("/api/v1/indicators/{id}/results/{periodId}", f.satisfaction(), f.plan().periodId())
                .then().statusCode(201);
        Instant before = now();
        assertEquals(0, changedRows(f, before).getInt("total"));

        json().delete("/api/v1/indicators/{id}/results/{periodId}", f.satisfaction(), f.plan().periodId())
                .then().statusCode(204);

        JsonPath changed = changedRows(f, before);
        Map<String, Object> interim = changed.getMap("items.find { it.indicatorId == %d && it.periodKind == 'INTERIM' }"
                .formatted(f.satisfaction()));
        assertEquals(null, interim.get("valueUsed"), "the deleted entered value is no longer used");
        assertEquals(null, interim.get("monitoringNote"));
        assertTrue(Instant.parse((String) interim.get("updatedAt")).isAfter(before));
        assertEquals(List.of(f.satisfaction()), changed.getList("items.indicatorId", Long.class).stream().distinct().toList());
    }

    @Test
    void shouldSendAgainTheRowsOfATimelineWhosePhaseWasDeleted() throws InterruptedException {
        Fixture f = fixture();
        json().header("If-Match", Api.etag("/api/v1/phases/{id}", f.phase()))
                .body(Map.of("actualEnd", f.plan().year() + "-03-15", "monitoringNote", "Linee guida adottate"))
                .put("/api/v1/phases/{id}/progress", f.phase()).then().statusCode(200);
        Instant before = now();

        json().delete("/api/v1/phases/{id}", f.phase()).then().statusCode(204);

        JsonPath changed = changedRows(f, before);
        assertEquals(List.of(f.timeline(), f.timeline()), changed.getList("items.indicatorId", Long.class),
                "the timeline's rows, at both periods, and no other");
        Object value = changed.get("items[0].computedValue");
        assertTrue(value == null || new BigDecimal(value.toString()).signum() == 0,
                "the completed phase no longer counts: " + value);
    }

    @Test
    void shouldListADeletedIndicatorAsARemoval() throws InterruptedException {
        Fixture f = fixture();
        long spare = Api.createDirectIndicator(f.plan().objectiveId());
        Instant before = now();

        json().delete("/api/v1/indicators/{id}", spare).then().statusCode(204);

        JsonPath removed = removals(f, before);
        assertEquals(List.of(spare), removed.getList("items.indicatorId", Long.class));
        assertEquals(null, removed.getString("items[0].periodId"), "its rows at every period");
        assertEquals(f.plan().objectiveId(), removed.getLong("items[0].objectiveId"));
        Instant removedAt = Instant.parse(removed.getString("items[0].removedAt"));
        assertTrue(removedAt.isAfter(before));
        assertEquals(0, removals(f, removedAt).getInt("total"), "a sync from the last removal sees it no more");
        assertEquals(0, changedRows(f, before).getInt("total"), "no row of the plan changed");
    }

    @Test
    void shouldListTheIndicatorsOfADeletedObjectiveAsRemovals() throws InterruptedException {
        Fixture f = fixture();
        long objective = Api.createObjective(f.plan().planId(), f.plan().areaId(), "1.9", 4);
        long first = Api.createDirectIndicator(objective);
        long second = Api.createTimelineIndicator(objective);
        Instant before = now();

        json().delete("/api/v1/objectives/{id}", objective).then().statusCode(204);

        JsonPath removed = removals(f, before);
        assertEquals(List.of(first, second), removed.getList("items.indicatorId", Long.class).stream().sorted().toList());
        given().queryParam("objectiveId", f.plan().objectiveId()).queryParam("updatedSince", before.toString())
                .get(REMOVALS).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void shouldListADeletedPeriodAsARemoval() throws InterruptedException {
        Fixture f = fixture();
        long september = Api.createPeriod(f.plan().planId(), f.plan().year() + "-09-30", "INTERIM");
        Instant before = now();

        json().delete("/api/v1/periods/{id}", september).then().statusCode(204);

        JsonPath removed = removals(f, before);
        assertEquals(List.of(september), removed.getList("items.periodId", Long.class));
        assertEquals(null, removed.getString("items[0].indicatorId"), "every indicator's row at it");
        given().queryParam("periodId", f.finalPeriod()).queryParam("updatedSince", before.toString())
                .get(REMOVALS).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void shouldSendAgainTheRowsOfAnObjectiveWhoseTitleChanged() throws InterruptedException {
        Fixture f = fixture();
        Instant before = now();
        Map<String, Object> body = new java.util.HashMap<>(Api.objectiveBody(f.plan().areaId(), "1.1"));
        body.put("title", "Linee guida per le politiche attive, seconda edizione");
        json().header("If-Match", Api.etag("/api/v1/objectives/{id}", f.plan().objectiveId())).body(body)
                .put("/api/v1/objectives/{id}", f.plan().objectiveId()).then().statusCode(200);

        JsonPath changed = changedRows(f, before);
        assertEquals(4, changed.getInt("total"), "two indicators at two periods");
        assertEquals(List.of("Linee guida per le politiche attive, seconda edizione"),
                changed.getList("items.objectiveTitle", String.class).stream().distinct().toList());
    }

    @Test
    void shouldRefuseRemovalFiltersThatDeletedRowsNoLongerHave() {
        given().queryParam("areaId", 1).queryParam("programmingLink", "DEFR").get(REMOVALS).then()
                .spec(Problems.problem(400, "areaId")).spec(Problems.problem(400, "programmingLink"));
    }

    private static Fixture fixture() {
        return Fixture.create();
    }
}
