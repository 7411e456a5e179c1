package it.perfmon.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes bench/results/latest.json, a dated copy, and the table between the markers of BENCHMARKS.md (the text
 * around them is written by hand and kept).
 */
final class Results {

    static final String START = "<!-- bench:results:start -->";
    static final String END = "<!-- bench:results:end -->";

    private Results() {
    }

    static void write(Path repo, Map<String, Object> results) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Path dir = repo.resolve("bench/results");
        Files.createDirectories(dir);
        String json = mapper.writeValueAsString(results) + "\n";
        Files.writeString(dir.resolve("latest.json"), json);
        String stamp = ((String) results.get("date")).replace(":", "").replace("T", "-");
        Files.writeString(dir.resolve(stamp.substring(0, 15) + ".json"), json);
        updateMarkdown(repo.resolve("BENCHMARKS.md"), table(mapper.readTree(json)));
    }

    /** Renders the table again from latest.json, e.g. after the text around it was edited. */
    static void render(Path repo) throws IOException {
        updateMarkdown(repo.resolve("BENCHMARKS.md"),
                table(new ObjectMapper().readTree(repo.resolve("bench/results/latest.json").toFile())));
    }

    /** The answer cache's reads of the data version, beside the statements that compute the answer. */
    private static String versionReads(JsonNode probe) {
        long reads = probe.path("versionReads").asLong();
        return reads == 0 ? "" : " (+ " + reads + " read" + (reads == 1 ? "" : "s") + " of the data version)";
    }

    private static void updateMarkdown(Path file, String table) throws IOException {
        String text = Files.exists(file) ? Files.readString(file) : "# Benchmarks\n\n" + START + "\n" + END + "\n";
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        if (start < 0 || end < start) {
            throw new IOException(file + " lacks the markers " + START + " … " + END);
        }
        Files.writeString(file, text.substring(0, start + START.length()) + "\n" + table + text.substring(end));
    }

    static String table(JsonNode r) {
        StringBuilder md = new StringBuilder();
        JsonNode m = r.path("machine");
        md.append("Run of ").append(r.path("date").asText()).append(" at commit `").append(r.path("commit").asText())
                .append("`, ").append(r.path("benchSeconds").asText()).append(" s. Machine: ")
                .append(m.path("cpu").asText()).append(", ").append(m.path("cores").asText()).append(" cores, ")
                .append(m.path("memoryGiB").asText()).append(" GiB RAM; MariaDB ").append(m.path("mariadb").asText())
                .append("; ").append(m.path("jdk").asText()).append(". Load average (1 min) at the start of each phase: ")
                .append(r.path("loadAverage").toString().replaceAll("\"\\[(\\d+)/\\d+\\][^\"]*\"", "$1")
                        .replace("\"end\"", "end").replace(",", ", ").replace("{", "").replace("}", ""))
                .append(". The last column gives the load average when each figure's measurement began (on ")
                .append(m.path("cores").asText()).append(" cores, a load above that number means other work shared "
                        + "the machine).\n\n");
        md.append("| measure | value | baseline | ratio | target | met? | load |\n|---|---|---|---|---|---|---|\n");

        readRows(md, r.path("pullApi"), "Pull API `GET /api/v1/indicator-values?planId={id}`", "pull API");
        readRows(md, r.path("report"), "Plan report `GET /api/v1/plans/{id}/report`", "report");

        JsonNode report = r.path("reportStatements");
        double phase1Load = phaseLoad(r, "statement counter");
        if (report.isMissingNode()) {
            missing(md, "Plan report SQL statements, computed answer", "≤ 6", "");
        } else {
            JsonNode small = report.path("plan2021");
            JsonNode large = report.path("plan10x");
            row(md, "Plan report SQL statements, computed answer (after a write), 2021 plan (" + plural(small) + ")",
                    small.path("statements").asText() + versionReads(small), "", "", "≤ 6", met(small.path("statements").asInt() <= 6), phase1Load);
            row(md, "Plan report SQL statements, computed answer, generated plan (" + plural(large) + ")",
                    large.path("statements").asText(), "2021 plan: " + small.path("statements").asText(),
                    report.path("same").asBoolean() ? "same" : "differs", "same, ≤ 6",
                    met(report.path("same").asBoolean() && large.path("statements").asInt() <= 6), phase1Load);
            JsonNode pullRepeat = r.path("pullApiStatements").path("onRepeat");
            if (small.path("onRepeat").isMissingNode() || pullRepeat.isMissingNode()) {
                missing(md, "SQL statements of a repeated request, nothing written since", "≤ 1 each", "");
                return finish(md, r);
            }
            long reportRepeat = small.path("onRepeat").path("statements").asLong()
                    + small.path("onRepeat").path("versionReads").asLong();
            long pullRepeatTotal = pullRepeat.path("statements").asLong() + pullRepeat.path("versionReads").asLong();
            long repeat = Math.max(reportRepeat, pullRepeatTotal);
            row(md, "SQL statements of a repeated request, nothing written since (one small read): report / pull API",
                    reportRepeat + " / " + pullRepeatTotal,
                    "computed answer: " + small.path("statements").asText() + " / "
                            + r.path("pullApiStatements").path("statements").asText(), "", "≤ 1 each", met(repeat <= 1),
                    phase1Load);
        }

        return finish(md, r);
    }

    private static String finish(StringBuilder md, JsonNode r) {
        JsonNode counts = r.path("counts");
        if (counts.isMissingNode()) {
            missing(md, "100.000 counts posted in batches of 1.000", "≥ 0.6× raw JDBC", "");
        } else {
            String runs = " (median of " + counts.path("runs").size() + ")";
            double load = counts.path("loadAverage").asDouble(Double.NaN);
            row(md, "100.000 counts posted in batches of 1.000: total time" + runs,
                    fmt(counts.path("apiSeconds").asDouble(), 1) + " s",
                    "raw JDBC batches: " + fmt(counts.path("rawSeconds").asDouble(), 1) + " s", "", "≤ 20 s",
                    met(counts.path("apiSeconds").asDouble() <= 20), load);
            row(md, "100.000 counts: rate against raw JDBC batch inserts" + runs,
                    counts.path("apiCountsPerSecond").asText() + " counts/s",
                    counts.path("rawCountsPerSecond").asText() + " counts/s",
                    fmt(counts.path("ratio").asDouble(), 2) + "×", "≥ 0.6×", met(counts.path("ratio").asDouble() >= 0.6),
                    load);
        }

        JsonNode start = r.path("start");
        double startLoad = phaseLoad(r, "start to first answer");
        if (start.isMissingNode()) {
            missing(md, "Backend start to first answer", "≤ 1.5× a minimal Quarkus app", "");
        } else {
            String of = " (median of " + start.path("millis").size() + ")";
            String value = fmt(start.path("medianMillis").asDouble() / 1000, 2) + " s"
                    + (start.path("medianCpuMillis").isMissingNode() ? ""
                            : " (CPU " + fmt(start.path("medianCpuMillis").asDouble() / 1000, 2) + " s)");
            // The minimal Quarkus app's figures: in start.baseline (with start.ratio) or, failing that, startBaseline.
            JsonNode baseline = start.path("baseline").isObject() ? start.path("baseline") : r.path("startBaseline");
            if (!baseline.path("medianMillis").isNumber()) {
                row(md, "Backend start to first answer" + of, value, "minimal Quarkus app: not measured", "",
                        "≤ 1.5×", "not measured", startLoad);
            } else {
                double ratio = start.path("ratio").isNumber() ? start.path("ratio").asDouble()
                        : baseline.path("ratio").isNumber() ? baseline.path("ratio").asDouble()
                        : start.path("medianMillis").asDouble() / baseline.path("medianMillis").asDouble();
                row(md, "Backend start to first answer" + of + ", against a Quarkus app with the same extensions and "
                                + "no code" + (start.path("appCds").asBoolean() ? ", both with AppCDS" : ""), value,
                        "minimal Quarkus app: " + fmt(baseline.path("medianMillis").asDouble() / 1000, 2) + " s"
                                + (baseline.path("medianCpuMillis").isNumber() ? " (CPU "
                                + fmt(baseline.path("medianCpuMillis").asDouble() / 1000, 2) + " s)" : ""),
                        fmt(ratio, 2) + "×" + (start.path("cpuRatio").isNumber()
                                ? " (CPU " + fmt(start.path("cpuRatio").asDouble(), 2) + "×)" : ""),
                        "≤ 1.5×", met(ratio <= 1.5),
                        baseline.path("loadAverage").isNumber() ? baseline.path("loadAverage").asDouble() : startLoad);
            }
            row(md, "Backend memory (RSS) right after start" + of, start.path("medianRssMB").asText() + " MB", "", "",
                    "≤ 300 MB", met(start.path("medianRssMB").asLong() <= 300), startLoad);
        }
        JsonNode after = r.path("afterLoad");
        if (after.isMissingNode()) {
            missing(md, "Backend memory (RSS) after the load (pull, report, counts)", "≤ 400 MB", "");
        } else {
            row(md, "Backend memory (RSS) after the load (pull, report, counts)", after.path("rssMB").asText() + " MB",
                    start.isMissingNode() ? "" : "right after start: " + start.path("medianRssMB").asText() + " MB", "",
                    "≤ 400 MB", met(after.path("rssMB").asLong() <= 400), after.path("loadAverage").asDouble(Double.NaN));
        }

        JsonNode js = r.path("initialJavaScript");
        if (js.isMissingNode()) {
            missing(md, "Web app initial JavaScript, gzip", "≤ 250 kB", "");
        } else {
            row(md, "Web app initial JavaScript, gzip (" + js.path("files").size() + " files)",
                    fmt(js.path("gzipBytes").asDouble() / 1000, 1) + " kB",
                    "uncompressed " + fmt(js.path("bytes").asDouble() / 1000, 1) + " kB", "", "≤ 250 kB",
                    met(js.path("gzipBytes").asLong() <= 250_000), phaseLoad(r, "Initial JavaScript"));
        }
        lighthouseRow(md, r.path("lighthouse"));
        scaleRows(md, r.path("scale"));
        generatedPlanRows(md, r.path("scale"));
        sizeRow(md, r.path("scale"));
        md.append("\nkB and MB are 1.000 and 1.000.000 bytes. Details of every figure: `bench/results/latest.json`.\n");
        return md.toString();
    }

    /** Throughput against the raw replay, the answer cache's hit rate, and the cost of a miss. */
    private static void readRows(StringBuilder md, JsonNode read, String name, String shortName) {
        if (read.isMissingNode()) {
            missing(md, name, "≥ 1.0× raw JDBC", "");
            return;
        }
        double load = read.path("loadAverage").asDouble(Double.NaN);
        row(md, name + ", " + read.path("concurrency").asInt() + " concurrent",
                fmt(read.path("apiPerSecond").asDouble(), 1) + " req/s",
                "raw JDBC, its own " + read.path("rawStatementsPerReplay").asInt() + " statements: "
                        + fmt(read.path("rawPerSecond").asDouble(), 1) + " /s",
                fmt(read.path("ratio").asDouble(), 2) + "×", "≥ 1.0×", met(read.path("ratio").asDouble() >= 1.0), load);
        JsonNode cache = read.path("cacheStatus");
        String hitRate = cache.isMissingNode() ? "not measured" : cache.path("hitRate").isNumber()
                ? fmt(cache.path("hitRate").asDouble() * 100, 1) + " % of " + cache.path("responses").asText() + " responses"
                : CacheStatus.NO_CACHE + " (no Cache-Status header)";
        row(md, "Answer cache of the " + shortName + ": hit rate during the throughput rounds", hitRate, "", "",
                "reported", "—", load);
        JsonNode miss = read.path("missCost");
        if (!miss.isMissingNode()) {
            String statuses = miss.path("cache").asText().equals(CacheStatus.NO_CACHE) ? ", no cache" : ", Cache-Status "
                    + statuses(miss.path("afterWriteCacheStatus")) + " then " + statuses(miss.path("repeatedCacheStatus"));
            row(md, "Cost of a miss of the " + shortName + ": one client, right after a write, median of "
                            + miss.path("samples").asText(),
                    fmt(miss.path("afterWriteMedianMillis").asDouble(), 1) + " ms",
                    "repeated: " + fmt(miss.path("repeatedMedianMillis").asDouble(), 1) + " ms" + statuses,
                    fmt(miss.path("missOverHit").asDouble(), 2) + "×", "reported", "—",
                    miss.path("loadAverage").asDouble(Double.NaN));
        }
    }

    private static String statuses(JsonNode tally) {
        List<String> parts = new ArrayList<>();
        for (String[] kind : List.of(new String[] {"hit", "hit"}, new String[] {"fwdMiss", "fwd=miss"},
                new String[] {"fwdStale", "fwd=stale"}, new String[] {"other", "other"},
                new String[] {"withoutHeader", "none"})) {
            if (tally.path(kind[0]).asLong() > 0) {
                parts.add(tally.path(kind[0]).asText() + " " + kind[1]);
            }
        }
        return String.join(", ", parts);
    }

    private static void lighthouseRow(StringBuilder md, JsonNode lighthouse) {
        String name = "Lighthouse performance, desktop";
        if (lighthouse.isMissingNode()) {
            missing(md, name, "≥ 95", "--lighthouse-runs=0");
            return;
        }
        String page = " (`" + lighthouse.path("url").asText().replaceFirst("^http://[^/]+", "") + "`)";
        List<String> scores = new ArrayList<>();
        lighthouse.path("scores").forEach(score -> scores.add(fmt(score.asDouble(), 0)));
        String skipped = lighthouse.path("skipped").isEmpty() ? "" : "; " + lighthouse.path("skipped").size()
                + " run(s) not measured, load above " + lighthouse.path("quietLoad").asText();
        if (!lighthouse.path("score").isNumber()) {
            double load = lighthouse.path("notMeasuredLoad").asDouble(Double.NaN);
            row(md, name + page, "not measured (load " + fmt(load, 2) + ")", "", "",
                    "≥ 95" + (lighthouse.path("quietLoad").isNumber() ? ", at a load ≤ " + lighthouse.path("quietLoad").asText() : ""), "not measured", load);
            return;
        }
        row(md, name + ", median of " + scores.size() + page, fmt(lighthouse.path("score").asDouble(), 0),
                "runs: " + String.join(", ", scores) + skipped, "",
                "≥ 95" + (lighthouse.path("quietLoad").isNumber() ? ", at a load ≤ " + lighthouse.path("quietLoad").asText() : ""),
                met(lighthouse.path("score").asDouble() >= 95), lighthouse.path("loadAverage").asDouble(Double.NaN));
    }

    private static void scaleRows(StringBuilder md, JsonNode scale) {
        String[][] figures = {{"report-cold", "Scale: plan report, cold (right after a write)"},
            {"report-warm", "Scale: plan report, warm (repeated)"},
            {"pull-cold", "Scale: pull API, cold (right after a write)"},
            {"pull-warm", "Scale: pull API, warm (repeated)"}};
        JsonNode compared = scale.path("compared");
        for (String[] figure : figures) {
            String name = figure[1] + ", 2021 plan, one client, in the `make seed-large` database";
            JsonNode f = compared.path(figure[0]);
            if (f.isMissingNode()) {
                missing(md, name, "≤ 2× the 2021-only database", scale.path("skipped").asText(""));
                continue;
            }
            row(md, name, fmt(f.path("largeMillis").asDouble(), 1) + " ms",
                    "2021-only database, same moments: " + fmt(f.path("smallMillis").asDouble(), 1) + " ms",
                    fmt(f.path("ratio").asDouble(), 2) + "×", "≤ 2×", met(f.path("met").asBoolean()),
                    f.path("loadAverage").asDouble(Double.NaN));
        }
    }

    /** For the record: a generated plan ten times the 2021 one, in the large database (no goal). */
    private static void generatedPlanRows(StringBuilder md, JsonNode scale) {
        JsonNode plan = scale.path("large").path("generatedPlan");
        if (plan.isMissingNode()) {
            return;
        }
        for (String[] read : List.of(new String[] {"report", "plan report"}, new String[] {"pull", "pull API"})) {
            JsonNode generated = plan.path(read[0]);
            JsonNode small = scale.path("small").path(read[0]);
            row(md, "Scale, for the record: " + read[1] + " of a generated plan ten times 2021, in the `make seed-large` "
                            + "database, cold / warm",
                    fmt(generated.path("afterWriteMedianMillis").asDouble(), 1) + " / "
                            + fmt(generated.path("repeatedMedianMillis").asDouble(), 1) + " ms",
                    "2021 plan, 2021-only database: " + fmt(small.path("afterWriteMedianMillis").asDouble(), 1) + " / "
                            + fmt(small.path("repeatedMedianMillis").asDouble(), 1) + " ms (earlier)",
                    "", "reported", "—", plan.path("loadAverage").asDouble(Double.NaN));
        }
    }

    /** For the sizing: how much room the `make seed-large` database takes, and its largest table (no goal). */
    private static void sizeRow(StringBuilder md, JsonNode scale) {
        JsonNode size = scale.path("largeData").path("size");
        if (size.isMissingNode() || size.path("largestTables").isEmpty()) {
            return;
        }
        JsonNode largest = size.path("largestTables").get(0);
        row(md, "Scale, for the record: size of the `make seed-large` database on disk (data and indexes)",
                fmt(size.path("totalMB").asDouble(), 0) + " MB",
                "largest table `" + largest.path("table").asText() + "`: " + largest.path("rows").asText() + " rows, "
                        + fmt(largest.path("dataMB").asDouble(), 0) + " MB data + "
                        + fmt(largest.path("indexMB").asDouble(), 0) + " MB indexes",
                "", "reported", "—", Double.NaN);
    }

    /** The load average at the start of the phase whose name contains {@code part}, or NaN. */
    private static double phaseLoad(JsonNode r, String part) {
        var fields = r.path("loadAverage").fields();
        while (fields.hasNext()) {
            var field = fields.next();
            if (field.getKey().contains(part)) {
                return field.getValue().asDouble();
            }
        }
        return Double.NaN;
    }

    private static String plural(JsonNode plan) {
        return plan.path("objectives").asText() + " objectives, " + plan.path("indicators").asText() + " indicators, "
                + plan.path("phases").asText() + " phases";
    }

    /** A goal whose figure this run did not produce: said so, never filled with an older figure. */
    private static void missing(StringBuilder md, String measure, String target, String why) {
        row(md, measure, "not measured" + (why.isEmpty() ? "" : " (" + why + ")"), "", "", target, "not measured",
                Double.NaN);
    }

    private static String met(boolean met) {
        return met ? "yes" : "**no**";
    }

    private static void row(StringBuilder md, String measure, String value, String baseline, String ratio,
            String target, String met, double load) {
        md.append("| ").append(measure).append(" | ").append(value).append(" | ").append(baseline).append(" | ")
                .append(ratio).append(" | ").append(target).append(" | ").append(met).append(" | ")
                .append(Double.isNaN(load) ? "—" : fmt(load, 2)).append(" |\n");
    }

    private static String fmt(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
