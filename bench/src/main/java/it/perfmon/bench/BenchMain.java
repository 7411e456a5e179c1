package it.perfmon.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * `make bench` (command run) and `make seed-large` (command seed-large). The database comes from scripts/db.sh
 * (QUARKUS_DATASOURCE_*); the backend is the packaged jar of backend/target.
 */
public final class BenchMain {

    private static final int REPORT_YEAR = 2030;
    private static final int DIAGNOSTIC_YEAR = 2039;
    private static final int COUNTS_FIRST_YEAR = 2040;

    private final Options options;
    private final Db db;
    private final Path work;
    private final String token = HexFormat.of().formatHex(new SecureRandom().generateSeed(24));
    private int phases;
    private int phaseNumber;

    private BenchMain(Options options, Db db) {
        this.options = options;
        this.db = db;
        this.work = options.repo().resolve("bench/target/run");
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        if (options.command().equals("render")) {
            Results.render(options.repo());
            return;
        }
        Db db = Db.fromEnvironment();
        switch (options.command()) {
            case "run" -> {
                new BenchMain(options, db).run();
                // The JDK's HTTP clients keep threads of their own alive for a while: the run is over.
                System.exit(0);
            }
            case "seed-large" -> System.exit(new SeedLarge(options, db).run());
            default -> throw new IllegalArgumentException("unknown command " + options.command() + " (run | seed-large | render)");
        }
    }

    private void run() throws Exception {
        if (!db.name().endsWith("_bench")) {
            throw new IllegalStateException("the bench wipes its database: give it one whose name ends in _bench, not "
                    + db.name());
        }
        long t0 = System.nanoTime();
        Files.createDirectories(work);
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("date", LocalDateTime.now().withNano(0).toString());
        results.put("commit", options.commit());
        results.put("machine", Machine.describe(db));
        results.put("backendJvmArguments", options.jvmArguments().isEmpty() ? List.of()
                : Files.readAllLines(Path.of(options.jvmArguments().get(0).substring(1))).stream()
                        .map(line -> line.replaceAll("#.*", "").trim()).filter(line -> !line.isEmpty()).toList());
        System.out.println("Machine: " + results.get("machine"));

        Path jar = options.repo().resolve("backend/target/quarkus-app/quarkus-run.jar");
        URI base = URI.create("http://127.0.0.1:" + options.port());
        Ids ids;
        phases = 6 + (options.lighthouseRuns() > 0 ? 1 : 0) + (options.scale() ? 1 : 0);
        phase(results, "Backend through the statement counter: clean database, migrations, 2021 seed");
        try (WireCounter counter = new WireCounter(db.host(), db.port());
                Backend backend = Backend.start(jar, options.jvmArguments(), db.via("127.0.0.1", counter.port()), options.port(), token, true,
                        work.resolve("backend-counted.log"))) {
            results.put("firstStartWithMigrationsMillis", backend.startMeasure().millis());
            ids = Ids.read(db);
            SqlProbe probe = new SqlProbe(counter);
            Map<String, Object> report = reportStatements(probe, base, ids);
            results.put("reportStatements", report);
            @SuppressWarnings("unchecked")
            List<String> reportSql = (List<String>) report.remove("plan2021Sql");
            PlanWrite write;
            try (Connection connection = db.connect()) {
                write = PlanWrite.to(connection, base, token, ids.plan2021());
            }
            // The statements of a computed answer (after a write, so that no cached one can serve it): what the
            // raw side replays. A repeated request shows what an answer that did not change costs.
            SqlProbe.Probe pull = probe.get(pullUri(base, ids), 3, 3, write::write);
            ids = ids.withSql(pull.sql(), reportSql);
            Map<String, Object> pullStatements = SqlProbe.describe(pull);
            pullStatements.put("onRepeat", SqlProbe.describe(probe.get(pullUri(base, ids), 1, 2)));
            results.put("pullApiStatements", pullStatements);
            results.put("countBatchStatements", countBatchStatements(probe, base, ids));
        }

        phase(results, "[2/6] Backend start to first answer against the minimal Quarkus app, " + options.starts()
                + " starts each");
        Backend backend = null;
        try {
            StartBench.Outcome started = StartBench.run(jar, options.repo().resolve(
                    "bench/baseline/target/quarkus-app/quarkus-run.jar"), options.jvmArguments(), options.appCds(), db,
                    options.port(), token, options.starts(), work);
            backend = started.running();
            results.put("start", started.figures());

            PlanWrite write2021;
            try (Connection connection = db.connect()) {
                write2021 = PlanWrite.to(connection, base, token, ids.plan2021());
            }
            phase(results, "Pull API against raw JDBC, concurrency " + options.concurrency());
            results.put("pullApi", readBench(pullUri(base, ids), ids.pullSql(), write2021, backend));

            phase(results, "Plan report against raw JDBC, concurrency " + options.concurrency());
            results.put("report", readBench(reportUri(base, ids), ids.reportSql(), write2021, backend));

            phase(results, "100.000 counts in batches of 1.000 against raw JDBC batches");
            try (Connection connection = db.connect()) {
                results.put("counts", new CountsBench(connection).run(base, token, ids.plan2021(), ids.organisation(),
                        options.countRuns(), COUNTS_FIRST_YEAR, Duration.ofSeconds(options.countBudgetSeconds())));
            }
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("rssMB", mb(backend.rssKb()));
            after.put("loadAverage", Machine.loadAverage());
            Map<String, Long> nmt = backend.nativeMemoryMB(work.resolve("native-memory-after-load.txt"));
            if (!nmt.isEmpty()) {
                after.put("nativeMemoryCommittedMB", nmt);
                // How much of the RSS is memory the allocator keeps after the JVM freed it (compiler arenas): a
                // diagnostic of the NMT runs only, as the trim changes what the next phases would measure.
                backend.trimNativeHeap();
                after.put("rssAfterMallocTrimMB", mb(backend.rssKb()));
            }
            results.put("afterLoad", after);

            WebBench web = new WebBench(options.repo());
            phase(results, "Initial JavaScript of the web app");
            results.put("initialJavaScript", web.initialJavaScript());
            if (options.lighthouseRuns() > 0) {
                phase(results, "Lighthouse, desktop, " + options.lighthouseRuns() + " runs, each at a load average ≤ "
                        + options.quietLoad());
                results.put("lighthouse", web.lighthouse(options.previewPort(), options.port(),
                        "/piani/" + ids.plan2021(), options.lighthouseRuns(), work.resolve("lighthouse"),
                        new Machine.Quiet(options.quietLoad(), options.quietWaitSeconds())));
            }
        } finally {
            if (backend != null) {
                backend.close();
            }
        }
        if (options.scale()) {
            phase(results, "Scale: report and pull API in the large database against a 2021-only one");
            results.put("scale", new ScaleBench(options, jar, token, work).run(db));
        } else {
            results.put("scale", Map.of("skipped", "--scale=off"));
        }
        results.put("benchSeconds", Math.round((System.nanoTime() - t0) / 1e9));
        phase(results, "end");
        System.out.println("Results: bench/results/latest.json and the table in BENCHMARKS.md");
    }

