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
                .append("; ").append(m.path("jdk").asText()).append(". Load average (1 min) at each phase: ")
                .append(r.path("loadAverage").toString().replaceAll("\"\\[(\\d)/6\\][^\"]*\"", "$1").replace("\"end\"", "end")
                        .replace(",", ", ").replace("{", "").replace("}", ""))
                .append(" (on ").append(m.path("cores").asText()).append(" cores: other work shared the machine).\n\n");
        md.append("| measure | value | baseline | ratio | target | met? |\n|---|---|---|---|---|---|\n");

        JsonNode pull = r.path("pullApi");
        if (!pull.isMissingNode()) {
            row(md, "Pull API `GET " + pull.path("url").asText().replaceFirst("^http://[^/]+", "") + "`, "
                            + pull.path("concurrency").asInt() + " concurrent",
                    fmt(pull.path("apiPerSecond").asDouble(), 1) + " req/s",
                    "raw JDBC, same " + pull.path("rawStatementsPerReplay").asInt() + " statements: "
                            + fmt(pull.path("rawPerSecond").asDouble(), 1) + " /s",
                    fmt(pull.path("ratio").asDouble(), 2) + "×", "≥ 0.5×", pull.path("ratio").asDouble() >= 0.5);
        }
        JsonNode report = r.path("reportStatements");
        if (!report.isMissingNode()) {
            JsonNode small = report.path("plan2021");
            JsonNode large = report.path("plan10x");
            row(md, "Plan report SQL statements, 2021 plan (" + plural(small) + ")",
                    small.path("statements").asText(), "", "", "≤ 6", small.path("statements").asInt() <= 6);
            row(md, "Plan report SQL statements, generated plan (" + plural(large) + ")",
                    large.path("statements").asText(), "2021 plan: " + small.path("statements").asText(),
                    report.path("same").asBoolean() ? "same" : "differs", "same, ≤ 6",
                    report.path("same").asBoolean() && large.path("statements").asInt() <= 6);
        }
        JsonNode counts = r.path("counts");
        if (!counts.isMissingNode()) {
            String runs = " (median of " + counts.path("runs").size() + ")";
            row(md, "100.000 counts posted in batches of 1.000: total time" + runs,
                    fmt(counts.path("apiSeconds").asDouble(), 1) + " s",
                    "raw JDBC batches: " + fmt(counts.path("rawSeconds").asDouble(), 1) + " s", "", "≤ 20 s",
                    counts.path("apiSeconds").asDouble() <= 20);
            row(md, "100.000 counts: rate against raw JDBC batch inserts" + runs,
                    counts.path("apiCountsPerSecond").asText() + " counts/s",
                    counts.path("rawCountsPerSecond").asText() + " counts/s",
                    fmt(counts.path("ratio").asDouble(), 2) + "×", "≥ 0.5×", counts.path("ratio").asDouble() >= 0.5);
        }
        JsonNode start = r.path("start");
        if (!start.isMissingNode()) {
            String of = " (median of " + start.path("millis").size() + ")";
            JsonNode baseline = start.path("baseline");
            if (baseline.isMissingNode()) {
                row(md, "Backend start to first answer" + of, fmt(start.path("medianMillis").asDouble() / 1000, 2) + " s",
                        "CPU time used by then: " + fmt(start.path("medianCpuMillis").asDouble() / 1000, 2) + " s", "",
                        "≤ 3 s", start.path("medianMillis").asLong() <= 3000);
            } else {
                row(md, "Backend start to first answer" + of + ", against a Quarkus app with the same extensions and no"
                                + " code (`bench/baseline`)" + (start.path("appCds").asBoolean() ? ", both with AppCDS" : ""),
                        fmt(start.path("medianMillis").asDouble() / 1000, 2) + " s, CPU "
                                + fmt(start.path("medianCpuMillis").asDouble() / 1000, 2) + " s",
                        fmt(baseline.path("medianMillis").asDouble() / 1000, 2) + " s, CPU "
                                + fmt(baseline.path("medianCpuMillis").asDouble() / 1000, 2) + " s",
                        fmt(start.path("ratio").asDouble(), 2) + "× (CPU " + fmt(start.path("cpuRatio").asDouble(), 2)
                                + "×)", "≤ " + fmt(start.path("goalRatio").asDouble(), 1) + "×",
                        start.path("met").asBoolean());
            }
            row(md, "Backend memory (RSS) right after start" + of, start.path("medianRssMB").asText() + " MB", "", "",
                    "≤ 300 MB", start.path("medianRssMB").asLong() <= 300);
            if (!r.path("afterLoad").isMissingNode()) {
                row(md, "Backend memory (RSS) after the pull and counts load", r.path("afterLoad").path("rssMB").asText()
                        + " MB", "", "", "≤ 400 MB", r.path("afterLoad").path("rssMB").asLong() <= 400);
            }
        }
        JsonNode js = r.path("initialJavaScript");
        if (!js.isMissingNode()) {
            row(md, "Web app initial JavaScript, gzip (" + js.path("files").size() + " files)",
                    fmt(js.path("gzipBytes").asDouble() / 1000, 1) + " kB",
                    "uncompressed " + fmt(js.path("bytes").asDouble() / 1000, 1) + " kB", "", "≤ 250 kB",
                    js.path("gzipBytes").asLong() <= 250_000);
        }
        JsonNode lighthouse = r.path("lighthouse");
        if (!lighthouse.isMissingNode()) {
            md.append("| Lighthouse performance, desktop, median of ").append(lighthouse.path("scores").size())
                    .append(" (`").append(lighthouse.path("url").asText().replaceFirst("^http://[^/]+", ""))
                    .append("`) | ").append(fmt(lighthouse.path("score").asDouble(), 0)).append(" | runs: ");
            List<String> scores = new ArrayList<>();
            lighthouse.path("scores").forEach(score -> scores.add(fmt(score.asDouble(), 0)));
            md.append(String.join(", ", scores)).append(" |  | measured | — |\n");
        }
        md.append("\nkB and MB are 1.000 and 1.000.000 bytes. Details of every figure: `bench/results/latest.json`.\n");
        return md.toString();
    }

    private static String plural(JsonNode plan) {
        return plan.path("objectives").asText() + " objectives, " + plan.path("indicators").asText() + " indicators, "
                + plan.path("phases").asText() + " phases";
    }

    private static void row(StringBuilder md, String measure, String value, String baseline, String ratio,
            String target, boolean met) {
        md.append("| ").append(measure).append(" | ").append(value).append(" | ").append(baseline).append(" | ")
                .append(ratio).append(" | ").append(target).append(" | ").append(met ? "yes" : "**no**").append(" |\n");
    }

    private static String fmt(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
