package it.perfmon.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

/**
 * Issue 17, point 5, and issue 18, point 6: the plan report and the pull API of ARTI's 2021 plan, in a database of
 * `make seed-large` (twenty organisations with ten plans each, ten times 2021, and twenty million counts beside it)
 * against a database holding only the 2021 seed, one organisation. Both
 * databases are served at the same time by two packaged backends started the same way (the second one on the
 * preview port, which the web app's preview has left free by then). Each measures the first request after its
 * start; then, after warm-up, samples alternate between the two: a request right after a write (cold: a miss of
 * any answer cache) and the same request repeated (warm), so that both sides meet the same moments of a shared
 * machine. The goal is the large side within 2× of the small one. For the record, the same figures are taken for
 * one of the generated plans (ten times the 2021 plan), in the large database only.
 *
 * <p>Seeding takes many minutes, so an existing large database is reused when it was seeded by this code's
 * {@link SeedLarge} (its data_seed marker, the same number of plans and of seeded counts) at the schema version of
 * the backend jar being measured or an older one, which the backend migrates when it starts, as it would a real
 * agency's database (the start is then reported with the migrations it ran); otherwise it is dropped and seeded
 * again, and the time that took is reported. Its size, table by table, is reported beside the figures.
 */
final class ScaleBench {

    static final double GOAL = 2.0;
    private static final Pattern MIGRATION = Pattern.compile("^db/migration/V([0-9_.]+)__.*\\.sql$");

    private final Options options;
    private final Path jar;
    private final String token;
    private final Path work;

    ScaleBench(Options options, Path jar, String token, Path work) {
        this.options = options;
        this.jar = jar;
        this.token = token;
        this.work = work;
    }

    /** The bench database's name with {@code infix} before its {@code _bench} suffix: perfmon_bench → perfmon_large_bench. */
    static String sibling(Db bench, String infix) {
        return bench.name().replaceFirst("_bench$", "") + "_" + infix + "_bench";
    }

