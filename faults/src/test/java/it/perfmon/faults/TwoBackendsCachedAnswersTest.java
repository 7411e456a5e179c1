package it.perfmon.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import it.perfmon.faults.rig.Api;
import it.perfmon.faults.rig.BackendProcess;
import it.perfmon.faults.rig.FaultTest;
import it.perfmon.faults.rig.Reply;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Both backends keep computed answers in memory (report, pull API, Allegato A). A write acknowledged by one must be
 * seen at once in what the other serves, while readers keep both caches warm; and the caches must really serve, or
 * the test would prove nothing.
 */
@Order(2)
class TwoBackendsCachedAnswersTest extends FaultTest {

    private static final int WRITES = 40;
    private static final int READERS = 4;

    @Test
    void aWriteAcknowledgedByOneBackendIsNeverServedStaleByTheOther() throws Exception {
        Target target = target();
        String values = "/api/v1/indicator-values?limit=500&planId=" + target.planId + "&periodId=" + target.periodId;
        String report = "/api/v1/plans/" + target.planId + "/report?periodId=" + target.periodId;
        String result = "/api/v1/indicators/" + target.indicatorId + "/results/" + target.periodId;

        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger hits = new AtomicInteger();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        ExecutorService readers = Executors.newFixedThreadPool(READERS);
        List<Future<?>> running = new ArrayList<>();
        for (int r = 0; r < READERS; r++) {
            BackendProcess backend = r % 2 == 0 ? rig.a : rig.b;
            String path = r < 2 ? values : report;
            running.add(readers.submit(() -> {
                while (writing.get()) {
                    Reply reply = rig.script(backend).get(path);
                    if (reply.status() != 200) {
                        errors.add("reader on " + backend + ": " + reply);
                    } else if (reply.header("Cache-Status").orElse("").equals("perfmon; hit")) {
                        hits.incrementAndGet();
                    }
                }
            }));
        }
        try {
            for (int i = 1; i <= WRITES; i++) {
                BackendProcess writer = i % 2 == 0 ? rig.a : rig.b;
                BackendProcess other = writer == rig.a ? rig.b : rig.a;
                Api onWriter = rig.script(writer);
                Reply current = onWriter.get(result);
                Map<String, String> ifMatch = current.status() == 200
                        ? Map.of("If-Match", current.header("ETag").orElseThrow()) : Map.of();
                Reply saved = onWriter.put(result, Map.of("enteredValue", i, "enteredJustification",
                        "Valore " + i + " dalla rilevazione"), ifMatch);
                assertTrue(saved.status() == 200 || saved.status() == 201, "write " + i + " on " + writer + ": " + saved);

                Api onOther = rig.script(other);
                Reply pulled = onOther.get(values);
                assertEquals(200, pulled.status(), pulled.toString());
                assertEquals(i, enteredValue(pulled.json().get("items")),
                        "pull API on " + other + " after write " + i + " on " + writer + " (" + pulled.header("Cache-Status")
                                .orElse("no Cache-Status") + ")");
                Reply reported = onOther.get(report);
                assertEquals(200, reported.status(), reported.toString());
                assertEquals(i, enteredValueIn(reported.json(), target.indicatorId).longValueExact(),
                        "report on " + other + " after write " + i + " on " + writer);
                Reply csv = onOther.with("Accept", "text/csv").get(values);
                assertEquals(200, csv.status(), csv.toString());
                assertEquals(i, enteredValueInCsv(csv.body(), target.indicatorId).longValueExact(),
                        "CSV on " + other + " after write " + i);
            }
        } finally {
            writing.set(false);
            readers.shutdown();
            assertTrue(readers.awaitTermination(60, TimeUnit.SECONDS), "the readers stop");
        }
        for (Future<?> reader : running) {
            reader.get();
        }
        assertEquals(List.of(), List.copyOf(errors));
        assertTrue(hits.get() > 0, "the readers were served from memory at least once, or nothing was tested");
    }

    /** The entered value of the target indicator's row in a page of the pull API. */
    private static long enteredValue(JsonNode items) {
        for (JsonNode row : items) {
            if (row.get("indicatorId").asLong() == targetCache.indicatorId) {
                return row.get("enteredValue").decimalValue().longValueExact();
            }
        }
        throw new AssertionError("no row for indicator " + targetCache.indicatorId + " in " + items);
    }

    /** The indicator's entered value, wherever the report nests it (an object with its id and enteredValue). */
    private static java.math.BigDecimal enteredValueIn(JsonNode node, long indicatorId) {
        if (node.isObject() && node.path("id").asLong() == indicatorId && node.has("enteredValue")) {
            return node.get("enteredValue").decimalValue().stripTrailingZeros();
        }
        for (JsonNode child : node) {
            java.math.BigDecimal found = child.isContainerNode() ? enteredValueIn(child, indicatorId) : null;
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The indicator's entered value in the CSV of the pull API (RFC 4180: quoted fields may hold commas). */
    private static java.math.BigDecimal enteredValueInCsv(String csv, long indicatorId) {
        List<List<String>> rows = csvRows(csv);
        int id = rows.get(0).indexOf("indicatorId");
        int entered = rows.get(0).indexOf("enteredValue");
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() > entered && row.get(id).equals(Long.toString(indicatorId))) {
                return new java.math.BigDecimal(row.get(entered)).stripTrailingZeros();
            }
        }
        throw new AssertionError("no CSV row for indicator " + indicatorId);
    }

    private static List<List<String>> csvRows(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                row.add(field.toString().replace("\r", ""));
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }

    private record Target(long planId, long periodId, long indicatorId) {
    }

    private static Target targetCache;

    /** A direct indicator of the seeded 2021 plan and its interim period: the other fault tests post counts elsewhere. */
    private static Target target() throws Exception {
        try (Connection db = rig.connect(); Statement query = db.createStatement();
                ResultSet row = query.executeQuery("""
                        select p.id, m.id, min(i.id) from plan p
                        join monitoring_period m on m.plan_id = p.id and m.kind = 'INTERIM'
                        join objective o on o.plan_id = p.id
                        join indicator i on i.objective_id = o.id and i.kind = 'DIRECT'
                        where p.plan_year = 2021 group by p.id, m.id""")) {
            assertTrue(row.next(), "the seed has a direct indicator in 2021");
            targetCache = new Target(row.getLong(1), row.getLong(2), row.getLong(3));
            return targetCache;
        }
    }
}
