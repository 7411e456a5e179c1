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
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** Two backend processes on one database behave as one service: sessions and idempotency keys are shared. */
@Order(1)
class TwoBackendsTest extends FaultTest {

    @Test
    void aSessionOpenedOnOneBackendIsHonouredAndEndedOnTheOther() throws Exception {
        Reply login = Api.anonymous(rig.a.uri()).post("/api/v1/auth/login",
                Map.of("username", Rig.ADMIN, "password", rig.adminPassword), Map.of());
        assertEquals(200, login.status(), login.toString());
        String cookie = login.header("Set-Cookie").orElseThrow().split(";", 2)[0];
        // The packaged backend runs with production's defaults: a Secure cookie with the __Host- prefix.
        assertTrue(cookie.startsWith("__Host-perfmon_session="), cookie);
        String csrf = login.json().get("csrfToken").asText();
        Api onB = new Api(rig.b.uri(), Map.of("Cookie", cookie));

        Reply me = onB.get("/api/v1/auth/me");
        assertEquals(200, me.status(), me.toString());
        assertEquals(Rig.ADMIN, me.json().get("username").asText());

        // A change on B, with A's session and its CSRF token.
        List<CountRow> rows = rig.lanes.take(3);
        Reply posted = onB.post("/api/v1/counts/batch", Map.of("rows", rows), Map.of("Csrf-Token", csrf));
        assertEquals(200, posted.status(), posted.toString());
        try (Connection db = rig.connect()) {
            Stored.assertExactlyOnce(db, rows);
        }

        assertEquals(204, onB.post("/api/v1/auth/logout", null, Map.of("Csrf-Token", csrf)).status());
        Reply afterLogout = new Api(rig.a.uri(), Map.of("Cookie", cookie)).get("/api/v1/auth/me");
        assertEquals(401, afterLogout.status(), "the session ended on B must be refused by A: " + afterLogout);
    }

    @Test
    void anIdempotencyKeyUsedOnOneBackendIsReplayedByTheOther() throws Exception {
        List<CountRow> rows = rig.lanes.take(20);
        String key = "two-backends-" + UUID.randomUUID();

        Reply first = rig.postBatch(rig.a, key, rows);
        assertEquals(200, first.status(), first.toString());
        assertEquals(20, first.json().get("created").asInt());

        Reply retry = rig.postBatch(rig.b, key, rows);
        assertEquals(200, retry.status(), retry.toString());
        assertEquals("true", retry.header("Idempotent-Replayed").orElse(null));
        assertEquals(first.json(), retry.json());

        Reply otherBody = rig.postBatch(rig.b, key, rig.lanes.take(20));
        assertEquals(422, otherBody.status(), "the same key with another body: " + otherBody);

        try (Connection db = rig.connect()) {
            Stored.assertExactlyOnce(db, rows);
            assertEquals(1, Stored.idempotencyKeys(db, key));
        }
    }

    /** A script that times out and retries on the other replica while the first request still runs. */
    @Test
    void theSameKeySentToBothBackendsAtOnceIsAppliedOnce() throws Exception {
        List<CountRow> all = new ArrayList<>();
        int applied = 0;
        for (int round = 0; round < 8; round++) {
            List<CountRow> rows = rig.lanes.take(200);
            all.addAll(rows);
            String key = "race-" + round + "-" + UUID.randomUUID();
            CyclicBarrier together = new CyclicBarrier(2);
            CompletableFuture<Reply> onA = CompletableFuture.supplyAsync(() -> {
                await(together);
                return untilAnswered(rig.a, key, rows);
            });
            CompletableFuture<Reply> onB = CompletableFuture.supplyAsync(() -> {
                await(together);
                return untilAnswered(rig.b, key, rows);
            });
            for (Reply reply : List.of(onA.get(), onB.get())) {
                assertEquals(200, reply.status(), reply.toString());
                assertEquals(200, reply.json().get("created").asInt() + reply.json().get("unchanged").asInt()
                        + reply.json().get("updated").asInt());
                if (reply.header("Idempotent-Replayed").isEmpty()) {
                    applied++;
                }
            }
            assertEquals(round + 1, applied, "exactly one of the two requests applies the batch");
        }
        try (Connection db = rig.connect()) {
            Stored.assertExactlyOnce(db, all);
        }
    }

    /** 409 means "the first request with this key still runs": a script waits and sends it again. */
    private static Reply untilAnswered(it.perfmon.faults.rig.BackendProcess backend, String key, List<CountRow> rows) {
        Reply reply = rig.postBatch(backend, key, rows);
        for (int attempt = 0; reply.status() == 409 && attempt < 50; attempt++) {
            Sleep.quietly(100);
            reply = rig.postBatch(backend, key, rows);
        }
        return reply;
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
