package it.perfmon.audit;

import static it.perfmon.testing.Api.json;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import it.perfmon.testing.Api;
import it.perfmon.testing.Api.PlanFixture;
import it.perfmon.testing.Api.SharedPlan;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An objective's history is what moved its figures: its own changes and those of its indicators, phases, results
 * and counts (a phase reported done moves a timeline from 50% to 100%), deleted ones included.
 */
@QuarkusTest
class ObjectiveHistoryTest {

    private static SharedPlan plan;

    @BeforeEach
    void shareOnePlan() {
        if (plan == null) {
            plan = SharedPlan.createInThePast();
        }
    }

    private static io.restassured.response.ValidatableResponse history(long objectiveId) {
        return json().queryParam("objectiveId", objectiveId).queryParam("limit", 100).get("/api/v1/audit").then()
                .statusCode(200);
    }

    @Test
    void shouldIncludeTheChangesOfItsPhasesIndicatorsAndResults() {
        PlanFixture fixture = plan.newObjective();
        int year = plan.year();
        long phase = Api.createPhase(fixture.objectiveId(), 1, year + "-01-04", year + "-03-31", 100);
        long indicator = Api.createTimelineIndicator(fixture.objectiveId());
        json().header("If-Match", "\"0\"").body(Map.of("actualEnd", year + "-03-02"))
                .put("/api/v1/phases/{id}/progress", phase).then().statusCode(200);
        json().body(Map.of("monitoringNote", "Fase conclusa il 02/03"))
                .put("/api/v1/indicators/{id}/results/{periodId}", indicator, fixture.periodId()).then().statusCode(201);
        history(fixture.objectiveId())
                .body("items.entityType", hasItems("objective", "phase", "indicator", "result"))
                .body("items.findAll { it.entityType == 'phase' }.action", hasItems("CREATE", "UPDATE"))
                .body("items.find { it.entityType == 'phase' && it.action == 'UPDATE' }.changes.field",
                        hasItem("actualEnd"));
    }

    @Test
    void shouldKeepTheHistoryOfADeletedPhase() {
        PlanFixture fixture = plan.newObjective();
        long phase = Api.createPhase(fixture.objectiveId(), 1, plan.year() + "-01-04", plan.year() + "-03-31", 100);
        json().delete("/api/v1/phases/{id}", phase).then().statusCode(204);
        history(fixture.objectiveId()).body("items.findAll { it.entityType == 'phase' }.action",
                hasItems("CREATE", "DELETE"));
    }

    @Test
    void shouldLeaveOutOtherObjectives() {
        PlanFixture mine = plan.newObjective();
        PlanFixture other = plan.newObjective();
        long otherPhase = Api.createPhase(other.objectiveId(), 1, plan.year() + "-01-04", plan.year() + "-03-31", 100);
        history(mine.objectiveId()).body("items.entityId", not(hasItem((int) otherPhase)))
                .body("items.findAll { it.entityType == 'objective' }.entityId",
                        everyItem(is((int) mine.objectiveId())));
    }

    @Test
    void shouldIncludeCountsPostedForItsIndicators() {
        PlanFixture fixture = plan.newObjective();
        long indicator = Api.createIndicator(fixture.objectiveId(), Map.of("description",
                "Numero istruttorie effettuate/numero domande pervenute", "kind", "RATIO", "targetValue", 100));
        json().body(Map.of("rows", List.of(Map.of("indicatorId", indicator, "component", "NUMERATOR",
                        "from", plan.year() + "-01-01", "to", plan.year() + "-01-31", "value", 96))))
                .post("/api/v1/counts/batch").then().statusCode(200);
        history(fixture.objectiveId()).body("items.entityType", hasItem("count"))
                .body("total", Matchers.greaterThanOrEqualTo(3));
    }
}