    /**
     * Notes the machine's load at the start of a phase and saves what is measured so far. Phases are numbered
     * here, in the order they run (a number written into a name is replaced).
     */
    private void phase(Map<String, Object> results, String title) throws Exception {
        String name = title.equals("end") ? title
                : "[" + ++phaseNumber + "/" + phases + "] " + title.replaceFirst("^\\[\\d+/\\d+\\] ", "");
        @SuppressWarnings("unchecked")
        Map<String, Object> load = (Map<String, Object>) results.computeIfAbsent("loadAverage", k -> new LinkedHashMap<>());
        load.put(name, Machine.loadAverage());
        System.out.println(name + " (load average " + Machine.loadAverage() + ")");
        Results.write(options.repo(), results);
    }

    /**
     * Throughput against the raw replay of the read's own statements, then, one client alone, the latency of the
     * read right after a write (a miss) and repeated (a hit, with the answer cache).
     */
    private Map<String, Object> readBench(URI uri, List<String> sql, PlanWrite write, Backend backend) throws Exception {
        Map<String, Object> out = new PullBench(options.concurrency(), Duration.ofSeconds(options.windowSeconds()))
                .run(uri, db, sql, options.rounds(), Duration.ofSeconds(15), backend::cpuMillis);
        double load = Machine.loadAverage();
        Map<String, Object> miss = new Latency().missAndHit(uri, write, 20, options.latencySamples());
        miss.put("loadAverage", load);
        out.put("missCost", miss);
        System.out.printf("  one client: %s ms right after a write, %s ms repeated; hit rate under load: %s%n",
                miss.get("afterWriteMedianMillis"), miss.get("repeatedMedianMillis"),
                ((Map<?, ?>) out.get("cacheStatus")).get("hitRate"));
        return out;
    }

    private static URI reportUri(URI base, Ids ids) {
        return base.resolve("/api/v1/plans/" + ids.plan2021() + "/report?periodId=" + ids.interim2021());
    }

    private static long mb(long kb) {
        return Math.round(kb * 1024 / 1e6);
    }

    private static URI pullUri(URI base, Ids ids) {
        return base.resolve("/api/v1/indicator-values?planId=" + ids.plan2021());
    }

