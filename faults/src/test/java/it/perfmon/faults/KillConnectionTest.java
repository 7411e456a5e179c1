package it.perfmon.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.perfmon.faults.rig.Api;
import it.perfmon.faults.rig.CountRow;
import it.perfmon.faults.rig.FaultTest;
import it.perfmon.faults.rig.MidBatch;
import it.perfmon.faults.rig.Reply;
import it.perfmon.faults.rig.Rig;
import it.perfmon.faults.rig.Stored;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** The database drops the connection of a batch in the middle of its transaction (KILL CONNECTION, a failover). */
@Order(4)
class KillConnectionTest extends FaultTest {

    @Test
    void aConnectionKilledMidTransactionRollsBackAnswers503AndTheRetryAppliesOnce() throws Exception {
        List<CountRow> rows = rig.lanes.take(1000);
        String key = "killed-connection-" + UUID.randomUUID();
        MidBatch held = MidBatch.hold(rig, rig.a, key, rows);
        try (held; Connection admin = rig.connect(); Statement kill = admin.createStatement()) {
            assertTrue(held.rowsModified() >= 999, "the batch was in the middle of its transaction: " + held.rowsModified());
            kill.execute("KILL CONNECTION " + held.threadId());
        }
        Reply first = held.reply().get();
        assertTrue(first.retryableUnavailable(), "the client is told to retry: " + first);
        assertTrue(first.millis() <= Rig.REQUEST_BOUND_MILLIS, first.toString());

        try (Connection db = rig.connect()) {
            Stored.assertNone(db, rows);
            assertEquals(0, Stored.idempotencyKeys(db, key), "the key's claim was rolled back with the figures");
        }

        Reply retry = rig.postBatch(rig.b, key, rows);
        assertEquals(200, retry.status(), retry.toString());
        assertEquals(1000, retry.json().get("created").asInt());
        assertTrue(retry.header("Idempotent-Replayed").isEmpty(), "the retry is the first to apply");
        Reply again = rig.postBatch(rig.a, key, rows);
        assertEquals("true", again.header("Idempotent-Replayed").orElse(null), again.toString());
        try (Connection db = rig.connect()) {
            Stored.assertExactlyOnce(db, rows);
        }
        // The killed connection must not stay in backend a's pool: as many reads as the pool holds all succeed.
        for (int i = 0; i < Rig.POOL_SIZE + 2; i++) {
            Reply read = Api.anonymous(rig.a.uri()).get("/api/v1/plans");
            assertEquals(200, read.status(), "read " + i + " after the kill: " + read);
        }
    }
}
