package it.perfmon.count;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import it.perfmon.testing.AllAtOnce;
import it.perfmon.testing.Api;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scripts post at the same time: figures whose spans overlap are checked against each other even when they arrive
 * together, so exactly one of them is stored and the days are never counted twice.
 */
@QuarkusTest
class CountConcurrencyTest {

    private static final int WRITERS = 8;
    /** Rounds per test, each in its own month: one round may be lucky, several are not. */
    private static final int ROUNDS = 4;

    private static Api.SharedPlan shared;
    private static ExecutorService pool;

    @BeforeAll
    static void startPool() {
        pool = Executors.newFixedThreadPool(WRITERS);
    }

    @AfterAll
    static void stopPool() {
        pool.shutdownNow();
    }

    private record Fixture(int year, long first, long second) {
    }

    /** Two ratio indicators against a planned quantity, which take numerator counts only. */
    private static synchronized Fixture fixture() {
        if (shared == null) {
            shared = Api.SharedPlan.create();
        }
        Api.PlanFixture plan = shared.newObjective();
        Map<String, Object> body = Map.of("description", "Numero colloqui erogati/Numero colloqui previsti",
                "kind", "RATIO_PLANNED", "plannedQuantity", 45000, "targetValue", 100);
        return new Fixture(plan.year(), Api.createIndicator(plan.objectiveId(), body),
                Api.createIndicator(plan.objectiveId(), body));
    }

    @Test
    void shouldStoreExactlyOneOfManyOverlappingFiguresPutAtOnce() {
        Fixture f = fixture();
        for (int round = 1; round <= ROUNDS; round++) {
            LocalDate month = LocalDate.of(f.year(), round, 1);
            List<Response> answers = race(writer -> () -> Api.json()
                    .body(figure("NUMERATOR", month.plusDays(writer), month.plusDays(writer + 10), 100 + writer))
                    .put("/api/v1/indicators/{id}/counts", f.first()));
            assertOneWinnerOthersRefusedForOverlap(answers, 201, "from");
            assertEquals(round, counts(f.first()), "one figure per round");
        }
    }

    @Test
    void shouldKeepOneFigureWhenTheSameKeyIsPutManyTimesAtOnce() {
        Fixture f = fixture();
        for (int round = 1; round <= ROUNDS; round++) {
            LocalDate month = LocalDate.of(f.year(), round, 1);
            List<Response> answers = race(writer -> () -> Api.json()
                    .body(figure("NUMERATOR", month, month.plusDays(9), 250))
                    .put("/api/v1/indicators/{id}/counts", f.first()));
            List<String> outcomes = answers.stream().map(a -> {
                assertTrue(a.statusCode() == 200 || a.statusCode() == 201, () -> "re-posting the same key is an "
                        + "update, never a conflict: " + a.statusCode() + " " + a.asString());
                return a.<String>path("outcome");
            }).toList();
            assertEquals(1, outcomes.stream().filter("CREATED"::equals).count(), outcomes::toString);
            assertEquals(WRITERS - 1, outcomes.stream().filter("UNCHANGED"::equals).count(), outcomes::toString);
            assertEquals(round, counts(f.first()));
        }
    }

    @Test
    void shouldApplyExactlyOneOfManyOverlappingBatchesOverTwoIndicatorsInEitherOrder() {
        Fixture f = fixture();
        for (int round = 1; round <= ROUNDS; round++) {
            LocalDate month = LocalDate.of(f.year(), round, 1);
            List<Response> answers = race(writer -> () -> Api.json().body(Map.of("rows", crossedRows(f, month, writer)))
                    .post("/api/v1/counts/batch"));
            assertOneWinnerOthersRefusedForOverlap(answers, 200, "from");
            assertEquals(round, counts(f.first()));
            assertEquals(round, counts(f.second()));
        }
    }

    @Test
    void shouldApplyExactlyOneOfManyOverlappingBatchesEachWithItsOwnIdempotencyKey() {
        Fixture f = fixture();
        for (int round = 1; round <= ROUNDS; round++) {
            LocalDate month = LocalDate.of(f.year(), round, 1);
            int r = round;
            List<Response> answers = race(writer -> () -> Api.json()
                    .header("Idempotency-Key", "sovrapposti-" + f.first() + "-" + r + "-" + writer)
                    .body(Map.of("rows", crossedRows(f, month, writer))).post("/api/v1/counts/batch"));
            assertOneWinnerOthersRefusedForOverlap(answers, 200, "from");
            assertEquals(round, counts(f.first()));
            assertEquals(round, counts(f.second()));
        }
    }

    @Test
    void shouldStoreExactlyOneOfOverlappingFiguresWhenPutsAndBatchesMeet() {
        Fixture f = fixture();
        for (int round = 1; round <= ROUNDS; round++) {
            LocalDate month = LocalDate.of(f.year(), round, 1);
            List<Response> answers = race(writer -> () -> writer % 2 == 0
                    ? Api.json().body(figure("NUMERATOR", month.plusDays(writer), month.plusDays(writer + 10), 7))
                            .put("/api/v1/indicators/{id}/counts", f.first())
                    : Api.json().body(Map.of("rows", crossedRows(f, month, writer))).post("/api/v1/counts/batch"));
            long won = answers.stream().filter(a -> a.statusCode() == 200 || a.statusCode() == 201).count();
            assertEquals(1, won, () -> statuses(answers));
            assertEquals(round, counts(f.first()), "the first indicator's days are counted once");
        }
    }

    /**
     * Every writer's batch names both indicators, odd writers in the reverse order, with spans that overlap those
     * of every other writer: the locks must be taken in one order or two batches would wait for each other.
     */
    private static List<Map<String, Object>> crossedRows(Fixture f, LocalDate month, int writer) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (long indicator : writer % 2 == 0 ? List.of(f.first(), f.second()) : List.of(f.second(), f.first())) {
            Map<String, Object> row = figure("NUMERATOR", month.plusDays(writer), month.plusDays(writer + 10), 30);
            row.put("indicatorId", indicator);
            rows.add(row);
        }
        return rows;
    }

    private static Map<String, Object> figure(String component, LocalDate from, LocalDate to, int value) {
        Map<String, Object> figure = new HashMap<>();
        figure.put("component", component);
        figure.put("from", from.toString());
        figure.put("to", to.toString());
        figure.put("value", value);
        return figure;
    }

    /** Fires one request per writer as nearly at once as threads allow, and collects every answer. */
    private static List<Response> race(IntFunction<Callable<Response>> request) {
        List<Callable<Response>> calls = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            calls.add(request.apply(w));
        }
        return AllAtOnce.fire(pool, calls);
    }

    private static void assertOneWinnerOthersRefusedForOverlap(List<Response> answers, int winnerStatus,
            String field) {
        assertEquals(1, answers.stream().filter(a -> a.statusCode() == winnerStatus).count(), () -> statuses(answers));
        for (Response answer : answers) {
            if (answer.statusCode() == winnerStatus) {
                continue;
            }
            assertEquals(400, answer.statusCode(), () -> statuses(answers));
            assertEquals("application/problem+json", answer.contentType());
            String named = answer.path("errors[0].field");
            assertTrue(named.endsWith(field), named);
            assertTrue(answer.<String>path("errors[0].message").contains("si sovrappone"), answer.asString());
        }
    }

    private static String statuses(List<Response> answers) {
        return answers.stream().map(a -> a.statusCode() + " " + a.asString()).toList().toString();
    }

    private static long counts(long indicator) {
        return QuarkusTransaction.requiringNew().call(() -> IndicatorCount.count("indicator.id", indicator));
    }
}