    private Map<String, Object> reportStatements(SqlProbe probe, URI base, Ids ids) throws Exception {
        PlanCloner.Cloned large;
        try (Connection connection = db.connect()) {
            large = new PlanCloner(connection).clone(ids.plan2021(), ids.organisation(), REPORT_YEAR, 10, true);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        long previous = -1;
        boolean same = true;
        for (var plan : List.of(Map.entry("plan2021", new long[] {ids.plan2021(), ids.interim2021()}),
                Map.entry("plan10x", new long[] {large.planId(), large.periodIdsByKind().get("INTERIM")}))) {
            URI uri = base.resolve("/api/v1/plans/" + plan.getValue()[0] + "/report?periodId=" + plan.getValue()[1]);
            PlanWrite write;
            try (Connection connection = db.connect()) {
                write = PlanWrite.to(connection, base, token, plan.getValue()[0]);
            }
            // After a write, so that the answer is computed (the statements do not depend on an answer cache).
            SqlProbe.Probe report = probe.get(uri, 3, 3, write::write);
            Map<String, Object> described = new LinkedHashMap<>();
            described.put("url", uri.getPath() + "?" + uri.getQuery());
            described.putAll(size(report.body()));
            described.putAll(SqlProbe.describe(report));
            described.put("onRepeat", SqlProbe.describe(probe.get(uri, 1, 2)));
            if (plan.getKey().equals("plan2021")) {
                out.put("plan2021Sql", report.sql());
            }
            out.put(plan.getKey(), described);
            same &= previous < 0 || previous == report.statements();
            previous = report.statements();
            System.out.printf("  %s: %s, %d SQL statements%n", plan.getKey(), size(report.body()), report.statements());
        }
        out.put("same", same);
        return out;
    }

    /** How big the reported plan is, read off the report itself. */
    private static Map<String, Object> size(String reportJson) throws Exception {
        JsonNode report = new ObjectMapper().readTree(reportJson);
        int areas = 0;
        int objectives = 0;
        int indicators = 0;
        int phases = 0;
        for (JsonNode area : report.path("areas")) {
            areas++;
            for (JsonNode objective : area.path("objectives")) {
                objectives++;
                indicators += objective.path("indicators").size();
                phases += objective.path("phases").size();
            }
        }
        Map<String, Object> size = new LinkedHashMap<>();
        size.put("areas", areas);
        size.put("objectives", objectives);
        size.put("indicators", indicators);
        size.put("phases", phases);
        return size;
    }

    /** What one batch of 1.000 counts costs in SQL, as evidence for the counts figure. */
    private Map<String, Object> countBatchStatements(SqlProbe probe, URI base, Ids ids) throws Exception {
        PlanCloner.Cloned plan;
        List<CountRows.Row> rows;
        try (Connection connection = db.connect()) {
            plan = new PlanCloner(connection).clone(ids.plan2021(), ids.organisation(), DIAGNOSTIC_YEAR, 10, false);
            rows = CountRows.generate(plan.countedIndicators(), CountRows.units(connection, ids.organisation()),
                    DIAGNOSTIC_YEAR, 2 * CountsBench.BATCH, 7);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < 2; i++) {
            HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/counts/batch"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(CountRows.json(
                            rows.subList(i * CountsBench.BATCH, (i + 1) * CountsBench.BATCH)))).build();
            long t0 = System.nanoTime();
            SqlProbe.Probe posted = probe.once(request);
            long millis = Math.round((System.nanoTime() - t0) / 1e6) - 300;
            Map<String, Object> batch = new LinkedHashMap<>();
            batch.put("millisThroughCounter", millis);
            batch.put("statements", posted.statements());
            batch.put("selects", posted.selects());
            Map<String, Long> byKind = new LinkedHashMap<>();
            for (WireCounter.Command command : posted.commands()) {
                String key = command.kind().equals("QUERY") ? "QUERY " + firstWords(command.sql()) : command.kind();
                byKind.merge(key, 1L, Long::sum);
            }
            batch.put("commandsByKind", byKind);
            out.put(i == 0 ? "firstBatch" : "secondBatch", batch);
            System.out.printf("  batch %d of 1.000 counts: %d SQL statements (%d selects)%n", i + 1,
                    posted.statements(), posted.selects());
        }
        return out;
    }

    /** The statement's verb and table, e.g. "insert into indicator_count", to group commands. */
    private static String firstWords(String sql) {
        String[] words = sql.strip().replaceAll("\\s+", " ").toLowerCase().split(" ");
        if (words[0].equals("select")) {
            for (int i = 1; i < words.length - 1; i++) {
                if (words[i].equals("from")) {
                    return "select … from " + words[i + 1];
                }
            }
            return "select";
        }
        return String.join(" ", List.of(words).subList(0, Math.min(3, words.length)));
    }

    /** The seeded 2021 ARTI plan and, once recorded, the SQL of one pull request and of one report. */
    record Ids(long organisation, long plan2021, long interim2021, List<String> pullSql, List<String> reportSql) {

        static Ids read(Db db) throws SQLException {
            try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                    select o.id, p.id, pe.id from organisation o join plan p on p.organisation_id = o.id
                    join monitoring_period pe on pe.plan_id = p.id and pe.kind = 'INTERIM'
                    where o.code = 'ARTI' and p.plan_year = 2021""")) {
                if (!rs.next()) {
                    throw new IllegalStateException("the 2021 ARTI plan was not seeded");
                }
                return new Ids(rs.getLong(1), rs.getLong(2), rs.getLong(3), List.of(), List.of());
            }
        }

        Ids withSql(List<String> pull, List<String> report) {
            return new Ids(organisation, plan2021, interim2021, pull, report);
        }
    }
}
