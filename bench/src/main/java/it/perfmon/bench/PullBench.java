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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A read's throughput (the pull API, the plan report) against a raw JDBC loop running the same SQL at the same concurrency. The raw side
 * replays, statement by statement, exactly the SQL the backend sent for one request of the same URL (recorded on
 * the wire by {@link WireCounter}) and reads every column of every row; the API side also parses the request,
 * computes the values, writes JSON and its digest, and goes through HTTP. Each round measures both sides for the
 * same time, one after the other; the ratio is the median of the rounds' ratios. The API's answers in the measured
 * windows are tallied by their Cache-Status, for the hit rate of the backend's answer cache.
 */
final class PullBench {

    interface Work {
        /** One request or one replay; returns false when the answer was wrong. */
        boolean once() throws Exception;
    }

    private final int concurrency;
    private final Duration window;

    PullBench(int concurrency, Duration window) {
        this.concurrency = concurrency;
        this.window = window;
    }

    /** Reads the backend's CPU time so far, in milliseconds. */
    interface CpuClock {
        long millis() throws IOException;
    }

    /** What one window measured: units of work completed and the seconds they took. */
    private record Window(long done, double seconds) {

        double rate() {
            return done / seconds;
        }
    }

    Map<String, Object> run(URI api, Db db, List<String> sql, int rounds, Duration warmup, CpuClock backendCpu)
            throws Exception {
        double load = Machine.loadAverage();
        ExecutorService httpThreads = Executors.newFixedThreadPool(4);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(httpThreads).build();
        HttpRequest request = HttpRequest.newBuilder(api).header("Accept", "application/json").build();
        List<Connection> connections = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            connections.add(db.connect());
        }
        try {
            CacheStatus cache = new CacheStatus();
            AtomicBoolean tallying = new AtomicBoolean();
            List<Work> apiWorkers = new ArrayList<>();
            List<Work> rawWorkers = new ArrayList<>();
            for (int i = 0; i < concurrency; i++) {
                apiWorkers.add(() -> {
                    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    if (tallying.get()) {
                        cache.record(response);
                    }
                    return response.statusCode() == 200;
                });
                Connection connection = connections.get(i);
                rawWorkers.add(() -> replay(connection, sql));
            }
            measure(apiWorkers, warmup);
            measure(rawWorkers, warmup.dividedBy(2));
            List<Map<String, Object>> results = new ArrayList<>();
            List<Double> apiRates = new ArrayList<>();
            List<Double> rawRates = new ArrayList<>();
            List<Double> ratios = new ArrayList<>();
            List<Double> cpuPerRequest = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                double raw = measure(rawWorkers, window).rate();
                long cpu0 = backendCpu.millis();
                tallying.set(true);
                Window apiWindow = measure(apiWorkers, window);
                tallying.set(false);
                cpuPerRequest.add((backendCpu.millis() - cpu0) / (double) apiWindow.done());
                double apiRate = apiWindow.rate();
                rawRates.add(raw);
                apiRates.add(apiRate);
                ratios.add(apiRate / raw);
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("apiPerSecond", Stats.round(apiRate, 1));
                r.put("rawPerSecond", Stats.round(raw, 1));
                r.put("ratio", Stats.round(apiRate / raw, 3));
                r.put("backendCpuMillisPerRequest", Stats.round(cpuPerRequest.get(round), 1));
                results.add(r);
                System.out.printf("  round %d: API %.1f/s, raw JDBC %.1f/s, ratio %.3f%n", round + 1, apiRate, raw,
                        apiRate / raw);
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("url", api.toString());
            out.put("loadAverage", load);
            out.put("concurrency", concurrency);
            out.put("windowSeconds", window.toSeconds());
            out.put("rounds", results);
            out.put("apiPerSecond", Stats.round(Stats.median(apiRates), 1));
            out.put("rawPerSecond", Stats.round(Stats.median(rawRates), 1));
            out.put("ratio", Stats.round(Stats.median(ratios), 3));
            out.put("rawStatementsPerReplay", sql.size());
            out.put("backendCpuMillisPerRequest", Stats.round(Stats.median(cpuPerRequest), 1));
            out.put("cacheStatus", cache.describe());
            return out;
        } finally {
            httpThreads.shutdownNow();
            for (Connection connection : connections) {
                connection.close();
            }
        }
    }

    private static boolean replay(Connection connection, List<String> sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String query : sql) {
                if (statement.execute(query)) {
                    try (ResultSet rs = statement.getResultSet()) {
                        int columns = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            for (int c = 1; c <= columns; c++) {
                                rs.getObject(c);
                            }
                        }
                    }
                }
            }
        }
        return true;
    }

    /** Runs the workers in parallel for {@code duration}; completed units of work per second. */
    private Window measure(List<Work> workers, Duration duration) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(workers.size());
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        try {
            List<Future<?>> futures = new ArrayList<>();
            long t0 = System.nanoTime();
            for (Work work : workers) {
                futures.add(pool.submit(() -> {
                    while (running.get()) {
                        if (work.once()) {
                            done.incrementAndGet();
                        } else {
                            failed.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            Thread.sleep(duration.toMillis());
            long counted = done.get();
            double seconds = (System.nanoTime() - t0) / 1e9;
            running.set(false);
            for (Future<?> future : futures) {
                future.get();
            }
            if (failed.get() > 0) {
                throw new IOException(failed.get() + " requests failed");
            }
            return new Window(counted, seconds);
        } finally {
            pool.shutdownNow();
        }
    }
}