    Map<String, Object> run(Db bench) throws Exception {
        Db large = bench.named(options.largeDb().isEmpty() ? sibling(bench, "large") : options.largeDb());
        Db small = bench.named(sibling(bench, "2021"));
        for (Db db : List.of(large, small)) {
            if (!db.name().endsWith("_bench")) {
                throw new IllegalStateException("the scale phase may drop and clean " + db.name()
                        + ": give it a name ending in _bench");
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("largeDatabase", large.name());
        out.put("smallDatabase", small.name());
        Map<String, Object> largeData = prepareLarge(bench, large);
        out.put("largeData", largeData);

        Map<String, Object> smallSide = new LinkedHashMap<>();
        Map<String, Object> largeSide = new LinkedHashMap<>();
        try (Side smallBackend = new Side(small, options.port(), true, work.resolve("backend-scale-2021.log"), smallSide);
                Side largeBackend = new Side(large, options.previewPort(), false, work.resolve("backend-scale-large.log"),
                        largeSide)) {
            for (String read : List.of("report", "pull")) {
                Latency.Series s = smallBackend.series(read);
                Latency.Series l = largeBackend.series(read);
                s.warmUp(options.scaleWarmups());
                l.warmUp(options.scaleWarmups());
                double load = Machine.loadAverage();
                for (int i = 0; i < options.latencySamples(); i++) {
                    // Alternating which side goes first, so that neither always follows the other's write.
                    for (Latency.Series series : i % 2 == 0 ? List.of(s, l) : List.of(l, s)) {
                        series.sample();
                    }
                }
                for (var side : List.of(Map.entry(smallSide, s), Map.entry(largeSide, l))) {
                    Map<String, Object> described = side.getValue().describe();
                    described.put("loadAverage", load);
                    side.getKey().put(read, described);
                }
            }
            System.out.printf("  report %s / %s ms in %s, %s / %s ms in %s; pull %s / %s ms, %s / %s ms "
                            + "(after a write / repeated)%n",
                    median(smallSide, "report", "afterWriteMedianMillis"), median(smallSide, "report", "repeatedMedianMillis"),
                    small.name(), median(largeSide, "report", "afterWriteMedianMillis"),
                    median(largeSide, "report", "repeatedMedianMillis"), large.name(),
                    median(smallSide, "pull", "afterWriteMedianMillis"), median(smallSide, "pull", "repeatedMedianMillis"),
                    median(largeSide, "pull", "afterWriteMedianMillis"), median(largeSide, "pull", "repeatedMedianMillis"));
            largeSide.put("generatedPlan", largeBackend.generatedPlan());
            largeData.put("size", size(largeBackend.connection));
        }
        out.put("small", smallSide);
        out.put("large", largeSide);
        Map<String, Object> compared = new LinkedHashMap<>();
        for (String read : List.of("report", "pull")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> s = (Map<String, Object>) smallSide.get(read);
            @SuppressWarnings("unchecked")
            Map<String, Object> l = (Map<String, Object>) largeSide.get(read);
            for (String[] kind : List.of(new String[] {"cold", "afterWriteMedianMillis"},
                    new String[] {"warm", "repeatedMedianMillis"})) {
                double smallMillis = ((Number) s.get(kind[1])).doubleValue();
                double largeMillis = ((Number) l.get(kind[1])).doubleValue();
                Map<String, Object> figure = new LinkedHashMap<>();
                figure.put("largeMillis", largeMillis);
                figure.put("smallMillis", smallMillis);
                figure.put("ratio", Stats.round(largeMillis / smallMillis, 2));
                figure.put("goal", "≤ " + GOAL + "×");
                figure.put("met", largeMillis / smallMillis <= GOAL);
                figure.put("loadAverage", l.get("loadAverage"));
                compared.put(read + "-" + kind[0], figure);
                System.out.printf("  %s %s: large %.1f ms, 2021-only %.1f ms, ratio %.2f%n", read, kind[0],
                        largeMillis, smallMillis, largeMillis / smallMillis);
            }
        }
        out.put("compared", compared);
        return out;
    }

    /** Reuses the large database when it is what this code would make at this schema version, or makes it again. */
    private Map<String, Object> prepareLarge(Db bench, Db large) throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        String expected = latestMigration(jar);
        out.put("rule", "reused when data_seed holds '" + SeedLarge.MARKER + "', the organisations "
                + SeedLarge.ORGANISATION_PREFIX + "* have " + plans() + " plans with " + seededCounts()
                + " seeded counts, and the last migration applied is the jar's (V" + expected
                + ") or an older one, which the backend migrates at its start; otherwise dropped and seeded again");
        out.put("schemaVersion", expected);
        Optional<String> mismatch = whyNotReusable(large, expected);
        if (mismatch.isEmpty()) {
            out.put("reused", true);
            System.out.println("  reusing " + large.name() + ": seeded by seed-large at schema V" + expected);
            return out;
        }
        System.out.println("  seeding " + large.name() + " again: " + mismatch.get());
        out.put("reused", false);
        out.put("why", mismatch.get());
        try (Connection c = bench.connect(); Statement s = c.createStatement()) {
            s.execute("drop database if exists `" + large.name() + "`");
        }
        long t0 = System.nanoTime();
        int exit = new SeedLarge(options, large).run();
        if (exit != 0) {
            throw new IllegalStateException("seed-large exited with " + exit);
        }
        out.put("seedSeconds", Stats.round((System.nanoTime() - t0) / 1e9, 1));
        return out;
    }

    private Optional<String> whyNotReusable(Db large, String expected) throws SQLException {
        try (Connection c = large.connect()) {
            if (!large.hasTable("data_seed") || !large.hasTable("flyway_schema_history")) {
                return Optional.of("no schema");
            }
            if (!exists(c, "select 1 from data_seed where name = '" + SeedLarge.MARKER + "'")) {
                return Optional.of("no '" + SeedLarge.MARKER + "' in data_seed");
            }
            String applied = null;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "select version from flyway_schema_history where success = 1 and version is not null")) {
                while (rs.next()) {
                    if (applied == null || compareVersions(rs.getString(1), applied) > 0) {
                        applied = rs.getString(1);
                    }
                }
            }
            if (applied == null || compareVersions(applied, expected) > 0) {
                return Optional.of("schema at V" + applied + ", newer than the jar's V" + expected);
            }
            long plans = single(c, "select count(*) from plan p join organisation o on o.id = p.organisation_id "
                    + "where o.code like '" + SeedLarge.ORGANISATION_PREFIX + "%'");
            long counts = single(c, "select count(*) from indicator_count where updated_by = '" + SeedLarge.UPDATED_BY + "'");
            if (plans != plans() || counts != seededCounts()) {
                return Optional.of(plans + " plans and " + counts + " seeded counts, not " + plans() + " and "
                        + seededCounts());
            }
            return Optional.empty();
        }
    }

    private long plans() {
        return options.organisations() * (long) options.years();
    }

    private long seededCounts() {
        return plans() * options.countsPerPlan();
    }

    /** The largest tables and the whole database, for the sizing of BENCHMARKS.md. */
    private static Map<String, Object> size(Connection c) throws SQLException {
        Map<String, Object> out = new LinkedHashMap<>();
        List<Map<String, Object>> tables = new java.util.ArrayList<>();
        for (DatabaseSize.Table table : DatabaseSize.largest(c, 5)) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("table", table.name());
            t.put("rows", table.rows());
            t.put("dataMB", Stats.round(table.dataMb(), 1));
            t.put("indexMB", Stats.round(table.indexMb(), 1));
            tables.add(t);
        }
        out.put("largestTables", tables);
        out.put("totalMB", Stats.round(DatabaseSize.totalMb(c), 1));
        return out;
    }

    private static boolean exists(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next();
        }
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Flyway versions compare part by part: 1.10 comes after 1.9; V1_2 is version 1.2. */
    static int compareVersions(String a, String b) {
        String[] x = a.split("[._]");
        String[] y = b.split("[._]");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int c = new BigDecimal(i < x.length ? x[i] : "0").compareTo(new BigDecimal(i < y.length ? y[i] : "0"));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** The highest Flyway migration packaged in the backend's application jar, e.g. "12". */
    static String latestMigration(Path quarkusRunJar) throws IOException {
        Path app = quarkusRunJar.getParent().resolve("app");
        String latest = null;
        try (var jars = Files.list(app)) {
            for (Path file : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
                try (ZipFile zip = new ZipFile(file.toFile())) {
                    for (var entries = zip.entries(); entries.hasMoreElements();) {
                        Matcher m = MIGRATION.matcher(entries.nextElement().getName());
                        if (m.matches() && (latest == null || compareVersions(m.group(1), latest) > 0)) {
                            latest = m.group(1);
                        }
                    }
                }
            }
        }
        if (latest == null) {
            throw new IOException("no Flyway migration in " + app);
        }
        return latest;
    }

    /** One database and its backend: the start, the first requests after it, and what to sample. */
    private final class Side implements AutoCloseable {

        private final URI base;
        private final Backend backend;
        private final Connection connection;
        private final BenchMain.Ids ids;
        private final PlanWrite write;
        private final Latency latency = new Latency();

        Side(Db db, int port, boolean clean, Path log, Map<String, Object> out) throws Exception {
            this.base = URI.create("http://127.0.0.1:" + port);
            out.put("database", db.name());
            out.put("port", port);
            out.put("loadAverageAtStart", Machine.loadAverage());
            backend = Backend.start(jar, options.jvmArguments(), db, port, token, clean, log);
            try {
                connection = db.connect();
                out.put("startMillis", backend.startMeasure().millis());
                ids = BenchMain.Ids.read(db);
                Map<String, Object> first = new LinkedHashMap<>();
                first.put("reportMillis", Stats.round(latency.get(report(ids.plan2021(), ids.interim2021())).millis(), 1));
                first.put("pullMillis", Stats.round(latency.get(pull(ids.plan2021())).millis(), 1));
                out.put("firstAfterStart", first);
                write = PlanWrite.to(connection, base, token, ids.plan2021());
            } catch (Exception e) {
                backend.close();
                throw e;
            }
        }

        Latency.Series series(String read) {
            return latency.new Series(read.equals("report") ? report(ids.plan2021(), ids.interim2021())
                    : pull(ids.plan2021()), write);
        }

        /** The same misses and hits for the generated organisation's latest plan, ten times ARTI's 2021 plan. */
        Map<String, Object> generatedPlan() throws Exception {
            long[] generated = generated2021(connection);
            PlanWrite generatedWrite = PlanWrite.asItsOrganisation(connection, base, generated[0]);
            Map<String, Object> plan = new LinkedHashMap<>();
            plan.put("planId", generated[0]);
            plan.put("loadAverage", Machine.loadAverage());
            // Its reads take up to a second each: a few warm-ups, since the backend is warm from the 2021 plan's.
            int warmups = Math.min(options.scaleWarmups(), 10);
            plan.put("report", latency.missAndHit(report(generated[0], generated[1]), generatedWrite, warmups,
                    options.latencySamples()));
            // The pull API lists the caller's organisation, or the default one for an anonymous caller: the generated
            // organisation's values are asked for by its code, as another system of the Region would.
            URI generatedPull = URI.create(pull(generated[0]) + "&organisation=" + SeedLarge.FIRST_ORGANISATION);
            if (!latency.text(generatedPull).contains("\"organisationCode\":\"" + SeedLarge.FIRST_ORGANISATION + "\"")) {
                throw new IllegalStateException(generatedPull + " does not list the generated organisation's values");
            }
            plan.put("pull", latency.missAndHit(generatedPull, generatedWrite, warmups, options.latencySamples()));
            return plan;
        }

        private URI report(long plan, long period) {
            return base.resolve("/api/v1/plans/" + plan + "/report?periodId=" + period);
        }

        private URI pull(long plan) {
            return base.resolve("/api/v1/indicator-values?planId=" + plan);
        }

        @Override
        public void close() throws Exception {
            try {
                connection.close();
            } finally {
                backend.close();
            }
        }
    }

    private static Object median(Map<String, Object> side, String read, String key) {
        return ((Map<?, ?>) side.get(read)).get(key);
    }

    /** The generated organisation's latest plan (2021 by default; ten times ARTI's) and its interim period. */
    private static long[] generated2021(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                select p.id, pe.id from plan p join organisation o on o.id = p.organisation_id
                join monitoring_period pe on pe.plan_id = p.id and pe.kind = 'INTERIM'
                where o.code = ? order by p.plan_year desc limit 1""")) {
            s.setString(1, SeedLarge.FIRST_ORGANISATION);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no generated plan in the large database");
                }
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        }
    }
}
