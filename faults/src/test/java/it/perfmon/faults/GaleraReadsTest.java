package it.perfmon.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import it.perfmon.faults.rig.Api;
import it.perfmon.faults.rig.GaleraTest;
import it.perfmon.faults.rig.Reply;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** What the schema and the backends' reads need from a Galera cluster. */
@Order(101)
class GaleraReadsTest extends GaleraTest {

    /** Galera certifies a write by its rows' primary keys; a table without one is not safely replicated. */
    @Test
    void everyTableHasAPrimaryKey() throws Exception {
        List<String> without = new ArrayList<>();
        int tables = 0;
        try (Connection db = rig.cluster.connect(0); Statement query = db.createStatement();
                ResultSet rows = query.executeQuery("""
                        select t.table_name, exists (select 1 from information_schema.table_constraints c
                            where c.table_schema = t.table_schema and c.table_name = t.table_name
                            and c.constraint_type = 'PRIMARY KEY')
                        from information_schema.tables t
                        where t.table_schema = database() and t.table_type = 'BASE TABLE'""")) {
            while (rows.next()) {
                tables++;
                if (!rows.getBoolean(2)) {
                    without.add(rows.getString(1));
                }
            }
        }
        assertTrue(tables > 20, "the schema was migrated: " + tables + " tables");
        assertEquals(List.of(), without, "tables without a primary key");
    }

    /**
     * Galera applies a write on the other nodes after it commits on the first. Node 2 (backend b's) is held from
     * applying (FLUSH TABLES WITH READ LOCK pauses its applier) while a value is written through backend a on node 1,
     * and b is asked for it: node 2 alone still holds the old value, but b waits (wsrep_sync_wait=1 in its URL) and
     * answers the new one, never the answer it kept in memory for the old data version.
     */
    @Test
    void aValueWrittenOnOneNodeIsReadOnAnotherNodeThatHasNotAppliedItYet() throws Exception {
        Target target = target();
        String values = "/api/v1/indicator-values?limit=500&planId=" + target.planId + "&periodId=" + target.periodId;
        String result = "/api/v1/indicators/" + target.indicatorId + "/results/" + target.periodId;
        Api onA = rig.script(rig.a);
        Api onB = rig.script(rig.b);
        for (int i = 1; i <= 3; i++) {
            Reply warm = onB.get(values);
            assertEquals(200, warm.status(), warm.toString());
            long written = 7000 + i;
            Reply before = onA.get(result);
            Map<String, String> ifMatch = before.status() == 200
                    ? Map.of("If-Match", before.header("ETag").orElseThrow()) : Map.of();

            try (Connection node2 = rig.cluster.connectWithoutSyncWait(1); Statement pause = node2.createStatement()) {
                pause.execute("FLUSH TABLES WITH READ LOCK");
                Reply saved = onA.put(result, Map.of("enteredValue", written, "enteredJustification",
                        "Valore " + written + " dalla rilevazione"), ifMatch);
                assertTrue(saved.status() == 200 || saved.status() == 201, "write on a: " + saved);
                assertTrue(enteredOnNode2(target) == null || enteredOnNode2(target).longValueExact() != written,
                        "node 2 has not applied the write yet, or nothing is tested");
                CompletableFuture<Reply> read = CompletableFuture.supplyAsync(() -> onB.get(values));
                Thread.sleep(1000);
                pause.execute("UNLOCK TABLES");
                Reply pulled = read.get();
                assertEquals(200, pulled.status(), pulled.toString());
                assertEquals(written, enteredValue(pulled.json().get("items"), target.indicatorId),
                        "b's answer after the write on a (" + pulled.header("Cache-Status").orElse("no Cache-Status")
                                + ", " + pulled.millis() + " ms)");
            }
        }
    }

    /** The entered value node 2 holds now, read without waiting for it to catch up. */
    private static BigDecimal enteredOnNode2(Target target) throws Exception {
        try (Connection node2 = rig.cluster.connectWithoutSyncWait(1);
                var query = node2.prepareStatement("select entered_value from indicator_result where indicator_id = ? "
                        + "and period_id = ?")) {
            query.setLong(1, target.indicatorId);
            query.setLong(2, target.periodId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getBigDecimal(1) : null;
            }
        }
    }

    private static long enteredValue(JsonNode items, long indicatorId) {
        for (JsonNode row : items) {
            if (row.get("indicatorId").asLong() == indicatorId) {
                return row.get("enteredValue").decimalValue().longValueExact();
            }
        }
        throw new AssertionError("no row for indicator " + indicatorId + " in " + items);
    }

    private record Target(long planId, long periodId, long indicatorId) {
    }

    /** A direct indicator of the seeded 2021 plan and its interim period (the count tests post to 2022). */
    private static Target target() throws Exception {
        try (Connection db = rig.cluster.connect(0); Statement query = db.createStatement();
                ResultSet row = query.executeQuery("""
                        select p.id, m.id, min(i.id) from plan p
                        join monitoring_period m on m.plan_id = p.id and m.kind = 'INTERIM'
                        join objective o on o.plan_id = p.id
                        join indicator i on i.objective_id = o.id and i.kind = 'DIRECT'
                        where p.plan_year = 2021 group by p.id, m.id""")) {
            assertTrue(row.next(), "the seed has a direct indicator in 2021");
            return new Target(row.getLong(1), row.getLong(2), row.getLong(3));
        }
    }
}
