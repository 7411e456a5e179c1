package it.perfmon.faults.rig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Three MariaDB Galera nodes on loopback (Debian's galera-4 with the system's mariadbd), each with its own data
 * directory: the first bootstraps the cluster, the others join it and receive its data by rsync (SST); a node
 * restarted after a crash catches up from a donor's write-set cache (IST).
 *
 * <p>Ports are fixed, since every node must know the others' addresses before it starts: SQL 3461-3463, group
 * communication 4671-4673, IST 4681-4683, SST 4691-4693. rsync is the SST method because Debian's mariadb-server
 * depends on rsync and ships its SST script: mariadb-backup would be one more package for the same result here.
 */
public final class GaleraCluster implements AutoCloseable {

    public static final int NODES = 3;
    static final int SQL_PORT = 3461;
    static final int GROUP_PORT = 4671;
    static final int IST_PORT = 4681;
    static final int SST_PORT = 4691;
    private static final Path PROVIDER = Path.of("/usr/lib/galera/libgalera_smm.so");
    private static final Duration SYNC_TIMEOUT = Duration.ofSeconds(120);

    private final List<PrivateMariaDb> nodes;

    private GaleraCluster(List<PrivateMariaDb> nodes) {
        this.nodes = nodes;
    }

    /**
     * Installs and starts the three nodes, one after the other (a joiner needs a donor that is synced), and creates
     * the tests' database. The nodes' directories are under the system's temporary directory, not the checkout: as
     * mysql the nodes cannot reach a checkout under /root.
     */
    public static GaleraCluster start() throws Exception {
        if (!Files.isReadable(PROVIDER) || !Files.isExecutable(Path.of("/usr/bin/wsrep_sst_rsync"))) {
            throw new IllegalStateException("Galera is not installed (" + PROVIDER + ", /usr/bin/wsrep_sst_rsync): "
                    + "`make galera` installs galera-4, mariadb-server and rsync");
        }
        Path work = Path.of(System.getProperty("java.io.tmpdir"), "perfmon-faults-galera");
        List<PrivateMariaDb> nodes = new ArrayList<>();
        GaleraCluster cluster = new GaleraCluster(nodes);
        try {
            for (int i = 0; i < NODES; i++) {
                nodes.add(PrivateMariaDb.galeraNode(work.resolve("node" + (i + 1)), SQL_PORT + i, options(i),
                        i == 0));
            }
            for (int i = 0; i < NODES; i++) {
                // Only the very first start of the first node founds a cluster; a restart joins the others.
                nodes.get(i).launch(i == 0 ? List.of("--wsrep-new-cluster") : List.of());
                cluster.awaitSynced(i);
            }
            try (Connection c = cluster.connect(0, ""); Statement create = c.createStatement()) {
                create.execute("CREATE DATABASE IF NOT EXISTS " + PrivateMariaDb.DATABASE);
            }
            return cluster;
        } catch (Exception | Error e) {
            cluster.close();
            throw e;
        }
    }

    private static List<String> options(int node) {
        String cluster = IntStream.range(0, NODES).mapToObj(i -> "127.0.0.1:" + (GROUP_PORT + i))
                .collect(Collectors.joining(","));
        return List.of(
                // What Galera requires of every node: row-based replication of InnoDB tables, interleaved autoinc.
                "--binlog-format=ROW", "--default-storage-engine=InnoDB", "--innodb-autoinc-lock-mode=2",
                // A table without a primary key cannot be created: Galera certifies rows by their key.
                "--innodb-force-primary-key=1",
                "--wsrep-on=ON", "--wsrep-provider=" + PROVIDER, "--wsrep-cluster-name=perfmon-faults",
                "--wsrep-cluster-address=gcomm://" + cluster, "--wsrep-node-name=node" + (node + 1),
                "--wsrep-node-address=127.0.0.1:" + (GROUP_PORT + node),
                "--wsrep-provider-options=gmcast.listen_addr=tcp://127.0.0.1:" + (GROUP_PORT + node)
                        + ";ist.recv_addr=127.0.0.1:" + (IST_PORT + node) + ";gcache.size=128M",
                "--wsrep-sst-method=rsync", "--wsrep-sst-receive-address=127.0.0.1:" + (SST_PORT + node),
                // Each conflict in the node's error log, with the winning and the aborted statement.
                "--wsrep-slave-threads=2", "--wsrep-log-conflicts=ON");
    }

    public PrivateMariaDb node(int i) {
        return nodes.get(i);
    }

