package it.perfmon.faults.rig;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * A Galera cluster of three nodes and two backends on it, each with the driver's sequential failover over all
 * three nodes but a different node first (a on node 1, b on node 2): two writers on two nodes, the case where
 * Galera's certification decides between concurrent transactions. Started once for the Galera tests, after the
 * single-database rig is stopped (both at once would not fit the machine's memory).
 */
public final class GaleraRig {

    private static GaleraRig instance;

    public final GaleraCluster cluster;
    /** The backend whose first node is node 1 (index 0). */
    public final BackendProcess a;
    /** The backend whose first node is node 2 (index 1). */
    public final BackendProcess b;
    public final String token;
    public final Lanes lanes;
    private final MailServer mail;

    private GaleraRig(GaleraCluster cluster, MailServer mail, BackendProcess a, BackendProcess b, String token,
            Lanes lanes) {
        this.cluster = cluster;
        this.mail = mail;
        this.a = a;
        this.b = b;
        this.token = token;
        this.lanes = lanes;
    }

    public static synchronized GaleraRig get() throws Exception {
        if (instance == null) {
            Rig.stopStarted();
            instance = start();
            GaleraRig started = instance;
            Runtime.getRuntime().addShutdownHook(new Thread(started::closeQuietly, "faults-galera-stop"));
        }
        return instance;
    }

    public Api script(BackendProcess backend) {
        return Api.bearer(backend.uri(), token);
    }

    public Reply postBatch(BackendProcess backend, String idempotencyKey, List<CountRow> rows) {
        return script(backend).post("/api/v1/counts/batch", Map.of("rows", rows),
                Map.of("Idempotency-Key", idempotencyKey));
    }

    private static GaleraRig start() throws Exception {
        Path repo = Rig.repo();
        Path jar = Rig.packagedBackend(repo);
        Deque<AutoCloseable> started = new ArrayDeque<>();
        try {
            long begin = System.nanoTime();
            GaleraCluster cluster = GaleraCluster.start();
            started.push(cluster);
            System.out.printf("faults: Galera cluster of %d nodes synced in %d s%n", GaleraCluster.NODES,
                    (System.nanoTime() - begin) / 1_000_000_000);
            MailServer mail = MailServer.start();
            started.push(mail);
            String token = Rig.secret();
            String adminPassword = Rig.secret();
            Path logs = repo.resolve("faults/target/galera/logs");
            // One after the other, as with one database: the first migrates and seeds.
            BackendProcess a = BackendProcess.start("galera-a", jar, PrivateMariaDb.freePort(),
                    Rig.backendEnv(cluster.jdbcUrl(0), token, adminPassword, mail), logs);
            started.push(a);
            BackendProcess b = BackendProcess.start("galera-b", jar, PrivateMariaDb.freePort(),
                    Rig.backendEnv(cluster.jdbcUrl(1), token, adminPassword, mail), logs);
            started.push(b);
            try (Connection c = cluster.connect(0)) {
                return new GaleraRig(cluster, mail, a, b, token, Lanes.load(c, Rig.figuresYear(a, c, token)));
            }
        } catch (Exception | Error e) {
            Rig.stopAll(started, e);
            throw e;
        }
    }

    synchronized void closeQuietly() {
        for (AutoCloseable part : List.<AutoCloseable>of(a, b, cluster, mail)) {
            try {
                part.close();
            } catch (Exception e) {
                System.err.println("faults: could not stop " + part + ": " + e);
            }
        }
    }

    static synchronized java.util.Optional<GaleraRig> started() {
        return java.util.Optional.ofNullable(instance);
    }
}
