package it.perfmon.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.perfmon.faults.rig.BackendProcess;
import it.perfmon.faults.rig.CountRow;
import it.perfmon.faults.rig.FaultTest;
import it.perfmon.faults.rig.HealthProbe;
import it.perfmon.faults.rig.Reply;
import it.perfmon.faults.rig.Rig;
import it.perfmon.faults.rig.Sleep;
import it.perfmon.faults.rig.Stored;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The database is stopped for 10 s while scripts keep posting figures to both backends, retrying with their
 * Idempotency-Key on 503 as the API tells them to. Clients see only 200 or 503 with Retry-After, nothing hangs,
 * readiness follows the database and liveness does not, and every acknowledged figure is stored exactly once.
 */
@Order(6)
class DatabaseStopTest extends FaultTest {

    private static final int WRITERS = 4;
    private static final int ROWS_PER_BATCH = 5;

    /** Every answer a writer got, and the batches it saw acknowledged. */
    private static final class Writer {
        final List<Reply> replies = Collections.synchronizedList(new ArrayList<>());
        final List<CountRow> acknowledged = Collections.synchronizedList(new ArrayList<>());
        int retried;
    }

    @Test
    void stoppingTheDatabaseUnderSteadyWritesLosesAndDoublesNothing() throws Exception {
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Writer> writers = new ArrayList<>();
        List<CompletableFuture<Void>> running = new ArrayList<>();
        long stoppedAt;
        long restartedAt;
        try (HealthProbe probeA = new HealthProbe(rig.a); HealthProbe probeB = new HealthProbe(rig.b)) {
            for (int i = 0; i < WRITERS; i++) {
                Writer writer = new Writer();
                writers.add(writer);
                BackendProcess backend = i % 2 == 0 ? rig.a : rig.b;
                running.add(CompletableFuture.runAsync(() -> write(writer, backend, writing)));
            }
            Thread.sleep(3000);
            rig.db.stop();
            stoppedAt = System.nanoTime();
            Thread.sleep(10_000);
            rig.db.start();
            restartedAt = System.nanoTime();
            Thread.sleep(12_000);
            writing.set(false);
            for (CompletableFuture<Void> writer : running) {
                writer.join();
            }
            assertReadiness("a", probeA, stoppedAt, restartedAt);
            assertReadiness("b", probeB, stoppedAt, restartedAt);
        }

        int unavailable = 0;
        int acknowledged = 0;
        for (Writer writer : writers) {
            for (Reply reply : writer.replies) {
                assertTrue(reply.status() == 200 || reply.retryableUnavailable(),
                        "only 200, or 503 with Retry-After: " + reply);
                assertTrue(reply.millis() <= Rig.REQUEST_BOUND_MILLIS, "no request hangs: " + reply);
                unavailable += reply.status() == 503 ? 1 : 0;
            }
            acknowledged += writer.acknowledged.size();
        }
        System.out.printf("database stop: %d requests, %d answered 503, %d retries with the same key, %d figures acknowledged%n",
                writers.stream().mapToInt(w -> w.replies.size()).sum(), unavailable,
                writers.stream().mapToInt(w -> w.retried).sum(), acknowledged);
        assertTrue(unavailable >= WRITERS, "the writers saw the outage (503s)");
        assertTrue(acknowledged >= 2 * WRITERS * ROWS_PER_BATCH, "writes went through before and after");
        try (Connection db = rig.connect()) {
            for (Writer writer : writers) {
                Stored.assertExactlyOnce(db, writer.acknowledged);
            }
        }
    }

    /** A script's loop: a new batch with a new key; on 503 the same batch again with the same key until acknowledged. */
    private static void write(Writer writer, BackendProcess backend, AtomicBoolean writing) {
        while (writing.get()) {
            List<CountRow> rows = rig.lanes.take(ROWS_PER_BATCH);
            String key = "steady-" + UUID.randomUUID();
            while (true) {
                Reply reply = rig.postBatch(backend, key, rows);
                writer.replies.add(reply);
                if (reply.status() == 200) {
                    writer.acknowledged.addAll(rows);
                    break;
                }
                if (reply.status() != 503) {
                    return; // the test fails on this reply; stop writing
                }
                writer.retried++;
                Sleep.quietly(250);
            }
            Sleep.quietly(50);
        }
    }

    private static void assertReadiness(String name, HealthProbe probe, long stoppedAt, long restartedAt) {
        var down = probe.first("ready", 503, stoppedAt);
        assertTrue(down.isPresent(), name + ": readiness went DOWN");
        double downAfter = (down.get().arrivedNanos() - stoppedAt) / 1e9;
        assertTrue(downAfter <= 5, name + ": readiness DOWN within 5 s of the stop, was " + downAfter + " s");
        var up = probe.first("ready", 200, restartedAt);
        assertTrue(up.isPresent(), name + ": readiness came back UP");
        double upAfter = (up.get().arrivedNanos() - restartedAt) / 1e9;
        assertTrue(upAfter <= 10, name + ": readiness UP within 10 s of the restart, was " + upAfter + " s");
        for (HealthProbe.Sample live : probe.samples("live")) {
            assertEquals(200, live.status(), name + ": liveness never follows the database");
        }
        assertTrue(probe.samples("live").size() > 20, name + ": liveness was asked throughout");
        System.out.printf("database stop, backend %s: readiness DOWN %.1f s after the stop, UP %.1f s after the restart%n",
                name, downAfter, upAfter);
    }
}