    public int port(int i) {
        return SQL_PORT + i;
    }

    /**
     * The URL a backend is given: the driver's sequential failover over all nodes, this one first; every read
     * waiting until the node has applied what the cluster committed before it (wsrep_sync_wait=1); and no bulk
     * protocol for batches: a bulk insert aborted by a conflicting replicated write returned no error, so the rest
     * of the request ran and committed in a new transaction and a lost batch was answered 200 (3 runs of 3 of
     * GaleraConflictTest lost one; none with useBulkStmts=false).
     */
    public String jdbcUrl(int first) {
        String hosts = IntStream.range(0, NODES).map(i -> (first + i) % NODES)
                .mapToObj(i -> "127.0.0.1:" + port(i)).collect(Collectors.joining(","));
        return "jdbc:mariadb:sequential://" + hosts + "/" + PrivateMariaDb.DATABASE
                + "?sessionVariables=wsrep_sync_wait=1&useBulkStmts=false&useBulkStmtsForInserts=false";
    }

    /**
     * A connection to one node alone (no failover), to read what that node holds once it has applied every write the
     * cluster committed before the read.
     */
    public Connection connect(int node) throws SQLException {
        Connection c = connect(node, PrivateMariaDb.DATABASE);
        try (Statement s = c.createStatement()) {
            s.execute("SET SESSION wsrep_sync_wait = 1");
        }
        return c;
    }

    /** A connection to one node that reads what the node has applied so far, as without wsrep_sync_wait. */
    public Connection connectWithoutSyncWait(int node) throws SQLException {
        return connect(node, PrivateMariaDb.DATABASE);
    }

    private Connection connect(int node, String database) throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port(node) + "/" + database, "root", "");
    }

    /**
     * Restarts a node that was killed, as the packaged service does: the position it reached is recovered first,
     * so that it catches up by IST (the writes it missed, from a donor's cache) rather than a full copy.
     */
    public void restart(int node) throws Exception {
        String position = nodes.get(node).recoverPosition();
        nodes.get(node).launch(List.of("--wsrep-start-position=" + position));
        awaitSynced(node);
    }

    /** Waits until the node is synced with the cluster and accepts queries. */
    public void awaitSynced(int node) throws InterruptedException {
        PrivateMariaDb db = nodes.get(node);
        Waits.until("Galera node " + (node + 1) + " is synced", SYNC_TIMEOUT, () -> {
            if (!db.running()) {
                throw new IllegalStateException("node " + (node + 1) + " exited: " + PrivateMariaDb.tail(db.errorLog()));
            }
            try (Connection c = connect(node, ""); Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("show status where variable_name in "
                            + "('wsrep_local_state_comment', 'wsrep_ready')")) {
                String state = "";
                String ready = "";
                while (r.next()) {
                    if (r.getString(1).equalsIgnoreCase("wsrep_local_state_comment")) {
                        state = r.getString(2);
                    } else if (r.getString(1).equalsIgnoreCase("wsrep_ready")) {
                        ready = r.getString(2);
                    }
                }
                // Synced means joined: no node but the first is ever told to found a cluster of its own.
                return "Synced".equals(state) && "ON".equals(ready);
            } catch (SQLException e) {
                return false;
            }
        });
    }

    /** A status counter of one node (wsrep_local_cert_failures, wsrep_local_bf_aborts, …). */
    public long status(int node, String name) throws SQLException {
        try (Connection c = connect(node, ""); var query = c.prepareStatement("show global status like ?")) {
            query.setString(1, name);
            try (ResultSet r = query.executeQuery()) {
                return r.next() ? Long.parseLong(r.getString(2)) : 0;
            }
        }
    }

    /** True when the node's log says it caught up by IST, after the given length of the log. */
    public boolean joinedByIst(int node, long logMark) throws IOException {
        // Latin-1 reads any byte: the conflicts the log lists quote statements with binary parameters.
        String log = Files.readString(nodes.get(node).errorLog(), java.nio.charset.StandardCharsets.ISO_8859_1);
        return log.substring((int) Math.min(logMark, log.length())).contains("IST received");
    }

    public long logLength(int node) throws IOException {
        return Files.size(nodes.get(node).errorLog());
    }

    @Override
    public void close() {
        // The last node first: stopping the others one by one keeps a primary component until the end.
        for (int i = nodes.size() - 1; i >= 0; i--) {
            try {
                nodes.get(i).close();
            } catch (Exception e) {
                System.err.println("faults: could not stop Galera node " + (i + 1) + ": " + e);
            }
        }
    }
}
