package it.perfmon.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.perfmon.faults.rig.BackendProcess;
import it.perfmon.faults.rig.CountRow;
import it.perfmon.faults.rig.GaleraCluster;
import it.perfmon.faults.rig.GaleraTest;
import it.perfmon.faults.rig.Reply;
import it.perfmon.faults.rig.RetryingScript;
import it.perfmon.faults.rig.Stored;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Two scripts post count batches at the same moment, one through each backend, so through two different nodes:
 * every write of a plan moves its data version (one row), so Galera's certification lets the first commit win
 * and rolls the other back. Each answer must be 2xx, or 409/503 as problem details (never 500), and after the
 * scripts' retries every batch must be applied exactly once, the same on every node.
 */
@Order(100)
class GaleraConflictTest extends GaleraTest {

    private static final int ROUNDS = 24;
    private static final int ROWS = 50;

    private enum Kind {
        /** Different figures under different keys: they meet only on the plan's data version. */
        OTHER_FIGURES,
        /** The same figures with other values under different keys: both apply, one after the other. */
        SAME_FIGURES,
        /** The same batch under the same key, as a script that timed out and retried on the other backend. */
        SAME_KEY
    }

    @Test
    void concurrentBatchesOnTwoNodesAreAnsweredAsProblemsAndAppliedExactlyOnce() throws Exception {
        long conflictsBefore = conflicts();
        long bytesBefore = replicated("wsrep_replicated_bytes");
        long writeSetsBefore = replicated("wsrep_replicated");
        List<RetryingScript> scripts = List.of(new RetryingScript(60_000), new RetryingScript(60_000));
        ConcurrentLinkedQueue<String> wrongAnswers = new ConcurrentLinkedQueue<>();
        List<CountRow> once = new ArrayList<>();
        Map<String, Set<Long>> eitherValue = new HashMap<>();
        List<String> keys = new ArrayList<>();
        List<String> bothApplied = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            Kind kind = Kind.values()[round % Kind.values().length];
            List<CountRow> rowsA = rig.lanes.take(ROWS);
            String keyA = "galera-conflict-a-" + UUID.randomUUID();
            List<CountRow> rowsB = switch (kind) {
                case OTHER_FIGURES -> rig.lanes.take(ROWS);
                case SAME_FIGURES -> rowsA.stream().map(r -> new CountRow(r.indicatorId(), r.component(), r.from(),
                        r.to(), r.territorialUnit(), r.value() + 1)).toList();
                case SAME_KEY -> rowsA;
            };
            String keyB = kind == Kind.SAME_KEY ? keyA : "galera-conflict-b-" + UUID.randomUUID();
            CyclicBarrier together = new CyclicBarrier(2);
            CompletableFuture<Reply> onA = CompletableFuture.supplyAsync(
                    () -> send(together, scripts.get(0), rig.a, keyA, rowsA, wrongAnswers));
            CompletableFuture<Reply> onB = CompletableFuture.supplyAsync(
                    () -> send(together, scripts.get(1), rig.b, keyB, rowsB, wrongAnswers));
            Reply a = onA.get();
            Reply b = onB.get();
            assertEquals(200, a.status(), "round " + round + " on a, after retries: " + a);
            assertEquals(200, b.status(), "round " + round + " on b, after retries: " + b);
            keys.add(keyA);
            switch (kind) {
                case OTHER_FIGURES -> {
                    once.addAll(rowsA);
                    once.addAll(rowsB);
                    keys.add(keyB);
                }
                case SAME_FIGURES -> {
                    rowsA.forEach(r -> eitherValue.put(r.key(), Set.of(r.value(), r.value() + 1)));
                    keys.add(keyB);
                }
                case SAME_KEY -> {
                    once.addAll(rowsA);
                    long applied = List.of(a, b).stream().filter(r -> r.header("Idempotent-Replayed").isEmpty()).count();
                    if (applied != 1) {
                        bothApplied.add("round " + round + ": " + applied + " applied; a " + a.header("Idempotent-Replayed")
                                + " " + a + "; b " + b.header("Idempotent-Replayed") + " " + b);
                    }
                }
            }
        }
        assertEquals(List.of(), List.copyOf(wrongAnswers), "answers other than 2xx, 409 or 503 as problem details");

