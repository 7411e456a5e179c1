package it.perfmon.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.perfmon.faults.rig.Api;
import it.perfmon.faults.rig.CountRow;
import it.perfmon.faults.rig.FaultTest;
import it.perfmon.faults.rig.Reply;
import it.perfmon.faults.rig.Rig;
import it.perfmon.faults.rig.Sleep;
import it.perfmon.faults.rig.Stored;
import it.perfmon.faults.rig.Waits;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The database hangs (SIGSTOP for 15 s): its sockets stay open but nothing answers, the worst case for a pool.
 * Requests must fail within the configured timeouts instead of hanging, and the pool must serve again once the
 * database does, without restarting the service.
 */
@Order(5)
class FreezeTest extends FaultTest {

    private static final int WRITES = 3;
    private static final int READS = 3;

    @Test
    void requestsFailWithinTheTimeoutWhileTheDatabaseIsFrozenAndThePoolRecovers() throws Exception {
        long pid = rig.a.pid();
        assertEquals(200, Api.anonymous(rig.a.uri()).get("/api/v1/plans").status());
        List<List<CountRow>> rows = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < WRITES; i++) {
            rows.add(rig.lanes.take(10));
            keys.add("frozen-" + i + "-" + UUID.randomUUID());
        }

        rig.db.freeze();
        long frozenAt = System.nanoTime();
        List<Reply> lives = new ArrayList<>();
        List<CompletableFuture<Reply>> requests = new ArrayList<>();
        AtomicBoolean frozen = new AtomicBoolean(true);
        Reply during;
        try {
            for (int i = 0; i < WRITES; i++) {
                List<CountRow> batch = rows.get(i);
                String key = keys.get(i);
                requests.add(CompletableFuture.supplyAsync(() -> rig.postBatch(rig.a, key, batch)));
            }
            for (int i = 0; i < READS; i++) {
                requests.add(CompletableFuture.supplyAsync(() -> Api.anonymous(rig.a.uri()).get("/api/v1/plans")));
            }
            CompletableFuture<Void> liveness = CompletableFuture.runAsync(() -> {
                while (frozen.get()) {
                    Reply live = Api.anonymous(rig.a.uri()).get("/q/health/live");
                    synchronized (lives) {
                        lives.add(live);
                    }
                    Sleep.quietly(500);
                }
            });
            for (CompletableFuture<Reply> request : requests) {
                request.join();
            }
            // Still frozen (the requests ended within the timeouts, before 15 s): one more, started late.
            during = Api.anonymous(rig.a.uri()).get("/api/v1/plans");
            assertEquals("T", rig.db.state(), "the database stayed frozen while the requests ran");
            long left = Duration.ofSeconds(15).toNanos() - (System.nanoTime() - frozenAt);
            if (left > 0) {
                Thread.sleep(left / 1_000_000);
            }
            frozen.set(false);
            liveness.join();
        } finally {
            rig.db.thaw();
        }
        long thawedAt = System.nanoTime();

        for (Reply reply : requests.stream().map(CompletableFuture::join).toList()) {
            assertTrue(reply.retryableUnavailable(), "while frozen: 503 with Retry-After, not a hang: " + reply);
            assertTrue(reply.millis() <= Rig.REQUEST_BOUND_MILLIS, "failed within the timeouts: " + reply);
        }
        assertTrue(during.retryableUnavailable() && during.millis() <= Rig.REQUEST_BOUND_MILLIS, during.toString());
        assertTrue(lives.size() >= 3, "liveness was asked during the freeze");
        for (Reply live : lives) {
            assertEquals(200, live.status(), "liveness never depends on the database: " + live);
            assertTrue(live.millis() < 2000, live.toString());
        }

        Waits.until("backend a serves reads again after the thaw", Duration.ofSeconds(10),
                () -> Api.anonymous(rig.a.uri()).get("/api/v1/plans").status() == 200);
        System.out.printf("freeze: reads served again %d ms after the thaw%n", (System.nanoTime() - thawedAt) / 1_000_000);
        for (int i = 0; i < WRITES; i++) {
            Reply retry = rig.postBatch(rig.a, keys.get(i), rows.get(i));
            assertEquals(200, retry.status(), "the write refused during the freeze, retried: " + retry);
        }
        for (int i = 0; i < Rig.POOL_SIZE + 2; i++) {
            assertEquals(200, Api.anonymous(rig.a.uri()).get("/api/v1/plans").status(), "read " + i + " after the thaw");
        }
        assertEquals(pid, rig.a.pid(), "the same backend process, not restarted");
        try (Connection db = rig.connect()) {
            for (List<CountRow> batch : rows) {
                Stored.assertExactlyOnce(db, batch);
            }
        }
    }
}
