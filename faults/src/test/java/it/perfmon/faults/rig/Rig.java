package it.perfmon.faults.rig;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * One private mariadbd and two backend processes on it, shared by every fault test of the run (starting them is
 * most of the run's time), and an SMTP server (GreenMail) both backends send to. The backends run the production
 * configuration; only the pool is made small, so that exhausting it takes a handful of requests, and the mail relay
 * and the reminder job run every {@link #JOB_INTERVAL} at any time of day, so that a test sees them at work in seconds.
 */
public final class Rig {

    /** The pool of each backend (MONITOR_DB_POOL_SIZE). */
    public static final int POOL_SIZE = 6;
    /** The production defaults of backend/src/main/resources/application.properties, which the rig leaves as they are. */
    public static final java.time.Duration ACQUISITION_TIMEOUT = java.time.Duration.ofSeconds(3);
    public static final java.time.Duration SOCKET_TIMEOUT = java.time.Duration.ofSeconds(10);
    /**
     * The longest a request may take while the database misbehaves: waiting for a connection, then one unanswered
     * read, plus 2 s for the machine (these are shared 2-core machines).
     */
    public static final long REQUEST_BOUND_MILLIS = ACQUISITION_TIMEOUT.plus(SOCKET_TIMEOUT).toMillis() + 2000;
    public static final String ADMIN = "admin";
    /** How often each backend runs its mail relay and its reminder job. */
    public static final java.time.Duration JOB_INTERVAL = java.time.Duration.ofSeconds(2);

    private static Rig instance;

    public final PrivateMariaDb db;
    public final BackendProcess a;
    public final BackendProcess b;
    /** An administrator's bearer token (MONITOR_BOOTSTRAP_TOKEN), as an integrator's script would hold. */
    public final String token;
    public final String adminPassword;
    public final Lanes lanes;
    public final MailServer mail;

    private Rig(PrivateMariaDb db, MailServer mail, BackendProcess a, BackendProcess b, String token,
            String adminPassword, Lanes lanes) {
        this.db = db;
        this.mail = mail;
        this.a = a;
        this.b = b;
        this.token = token;
        this.adminPassword = adminPassword;
        this.lanes = lanes;
    }

    public static synchronized Rig get() throws Exception {
        if (instance == null) {
            instance = start();
            Rig started = instance;
            Runtime.getRuntime().addShutdownHook(new Thread(started::closeQuietly, "faults-rig-stop"));
        }
        return instance;
    }

    public Api script(BackendProcess backend) {
        return Api.bearer(backend.uri(), token);
    }

    public Reply postBatch(BackendProcess backend, String idempotencyKey, List<CountRow> rows) {
        Map<String, String> headers = idempotencyKey == null ? Map.of() : Map.of("Idempotency-Key", idempotencyKey);
        return script(backend).post("/api/v1/counts/batch", Map.of("rows", rows), headers);
    }

    public Connection connect() throws java.sql.SQLException {
        return db.connect();
    }

    private static Rig start() throws Exception {
        Path repo = repo();
        Path jar = packagedBackend(repo);
        Path work = repo.resolve("faults/target/rig");
        PrivateMariaDb db = PrivateMariaDb.install(repo, work.resolve("mariadb"));
        java.util.Deque<AutoCloseable> started = new java.util.ArrayDeque<>();
        try {
            started.push(db);
            db.start();
            MailServer mail = MailServer.start();
            started.push(mail);
            return startBackends(jar, work, db, mail, started);
        } catch (Exception | Error e) {
            stopAll(started, e);
            throw e;
        }
    }

    static Path repo() throws java.io.IOException {
        return Path.of(System.getProperty("faults.repo", "..")).toRealPath();
    }

    /** The backend as `make test-faults` packages it; the rigs never build it themselves. */
    static Path packagedBackend(Path repo) {
        Path jar = repo.resolve("backend/target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No packaged backend at " + jar + ": `make test-faults` builds it");
        }
        return jar;
    }

    /** Stops, newest first, what a failed start had started: a half-started rig must not outlive the run. */
    static void stopAll(java.util.Deque<AutoCloseable> started, Throwable failure) {
        for (AutoCloseable part : started) {
            try {
                part.close();
            } catch (Exception suppressed) {
                failure.addSuppressed(suppressed);
            }
        }
    }

    private static Rig startBackends(Path jar, Path work, PrivateMariaDb db, MailServer mail,
            java.util.Deque<AutoCloseable> started) throws Exception {
        String token = secret();
        String adminPassword = secret();
        Map<String, String> env = backendEnv(db.jdbcUrl(PrivateMariaDb.DATABASE), token, adminPassword, mail);
        Path logs = work.resolve("logs");
        // One after the other: the first migrates and seeds, the second finds the work done (as a second replica).
        BackendProcess a = BackendProcess.start("a", jar, PrivateMariaDb.freePort(), env, logs);
        started.push(a);
        BackendProcess b = BackendProcess.start("b", jar, PrivateMariaDb.freePort(), env, logs);
        started.push(b);
        try (Connection c = db.connect()) {
            return new Rig(db, mail, a, b, token, adminPassword, Lanes.load(c, figuresYear(a, c, token)));
        }
    }

    /** The environment of a backend of the rigs: production's configuration, with a small pool and quick jobs. */
    static Map<String, String> backendEnv(String jdbcUrl, String token, String adminPassword, MailServer mail) {
        String interval = JOB_INTERVAL.toSeconds() + "s";
        return Map.ofEntries(
                Map.entry("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl),
                Map.entry("QUARKUS_DATASOURCE_USERNAME", "root"),
                Map.entry("QUARKUS_DATASOURCE_PASSWORD", ""),
                Map.entry("MONITOR_DB_POOL_SIZE", Integer.toString(POOL_SIZE)),
                Map.entry("MONITOR_BOOTSTRAP_TOKEN", token),
                Map.entry("MONITOR_ADMIN_USER", ADMIN),
                Map.entry("MONITOR_ADMIN_PASSWORD", adminPassword),
                Map.entry("MONITOR_SMTP_HOST", "127.0.0.1"),
                Map.entry("MONITOR_SMTP_PORT", Integer.toString(mail.port())),
                Map.entry("MONITOR_SMTP_START_TLS", "DISABLED"),
                Map.entry("MONITOR_MAIL_RELAY_INTERVAL", interval),
                Map.entry("MONITOR_REMINDERS_EVERY", interval),
                Map.entry("MONITOR_REMINDERS_NOT_BEFORE", "00:00"));
    }

    /**
     * The tests post their figures to a plan of their own: the 2021 plan rolled over to 2022 (its structure and
     * indicators, no figures), since the seeded 2021 totals would overlap daily figures. The 2021 final period is
     * open in the seed, so the roll-over says why it goes ahead; the new plan is a draft, which the administrator's
     * token the tests use sees and writes.
     */
    static int figuresYear(BackendProcess backend, Connection c, String token) throws Exception {
        long plan2021;
        try (var query = c.createStatement(); var row = query.executeQuery("select id from plan where plan_year = 2021")) {
            if (!row.next()) {
                throw new IllegalStateException("The seed did not create the 2021 plan");
            }
            plan2021 = row.getLong(1);
        }
        Reply rolled = Api.bearer(backend.uri(), token).post("/api/v1/plans/" + plan2021 + "/next-year",
                Map.of("provisionalReason", "Piano per le prove di guasto: i valori iniziali non contano"),
                Map.of());
        if (rolled.status() != 201) {
            throw new IllegalStateException("Could not roll the 2021 plan over: " + rolled);
        }
        return 2022;
    }

    /**
     * Stops the backends and the database. Called when the last test has run (RigExtension), and again, harmlessly,
     * by a shutdown hook if the run is cut short. Quick on purpose: Surefire kills a fork that takes too long to
     * exit, and a hook cut short would leave the processes running.
     */
    synchronized void closeQuietly() {
        for (AutoCloseable part : List.<AutoCloseable>of(a, b, db, mail)) {
            try {
                part.close();
            } catch (Exception e) {
                System.err.println("faults: could not stop " + part + ": " + e);
            }
        }
    }

    /**
     * Stops this run's rig, if one was started, to give its memory to the Galera rig (GaleraRig), which runs after
     * every test of the single database.
     */
    static synchronized void stopStarted() {
        if (instance != null) {
            instance.closeQuietly();
            instance = null;
        }
    }

    /** The rig of this run, if one was started. */
    static synchronized java.util.Optional<Rig> started() {
        return java.util.Optional.ofNullable(instance);
    }

    static String secret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
