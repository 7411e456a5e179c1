package it.perfmon.count;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import it.perfmon.testing.Api;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A figure of things counted is a whole number unless its indicator declares a decimal unit. */
@QuarkusTest
class WholeCountsTest {

    private static Api.SharedPlan shared;

    private static synchronized Api.PlanFixture objective() {
        if (shared == null) {
            shared = Api.SharedPlan.create();
        }
        return shared.newObjective();
    }

    private static long interviews(boolean decimalCounts) {
        Map<String, Object> body = new HashMap<>(Map.of("description", "Numero colloqui erogati a distanza/Numero di "
                + "colloqui che si prevede di erogare", "kind", "RATIO_PLANNED", "plannedQuantity", 20000,
                "targetValue", 100));
        body.put("decimalCounts", decimalCounts);
        return Api.createIndicator(objective().objectiveId(), body);
    }

    private static Map<String, Object> march(Object value) {
        return Map.of("component", "NUMERATOR", "from", shared.year() + "-03-01", "to", shared.year() + "-03-31",
                "value", value);
    }

    @Test
    void shouldRefuseHalfAnInterviewPostedAloneWith400NamingValue() {
        long indicator = interviews(false);
        Api.json().body(march(25.5)).put("/api/v1/indicators/{id}/counts", indicator).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("value"));
        assertEquals(0L, counts(indicator));
    }

    @Test
    void shouldRefuseAFractionInABatchWith400NamingTheRowAndWriteNothing() {
        long indicator = interviews(false);
        Map<String, Object> whole = new HashMap<>(march(6412));
        whole.put("indicatorId", indicator);
        Map<String, Object> half = new HashMap<>(march(25.5));
        half.put("indicatorId", indicator);
        half.put("from", shared.year() + "-04-01");
        half.put("to", shared.year() + "-04-30");
        Api.json().body(Map.of("rows", List.of(whole, half))).post("/api/v1/counts/batch").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("rows[1].value"));
        assertEquals(0L, counts(indicator));
    }

    @Test
    void shouldAcceptAWholeNumberWrittenWithDecimals() {
        long indicator = interviews(false);
        Api.json().body(march(new java.math.BigDecimal("6412.000"))).put("/api/v1/indicators/{id}/counts", indicator).then().statusCode(201);
    }

    @Test
    void shouldAcceptAFractionWhenTheIndicatorDeclaresADecimalUnit() {
        long indicator = interviews(true);
        Api.json().get("/api/v1/indicators/{id}", indicator).then().body("decimalCounts", equalTo(true));
        Api.json().body(march(25.5)).put("/api/v1/indicators/{id}/counts", indicator).then().statusCode(201);
    }

    @Test
    void shouldRefuseAFractionalPlannedQuantityOfThingsCounted() {
        Api.json().body(Map.of("description", "Colloqui", "kind", "RATIO_PLANNED", "plannedQuantity", 20000.5,
                        "targetValue", 100))
                .post("/api/v1/objectives/{id}/indicators", objective().objectiveId()).then().statusCode(400)
                .body("errors.field", hasItem("plannedQuantity"));
    }

    private static long counts(long indicator) {
        return QuarkusTransaction.requiringNew().call(() -> IndicatorCount.count("indicator.id", indicator));
    }
}
