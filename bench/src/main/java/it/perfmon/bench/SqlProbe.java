package it.perfmon.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL the backend sends for one request, read by the {@link WireCounter} it is connected through. Nothing
 * else uses that backend meanwhile, and the request is repeated (after warm-up requests, so that the connection
 * pool and caches are filled) to show that the figure does not vary.
 */
final class SqlProbe {

    /** What one request sent, and the answer it got. */
    record Probe(List<WireCounter.Command> commands, String body, CacheStatus.Kind cache) {

        /**
         * The statements that compute the answer: the data-version reads of the answer cache, and the transaction
         * that makes a computed answer and its version one snapshot (autocommit off, commit, on), are counted apart.
         */
        long statements() {
            return commands.stream().filter(c -> c.isStatement() && !isVersionRead(c) && !isTransactionControl(c))
                    .count();
        }

        long transactionControl() {
            return commands.stream().filter(c -> c.isStatement() && isTransactionControl(c)).count();
        }

        /** Reads of plan_data_version: one per request served from memory, two for an answer computed. */
        long versionReads() {
            return commands.stream().filter(c -> c.isStatement() && isVersionRead(c)).count();
        }

        long selects() {
            return commands.stream().filter(WireCounter.Command::isSelect).count();
        }

        List<String> sql() {
            return commands.stream().filter(c -> c.isStatement() && !isVersionRead(c) && !isTransactionControl(c)).map(c -> {
                if (!c.kind().equals("QUERY")) {
                    throw new IllegalStateException("a " + c.kind() + " cannot be replayed as text");
                }
                return c.sql();
            }).toList();
        }
    }

    /** The raw side replays what computes an answer, not the cache's check of the data version. */
    static boolean isVersionRead(WireCounter.Command command) {
        return command.sql() != null && command.sql().contains("plan_data_version");
    }

    static boolean isTransactionControl(WireCounter.Command command) {
        String sql = command.sql() == null ? "" : command.sql().strip().toLowerCase(java.util.Locale.ROOT);
        return sql.startsWith("set autocommit") || sql.equals("commit") || sql.equals("rollback")
                || sql.startsWith("start transaction") || sql.equals("begin");
    }

    /** Leaves time for anything the backend sends after answering (a connection going back to the pool). */
    private static final long SETTLE_MILLIS = 300;

    private final WireCounter counter;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    SqlProbe(WireCounter counter) {
        this.counter = counter;
    }

    Probe once(HttpRequest request) throws IOException, InterruptedException {
        int mark = counter.mark();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        Thread.sleep(SETTLE_MILLIS);
        return new Probe(counter.since(mark), response.body(), CacheStatus.of(response));
    }

    /** Something done before each request, outside the measured window: e.g. a write that makes it a cache miss. */
    interface Before {
        void run() throws IOException, InterruptedException;
    }

    /** {@code warmups} unmeasured GETs, then {@code repeats} measured ones that must all send the same commands. */
    Probe get(URI uri, int warmups, int repeats) throws IOException, InterruptedException {
        return get(uri, warmups, repeats, () -> { });
    }

    /** As {@link #get(URI, int, int)}, with {@code before} run ahead of every request, warm-ups included. */
    Probe get(URI uri, int warmups, int repeats, Before before) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).header("Accept", "application/json").build();
        for (int i = 0; i < warmups; i++) {
            before.run();
            once(request);
        }
        before.run();
        Probe first = once(request);
        for (int i = 1; i < repeats; i++) {
            before.run();
            Probe again = once(request);
            if (!again.commands().equals(first.commands())) {
                throw new IllegalStateException("the SQL sent for " + uri + " differed between two requests: "
                        + first.commands().size() + " then " + again.commands().size() + " commands");
            }
        }
        return first;
    }

    /** The figures and, for the record, each command with its SQL shortened. */
    static Map<String, Object> describe(Probe probe) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("statements", probe.statements());
        out.put("versionReads", probe.versionReads());
        out.put("transactionControl", probe.transactionControl());
        out.put("selects", probe.selects());
        List<String> commands = new ArrayList<>();
        for (WireCounter.Command command : probe.commands()) {
            String sql = command.sql() == null ? "" : " " + command.sql().replaceAll("\\s+", " ");
            commands.add(command.kind() + (sql.length() > 240 ? sql.substring(0, 240) + "…" : sql));
        }
        out.put("commands", commands);
        out.put("cacheStatus", probe.cache().name().toLowerCase());
        return out;
    }
}
