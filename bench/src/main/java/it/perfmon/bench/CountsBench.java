package it.perfmon.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 100.000 counts posted through POST /api/v1/counts/batch in batches of 1.000, one batch after the other as a
 * script would, against the same rows inserted with raw JDBC batches of 1.000. Each run gets two fresh plans (one
 * per side, ten times the 2021 plan: 30 RATIO and 30 RATIO_PLANNED indicators) so that neither side meets the
 * other's rows; the rows differ only in their indicator ids.
 */
final class CountsBench {

    static final int ROWS = 100_000;
    static final int BATCH = 1_000;
    /**
     * A profile of the counts phase (BENCHMARKS.md, "Counts: where the time goes") found the JIT still compiling about
     * 2.000 methods after 20 warm-up batches, more than half the backend's CPU during the measured runs: 100 batches
     * and a pause let it finish, so that the runs measure the request and not the compiler.
     */
    static final int WARMUP_ROWS = 100_000;
    static final long SETTLE_MILLIS = 5_000;

    private final Connection connection;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    CountsBench(Connection connection) {
        this.connection = connection;
    }

    /** Fresh plan for one side of a run, in a year of its own. */
    private PlanCloner.Cloned plan(long sourcePlanId, long organisationId, int year) throws SQLException {
        return new PlanCloner(connection).clone(sourcePlanId, organisationId, year, 10, false);
    }

    Map<String, Object> run(URI api, String token, long sourcePlanId, long organisationId, int runs, int firstYear,
            Duration budget) throws Exception {
        double load = Machine.loadAverage();
        List<CountRows.Unit> units = CountRows.units(connection, organisationId);
        // Steady state, as for the pull: the first batches after a start run mostly in the interpreter and JIT.
        PlanCloner.Cloned warmupPlan = plan(sourcePlanId, organisationId, firstYear - 2);
        long w0 = System.nanoTime();
        post(api, token, CountRows.generate(warmupPlan.countedIndicators(), units, warmupPlan.year(), WARMUP_ROWS, -1));
        System.out.printf("  warm-up: %d counts in %.1f s%n", WARMUP_ROWS, (System.nanoTime() - w0) / 1e9);
        Thread.sleep(SETTLE_MILLIS);
        List<Map<String, Object>> results = new ArrayList<>();
        List<Double> apiSeconds = new ArrayList<>();
        List<Double> rawSeconds = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        long started = System.nanoTime();
        int run = 0;
        while (run < runs) {
            PlanCloner.Cloned rawPlan = plan(sourcePlanId, organisationId, firstYear + 2 * run);
            PlanCloner.Cloned apiPlan = plan(sourcePlanId, organisationId, firstYear + 2 * run + 1);
            List<CountRows.Row> rawRows = CountRows.generate(rawPlan.countedIndicators(), units, rawPlan.year(), ROWS, run);
            List<CountRows.Row> apiRows = CountRows.generate(apiPlan.countedIndicators(), units, apiPlan.year(), ROWS, run);

            long t0 = System.nanoTime();
            CountRows.insert(connection, rawRows, BATCH, "bench-raw");
            double raw = (System.nanoTime() - t0) / 1e9;
            requireStored(rawPlan, ROWS);

            long t1 = System.nanoTime();
            post(api, token, apiRows);
            double viaApi = (System.nanoTime() - t1) / 1e9;
            requireStored(apiPlan, ROWS);

            rawSeconds.add(raw);
            apiSeconds.add(viaApi);
            ratios.add(raw / viaApi);
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("apiSeconds", Stats.round(viaApi, 2));
            r.put("rawSeconds", Stats.round(raw, 2));
            r.put("ratio", Stats.round(raw / viaApi, 3));
            results.add(r);
            System.out.printf("  run %d: API %.2f s (%.0f counts/s), raw JDBC %.2f s (%.0f counts/s), ratio %.3f%n",
                    run + 1, viaApi, ROWS / viaApi, raw, ROWS / raw, raw / viaApi);
            run++;
            if (run < runs && System.nanoTime() - started > budget.toNanos()) {
                System.out.printf("  stopping after %d runs: the time budget of %d s is spent%n", run, budget.toSeconds());
                break;
            }
        }
        double apiMedian = Stats.median(apiSeconds);
        double rawMedian = Stats.median(rawSeconds);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("loadAverage", load);
        out.put("rows", ROWS);
        out.put("batch", BATCH);
        out.put("warmupRows", WARMUP_ROWS);
        out.put("settleMillisAfterWarmup", SETTLE_MILLIS);
        out.put("runsPlanned", runs);
        out.put("runs", results);
        out.put("apiSeconds", Stats.round(apiMedian, 2));
        out.put("apiCountsPerSecond", Math.round(ROWS / apiMedian));
        out.put("rawSeconds", Stats.round(rawMedian, 2));
        out.put("rawCountsPerSecond", Math.round(ROWS / rawMedian));
        out.put("ratio", Stats.round(Stats.median(ratios), 3));
        return out;
    }

    /** Posts the rows in batches of {@link #BATCH}, one after another; every batch must be fully created. */
    void post(URI api, String token, List<CountRows.Row> rows) throws IOException, InterruptedException {
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<CountRows.Row> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
            HttpRequest request = HttpRequest.newBuilder(api.resolve("/api/v1/counts/batch"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .timeout(Duration.ofMinutes(5))
                    .POST(HttpRequest.BodyPublishers.ofString(CountRows.json(batch))).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 || !response.body().contains("\"created\":" + batch.size())) {
                throw new IOException("batch at row " + from + " answered " + response.statusCode() + ": "
                        + response.body().substring(0, Math.min(500, response.body().length())));
            }
        }
    }

    private void requireStored(PlanCloner.Cloned plan, int expected) throws SQLException {
        String ids = plan.countedIndicators().stream().map(i -> Long.toString(i.id())).collect(Collectors.joining(","));
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from indicator_count where indicator_id in (" + ids + ")")) {
            rs.next();
            if (rs.getInt(1) != expected) {
                throw new IllegalStateException("expected " + expected + " counts stored, found " + rs.getInt(1));
            }
        }
    }
}
