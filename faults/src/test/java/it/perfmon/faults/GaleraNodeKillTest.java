package it.perfmon.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.perfmon.faults.rig.Api;
import it.perfmon.faults.rig.BackendProcess;
import it.perfmon.faults.rig.CountRow;
import it.perfmon.faults.rig.GaleraCluster;
import it.perfmon.faults.rig.GaleraTest;
import it.perfmon.faults.rig.Reply;
import it.perfmon.faults.rig.RetryingScript;
import it.perfmon.faults.rig.Sleep;
import it.perfmon.faults.rig.Stored;
import it.perfmon.faults.rig.Waits;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * Node 1 of the cluster, the one backend a writes to, is killed (-9) while both backends take count batches from
 * scripts that retry; then it is started again and catches up. What the scripts saw acknowledged must be on every
 * node exactly once, and both backends must go on taking batches throughout. Last of the Galera tests: backend a
 * stays on the node it failed over to (the driver moves a pooled connection only when it fails), so after this
 * test both backends write to node 2 and the others would no longer see two writers on two nodes.
 */
@Order(102)
class GaleraNodeKillTest extends GaleraTest {

    private static final int ROWS = 10;
    /** Batches each backend must acknowledge in each phase (before, during the outage, after the rejoin). */
    private static final int PER_PHASE = 5;

    @Test
    void aNodeKilledUnderSteadyWritesLosesAndDoublesNoAcknowledgedFigureAndRejoins() throws Exception {
        AtomicBoolean writing = new AtomicBoolean(true);
        List<CountRow> acknowledged = Collections.synchronizedList(new ArrayList<>());
        ConcurrentLinkedQueue<String> givenUp = new ConcurrentLinkedQueue<>();
        Map<BackendProcess, AtomicInteger> batches = Map.of(rig.a, new AtomicInteger(), rig.b, new AtomicInteger());
        List<RetryingScript> scripts = List.of(new RetryingScript(60_000), new RetryingScript(60_000));
        ExecutorService writers = Executors.newFixedThreadPool(2);
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            BackendProcess backend = w == 0 ? rig.a : rig.b;
            RetryingScript script = scripts.get(w);
            running.add(writers.submit(() -> {
                while (writing.get()) {
                    List<CountRow> rows = rig.lanes.take(ROWS);
                    String key = "galera-kill-" + UUID.randomUUID();
                    Reply reply = script.send(() -> rig.postBatch(backend, key, rows));
                    if (reply.status() == 200) {
                        acknowledged.addAll(rows);
                        batches.get(backend).incrementAndGet();
                    } else {
                        givenUp.add(backend.name() + " " + key + ": " + reply);
                    }
                    Sleep.quietly(20);
                }
            }));
        }
        long outage;
        long rejoin;
        long logMark = rig.cluster.logLength(0);
        try {
            awaitProgress("before the kill", batches);
            long killed = System.nanoTime();
            rig.cluster.node(0).kill9();
            awaitProgress("with node 1 killed", batches);
            outage = (System.nanoTime() - killed) / 1_000_000;
            long restarted = System.nanoTime();
            rig.cluster.restart(0);
            rejoin = (System.nanoTime() - restarted) / 1_000_000;
            awaitProgress("after node 1 rejoined", batches);
        } finally {
            writing.set(false);
            writers.shutdown();
            assertTrue(writers.awaitTermination(90, TimeUnit.SECONDS), "the scripts stop");
        }
        for (Future<?> writer : running) {
            writer.get();
        }
        assertEquals(List.of(), List.copyOf(givenUp), "every batch was acknowledged in the end");

        List<String> perNode = new ArrayList<>();
        for (int node = 0; node < GaleraCluster.NODES; node++) {
            try (Connection db = rig.cluster.connect(node)) {
                Map<String, long[]> stored = Stored.figures(db, acknowledged);
                long lost = acknowledged.stream().filter(r -> !stored.containsKey(r.key())).count();
                long doubled = stored.values().stream().filter(s -> s[0] != 1).count();
                long altered = acknowledged.stream()
                        .filter(r -> stored.containsKey(r.key()) && stored.get(r.key())[1] != r.value()).count();
                perNode.add("node " + (node + 1) + ": lost " + lost + ", doubled " + doubled + ", altered " + altered);
                assertEquals(0, lost, "acknowledged figures missing on node " + (node + 1));
                assertEquals(0, doubled, "figures stored twice on node " + (node + 1));
                assertEquals(0, altered, "figures with another value on node " + (node + 1));
            }
        }
        assertTrue(rig.cluster.joinedByIst(0, logMark), "node 1 caught up by IST, not a full copy");
        System.out.printf("faults: Galera kill -9 of node 1: %d batches (%d figures) acknowledged (a %d, b %d); "
                        + "answers seen %s; %s; writes on both backends again %d ms after the kill; node 1 synced %d ms "
                        + "after its restart (IST)%n", acknowledged.size() / ROWS, acknowledged.size(),
                batches.get(rig.a).get(), batches.get(rig.b).get(), RetryingScript.merge(scripts), perNode, outage, rejoin);
        for (BackendProcess backend : List.of(rig.a, rig.b)) {
            assertEquals(200, Api.anonymous(backend.uri()).get("/q/health/ready").status(), backend.name() + " is ready");
        }
    }

    /** Waits until each backend has acknowledged PER_PHASE more batches than when called. */
    private static void awaitProgress(String phase, Map<BackendProcess, AtomicInteger> batches) throws InterruptedException {
        int a = batches.get(rig.a).get();
        int b = batches.get(rig.b).get();
        Waits.until("both backends acknowledge batches " + phase, Duration.ofSeconds(60),
                () -> batches.get(rig.a).get() >= a + PER_PHASE && batches.get(rig.b).get() >= b + PER_PHASE);
    }
}
