package it.perfmon.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.perfmon.faults.rig.Api;
import it.perfmon.faults.rig.CountRow;
import it.perfmon.faults.rig.Diagnostics;
import it.perfmon.faults.rig.FaultTest;
import it.perfmon.faults.rig.Reply;
import it.perfmon.faults.rig.Rig;
import it.perfmon.faults.rig.Stored;
import it.perfmon.faults.rig.Waits;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Every connection of the pool is taken by a request that waits on the database: the next request is refused
 * quickly with 503 (not queued until some client gives up), liveness still answers, and the pool serves again as
 * soon as the database does.
 */
@Order(3)
class PoolExhaustionTest extends FaultTest {

    @Test
    void anExhaustedPoolAnswersAFast503AndRecovers() throws Exception {
        List<List<CountRow>> stuckRows = new ArrayList<>();
        List<String> stuckKeys = new ArrayList<>();
        List<CompletableFuture<Reply>> stuck = new ArrayList<>();
        List<CountRow> refusedRows = rig.lanes.take(5);
        String refusedKey = "pool-refused-" + UUID.randomUUID();
        Reply refusedRead;
        Reply refusedWrite;
        Reply live;
        try (Connection locker = rig.connect(); Statement lock = locker.createStatement()) {
            lock.execute("LOCK TABLES audit_event WRITE");
            for (int i = 0; i < Rig.POOL_SIZE; i++) {
                List<CountRow> rows = rig.lanes.take(5);
                String key = "pool-" + i + "-" + UUID.randomUUID();
                stuckRows.add(rows);
                stuckKeys.add(key);
                stuck.add(CompletableFuture.supplyAsync(() -> rig.postBatch(rig.a, key, rows)));
            }
            try {
                Waits.until("all " + Rig.POOL_SIZE + " connections of backend a wait on the database",
                        Duration.ofSeconds(6), () -> waitingOnAuditTable(locker) == Rig.POOL_SIZE);
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + "; sessions:\n" + Diagnostics.sessions(rig), e);
            }

            refusedRead = Api.anonymous(rig.a.uri()).get("/api/v1/plans");
            refusedWrite = rig.postBatch(rig.a, refusedKey, refusedRows);
            live = Api.anonymous(rig.a.uri()).get("/q/health/live");
            lock.execute("UNLOCK TABLES");
        }

        long fast = Rig.ACQUISITION_TIMEOUT.toMillis() + 1500;
        for (Reply refused : List.of(refusedRead, refusedWrite)) {
            assertTrue(refused.retryableUnavailable(), "refused with 503 and Retry-After: " + refused);
            assertTrue(refused.millis() <= fast, "refused within " + fast + " ms: " + refused);
        }
        assertEquals(200, live.status(), "liveness answers while the pool is exhausted: " + live);
        assertTrue(live.millis() < 1000, "liveness answers at once: " + live);

        for (CompletableFuture<Reply> waiting : stuck) {
            Reply reply = waiting.get();
            assertEquals(200, reply.status(), "a request that held a connection completes once the lock goes: " + reply);
        }
        Reply retried = rig.postBatch(rig.a, refusedKey, refusedRows);
        assertEquals(200, retried.status(), "the refused write, retried: " + retried);
        assertEquals(200, Api.anonymous(rig.a.uri()).get("/api/v1/plans").status());
        try (Connection db = rig.connect()) {
            for (List<CountRow> rows : stuckRows) {
                Stored.assertExactlyOnce(db, rows);
            }
            Stored.assertExactlyOnce(db, refusedRows);
        }
    }

    /**
     * Connections stuck behind the table lock: the batches that took their indicators' row locks wait for the audit
     * table, and those posting to the same indicators wait for those row locks first.
     */
    private static int waitingOnAuditTable(Connection c) throws Exception {
        try (Statement query = c.createStatement(); ResultSet row = query.executeQuery(
                "select count(*) from information_schema.processlist where state like '%metadata lock%' "
                        + "and info like '%audit_event%' or info like 'select id from indicator where id in%for update'")) {
            row.next();
            return row.getInt(1);
        }
    }
}
