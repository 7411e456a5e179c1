package it.perfmon.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Phase 2: the backend's start against a yardstick, the minimal Quarkus application of bench/baseline (the backend's
 * extensions under the same BOM, no code of ours). The two start alternately, with the same JVM options, database
 * and probe (the first 200 of /q/health/ready, which both serve with the same datasource check), so that the
 * machine's load weighs on both alike; the ratio of the medians is the figure of issue 17, point 3.
 * Each jar starts with the AppCDS archive that its package step wrote beside it (app-cds.jsa), unless appcds is off.
 */
final class StartBench {

    static final double GOAL_RATIO = 1.5;

    /** The measured figures, and the backend of the last start, left running for the phases that follow. */
    record Outcome(Map<String, Object> figures, Backend running) {
    }

    private StartBench() {
    }

    static Outcome run(Path backendJar, Path baselineJar, List<String> jvmArguments, boolean appCds, Db db, int port,
            String token, int starts, Path work) throws Exception {
        if (!Files.exists(baselineJar)) {
            throw new IllegalStateException(baselineJar + " is missing: `cd bench/baseline && mvn package` builds it");
        }
        List<Backend.Start> ours = new ArrayList<>();
        List<Backend.Start> theirs = new ArrayList<>();
        Backend backend = null;
        try {
            for (int i = 0; i < starts; i++) {
                // The baseline first, so that the backend of the last round is the one left running.
                try (Backend baseline = Backend.start(baselineJar, withArchive(jvmArguments, baselineJar, appCds), db,
                        port, token, false, work.resolve("baseline-" + (i + 1) + ".log"))) {
                    theirs.add(baseline.startMeasure());
                    print("baseline", i, baseline.startMeasure());
                }
                backend = Backend.start(backendJar, withArchive(jvmArguments, backendJar, appCds), db, port, token,
                        false, work.resolve("backend-" + (i + 1) + ".log"));
                ours.add(backend.startMeasure());
                print("backend ", i, backend.startMeasure());
                if (i < starts - 1) {
                    backend.close();
                    backend = null;
                }
            }
        } catch (Exception | Error e) {
            if (backend != null) {
                backend.close();
            }
            throw e;
        }
        Map<String, Object> figures = figures(ours);
        Map<String, Object> baseline = figures(theirs);
        baseline.put("what", "bench/baseline: Quarkus " + "with the backend's extensions and no code, same JVM options,"
                + " database and probe");
        baseline.put("appCds", appCds && archive(baselineJar) != null);
        figures.put("appCds", appCds && archive(backendJar) != null);
        figures.put("baseline", baseline);
        double ratio = ((Number) figures.get("medianMillis")).doubleValue()
                / ((Number) baseline.get("medianMillis")).doubleValue();
        figures.put("ratio", Math.round(ratio * 100) / 100.0);
        figures.put("cpuRatio", Math.round(((Number) figures.get("medianCpuMillis")).doubleValue()
                / ((Number) baseline.get("medianCpuMillis")).doubleValue() * 100) / 100.0);
        figures.put("goalRatio", GOAL_RATIO);
        figures.put("met", ratio <= GOAL_RATIO);
        figures.put("jvmOptions", jvmArguments.isEmpty() ? "none (java -jar quarkus-run.jar)"
                : String.join(" ", jvmArguments) + " (as make run)");
        System.out.printf("  median: backend %d ms (CPU %d ms), baseline %d ms (CPU %d ms): %.2f× (goal ≤ %.1f×)%n",
                figures.get("medianMillis"), figures.get("medianCpuMillis"), baseline.get("medianMillis"),
                baseline.get("medianCpuMillis"), ratio, GOAL_RATIO);
        return new Outcome(figures, backend);
    }

    private static Map<String, Object> figures(List<Backend.Start> starts) {
        List<Long> millis = starts.stream().map(Backend.Start::millis).toList();
        List<Long> rss = starts.stream().map(Backend.Start::rssKb).toList();
        List<Long> cpu = starts.stream().map(Backend.Start::cpuMillis).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("millis", millis);
        out.put("rssKb", rss);
        out.put("cpuMillis", cpu);
        out.put("medianMillis", Math.round(Stats.median(millis)));
        out.put("medianRssMB", Math.round(Stats.median(rss) * 1024 / 1e6));
        out.put("medianCpuMillis", Math.round(Stats.median(cpu)));
        return out;
    }

    /**
     * The archive's classpath entries are relative to the quarkus-app directory, which is the process's working
     * directory (Backend): the JVM checks them there and ignores an archive that does not match, with a warning.
     */
    private static List<String> withArchive(List<String> jvmArguments, Path jar, boolean appCds) {
        Path archive = archive(jar);
        if (!appCds || archive == null) {
            return jvmArguments;
        }
        List<String> out = new ArrayList<>(jvmArguments);
        out.add("-XX:SharedArchiveFile=" + archive.getFileName());
        return out;
    }

    private static Path archive(Path jar) {
        Path archive = jar.getParent().resolve("app-cds.jsa");
        return Files.exists(archive) ? archive : null;
    }

    private static void print(String what, int i, Backend.Start start) throws IOException {
        System.out.printf("  %s start %d: %d ms (CPU %d ms), RSS %d MB, load %s%n", what, i + 1, start.millis(),
                start.cpuMillis(), Math.round(start.rssKb() * 1024 / 1e6), Machine.loadAverage());
    }
}