        Map<String, long[]> onFirstNode = null;
        List<CountRow> sameFigures = eitherValue.keySet().stream().map(GaleraConflictTest::rowOf).toList();
        for (int node = 0; node < GaleraCluster.NODES; node++) {
            try (Connection db = rig.cluster.connect(node)) {
                Stored.assertExactlyOnce(db, once);
                Map<String, long[]> stored = Stored.figures(db, sameFigures);
                for (var expected : eitherValue.entrySet()) {
                    long[] found = stored.get(expected.getKey());
                    assertTrue(found != null && found[0] == 1 && expected.getValue().contains(found[1]),
                            "node " + (node + 1) + ": " + expected.getKey() + " stored once with one of the posted values");
                }
                if (onFirstNode == null) {
                    onFirstNode = stored;
                } else {
                    for (var entry : onFirstNode.entrySet()) {
                        assertEquals(entry.getValue()[1], stored.get(entry.getKey())[1],
                                "node " + (node + 1) + " holds the value node 1 holds: " + entry.getKey());
                    }
                }
                for (String key : keys) {
                    assertEquals(1, Stored.idempotencyKeys(db, key), "node " + (node + 1) + ": key " + key);
                }
            }
        }
        assertEquals(List.of(), bothApplied, "the same key sent to both backends at once is applied by one of them");
        long conflicts = conflicts() - conflictsBefore;
        long bytes = replicated("wsrep_replicated_bytes") - bytesBefore;
        long writeSets = replicated("wsrep_replicated") - writeSetsBefore;
        System.out.printf("faults: Galera conflicts: %d rounds of two batches of %d figures at once on nodes 1 and 2; "
                + "answers seen %s; %d transactions rolled back by Galera (certification failures and brute-force "
                + "aborts); %d figures and %d keys checked on each of %d nodes; %d write-sets replicated, %d bytes "
                + "(the backends' jobs included)%n", ROUNDS, ROWS, RetryingScript.merge(scripts), conflicts,
                once.size() + sameFigures.size(), keys.size(), GaleraCluster.NODES, writeSets, bytes);
        assertTrue(conflicts > 0, "Galera rolled back at least one of the concurrent transactions, or nothing was tested");
    }

    private static Reply send(CyclicBarrier together, RetryingScript script, BackendProcess backend, String key,
            List<CountRow> rows, ConcurrentLinkedQueue<String> wrongAnswers) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return script.send(() -> {
            Reply reply = rig.postBatch(backend, key, rows);
            boolean expected = reply.ok() || reply.status() == 409 && RetryingScript.isProblem(reply)
                    || reply.retryableUnavailable();
            if (!expected) {
                wrongAnswers.add(backend.name() + ": " + reply);
            }
            return reply;
        });
    }

    /** Transactions Galera rolled back on the two nodes the backends write to. */
    private static long conflicts() throws SQLException {
        long sum = 0;
        for (int node = 0; node < 2; node++) {
            sum += rig.cluster.status(node, "wsrep_local_cert_failures")
                    + rig.cluster.status(node, "wsrep_local_bf_aborts");
        }
        return sum;
    }

    /** A status counter summed over the two nodes the backends write to. */
    private static long replicated(String counter) throws SQLException {
        return rig.cluster.status(0, counter) + rig.cluster.status(1, counter);
    }

    private static CountRow rowOf(String key) {
        String[] p = key.split("\\|");
        return new CountRow(Long.parseLong(p[0]), p[1], java.time.LocalDate.parse(p[2]), java.time.LocalDate.parse(p[3]),
                p[4], 0);
    }
}
