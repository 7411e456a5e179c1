package it.perfmon.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.perfmon.faults.rig.Api;
import it.perfmon.faults.rig.CountRow;
import it.perfmon.faults.rig.FaultTest;
import it.perfmon.faults.rig.MidBatch;
import it.perfmon.faults.rig.Reply;
import it.perfmon.faults.rig.Rig;
import it.perfmon.faults.rig.Sleep;
import it.perfmon.faults.rig.Stored;
import it.perfmon.faults.rig.Waits;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** The database is killed (-9) while a batch of 1.000 figures is half written; the script retries with its key. */
@Order(7)
class KillNineTest extends FaultTest {

    @Test
    void aBatchCutByKill9IsRolledBackAndItsRetryAppliedExactlyOnce() throws Exception {
        List<CountRow> acknowledged = rig.lanes.take(50);
        Reply before = rig.postBatch(rig.a, "before-kill-" + UUID.randomUUID(), acknowledged);
        assertEquals(200, before.status(), before.toString());

        List<CountRow> rows = rig.lanes.take(1000);
        String key = "kill-9-" + UUID.randomUUID();
        long oldPid = rig.db.pid();
        MidBatch held = MidBatch.hold(rig, rig.a, key, rows);
        try (held) {
            assertTrue(held.rowsModified() >= 999, "the batch was in the middle of its transaction: " + held.rowsModified());
            rig.db.kill9();
        }
        Reply first = held.reply().get();
        assertTrue(first.retryableUnavailable(), "the client is told to retry: " + first);
        assertTrue(first.millis() <= Rig.REQUEST_BOUND_MILLIS, first.toString());

        rig.db.start();
        assertNotEquals(oldPid, rig.db.pid(), "a new mariadbd, after crash recovery");
        try (Connection db = rig.connect()) {
            Stored.assertExactlyOnce(db, acknowledged);
            Stored.assertNone(db, rows);
            assertEquals(0, Stored.idempotencyKeys(db, key), "the key's claim was rolled back with the figures");
        }

        // The script retries as it would at 3 a.m.: on 503 it waits and sends the same batch with the same key.
        Reply retry = untilNot503(() -> rig.postBatch(rig.a, key, rows));
        assertEquals(200, retry.status(), "the retry after the restart: " + retry);
        assertEquals(1000, retry.json().get("created").asInt());
        assertTrue(retry.header("Idempotent-Replayed").isEmpty(), "the retry is the first to apply");
        Reply again = untilNot503(() -> rig.postBatch(rig.b, key, rows));
        assertEquals(200, again.status(), again.toString());
        assertEquals("true", again.header("Idempotent-Replayed").orElse(null), again.toString());
        try (Connection db = rig.connect()) {
            Stored.assertExactlyOnce(db, rows);
        }
        for (var backend : List.of(rig.a, rig.b)) {
            Waits.until("backend " + backend.name() + " is ready again", Duration.ofSeconds(10),
                    () -> Api.anonymous(backend.uri()).get("/q/health/ready").status() == 200);
        }
    }

    /** Sends until the answer is not 503 (each 503 must carry Retry-After), for at most 30 s. */
    private static Reply untilNot503(Supplier<Reply> send) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Reply reply = send.get();
        while (reply.status() == 503 && System.nanoTime() < deadline) {
            assertTrue(reply.retryableUnavailable(), reply.toString());
            Sleep.quietly(500);
            reply = send.get();
        }
        return reply;
    }
}
