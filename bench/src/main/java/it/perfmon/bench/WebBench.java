package it.perfmon.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * The web app: the JavaScript its built index.html loads before anything renders (entry script and module
 * preloads, lazily loaded routes excluded), gzipped; and Lighthouse's desktop performance score for a page
 * served by `vite preview` of the same build, its API calls proxied to the bench's backend.
 */
final class WebBench {

    private static final Pattern SCRIPT = Pattern.compile("<script[^>]*\\ssrc=\"([^\"]+)\"");
    private static final Pattern PRELOAD = Pattern.compile("<link[^>]*rel=\"modulepreload\"[^>]*href=\"([^\"]+)\"");
    private static final String CHROME_FLAGS = "--headless --no-sandbox --disable-gpu --disable-background-networking "
            + "--disable-component-update --no-first-run";

    private final Path repo;
    private final ObjectMapper json = new ObjectMapper();

    WebBench(Path repo) {
        this.repo = repo;
    }

    /** Gzip at zlib's default level 6, as `gzip` and Vite's size report compress. */
    Map<String, Object> initialJavaScript() throws IOException {
        Path dist = repo.resolve("frontend/dist");
        String html = Files.readString(dist.resolve("index.html"));
        Set<String> files = new LinkedHashSet<>();
        for (Pattern pattern : List.of(SCRIPT, PRELOAD)) {
            Matcher m = pattern.matcher(html);
            while (m.find()) {
                files.add(m.group(1));
            }
        }
        long raw = 0;
        long gzip = 0;
        List<Map<String, Object>> list = new ArrayList<>();
        for (String file : files) {
            byte[] bytes = Files.readAllBytes(dist.resolve(file.replaceFirst("^/", "")));
            long gz = gzipSize(bytes);
            raw += bytes.length;
            gzip += gz;
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("file", file);
            entry.put("bytes", bytes.length);
            entry.put("gzipBytes", gz);
            list.add(entry);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("files", list);
        out.put("bytes", raw);
        out.put("gzipBytes", gzip);
        out.put("gzipKB", Stats.round(gzip / 1024.0, 1));
        return out;
    }

    private static long gzipSize(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.DEFAULT_COMPRESSION);
            }
        }) {
            gz.write(bytes);
        }
        return out.size();
    }

    /**
     * Median of up to {@code runs} Lighthouse runs (desktop preset, performance only) of {@code page} on the preview,
     * each started only once the machine is quiet; runs that find it busy after the wait are left out, and with
     * none left there is no score.
     */
    Map<String, Object> lighthouse(int previewPort, int backendPort, String page, int runs, Path workDir,
            Machine.Quiet quiet) throws IOException, InterruptedException {
        Path frontend = repo.resolve("frontend");
        Files.createDirectories(workDir);
        ProcessBuilder previewBuilder = new ProcessBuilder("node", "node_modules/vite/bin/vite.js", "preview",
                "--host", "127.0.0.1", "--port", Integer.toString(previewPort), "--strictPort")
                .directory(frontend.toFile()).redirectErrorStream(true)
                .redirectOutput(workDir.resolve("vite-preview.log").toFile());
        previewBuilder.environment().put("PERFMON_PREVIEW_API_URL", "http://127.0.0.1:" + backendPort);
        Process preview = previewBuilder.start();
        try {
            String url = "http://127.0.0.1:" + previewPort + page;
            waitFor(URI.create(url), preview);
            List<Double> scores = new ArrayList<>();
            Map<String, List<Double>> metrics = new LinkedHashMap<>();
            List<Double> scriptBytes = new ArrayList<>();
            String userAgent = null;
            List<Double> loads = new ArrayList<>();
            List<Map<String, Object>> skipped = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                Machine.Quiet.Wait wait = quiet.await();
                if (!wait.quiet()) {
                    Map<String, Object> skip = new LinkedHashMap<>();
                    skip.put("run", run + 1);
                    skip.put("loadAverage", wait.load());
                    skip.put("waitedSeconds", wait.waitedSeconds());
                    skipped.add(skip);
                    System.out.printf("  Lighthouse run %d: not measured, load average %.2f after waiting %d s%n",
                            run + 1, wait.load(), wait.waitedSeconds());
                    continue;
                }
                loads.add(wait.load());
                JsonNode report = runLighthouse(url, workDir.resolve("lighthouse-" + (run + 1) + ".json"), workDir);
                double score = Math.round(report.path("categories").path("performance").path("score").asDouble() * 100);
                scores.add(score);
                for (String audit : List.of("first-contentful-paint", "largest-contentful-paint", "total-blocking-time",
                        "cumulative-layout-shift", "speed-index")) {
                    metrics.computeIfAbsent(audit, a -> new ArrayList<>())
                            .add(report.path("audits").path(audit).path("numericValue").asDouble());
                }
                double scripts = 0;
                for (JsonNode item : report.path("audits").path("network-requests").path("details").path("items")) {
                    if ("Script".equals(item.path("resourceType").asText())) {
                        scripts += item.path("transferSize").asDouble();
                    }
                }
                scriptBytes.add(scripts);
                userAgent = report.path("environment").path("hostUserAgent").asText();
                System.out.printf("  Lighthouse run %d: performance %.0f (load average before it %.2f)%n", run + 1,
                        score, wait.load());
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("url", url);
            out.put("preset", "desktop");
            out.put("runsPlanned", runs);
            out.put("quietLoad", quiet.threshold());
            out.put("scores", scores);
            out.put("loadAverages", loads);
            out.put("skipped", skipped);
            if (scores.isEmpty()) {
                // A score taken on a busy machine measures the neighbours: none is published.
                out.put("score", null);
                out.put("notMeasuredLoad", skipped.stream().mapToDouble(r -> (Double) r.get("loadAverage")).min()
                        .orElse(Double.NaN));
            } else {
                out.put("score", Stats.median(scores));
                out.put("loadAverage", Stats.median(loads));
                Map<String, Object> medians = new LinkedHashMap<>();
                metrics.forEach((name, values) -> medians.put(name, Stats.round(Stats.median(values), 3)));
                out.put("medianMetrics", medians);
                out.put("scriptTransferBytes", Stats.median(scriptBytes));
            }
            out.put("browser", userAgent);
            out.put("lighthouse", "12.2.3");
            return out;
        } finally {
            preview.destroy();
            if (!preview.waitFor(10, TimeUnit.SECONDS)) {
                preview.destroyForcibly();
            }
        }
    }

    private JsonNode runLighthouse(String url, Path output, Path workDir) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(workDir, "chromium-profile-");
        ProcessBuilder builder = new ProcessBuilder("node",
                repo.resolve("bench/lighthouse/node_modules/lighthouse/cli/index.js").toString(), url,
                "--preset=desktop", "--only-categories=performance", "--output=json",
                "--output-path=" + output, "--quiet",
                "--chrome-flags=" + CHROME_FLAGS + " --user-data-dir=" + profile)
                .redirectErrorStream(true).redirectOutput(workDir.resolve("lighthouse.log").toFile());
        builder.environment().put("CHROME_PATH", System.getenv().getOrDefault("CHROME_PATH", "/usr/bin/chromium"));
        Process process = builder.start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("Lighthouse did not finish within 180 s");
        }
        if (process.exitValue() != 0) {
            throw new IOException("Lighthouse failed (" + process.exitValue() + "); see " + workDir.resolve("lighthouse.log"));
        }
        return json.readTree(output.toFile());
    }

    private static void waitFor(URI uri, Process process) throws IOException, InterruptedException {
        // HTTP/1.1: the default h2c upgrade request is handed to vite's WebSocket handler and never answered.
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofMillis(300)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Still starting.
            }
            if (!process.isAlive()) {
                throw new IOException("vite preview exited with " + process.exitValue());
            }
            Thread.sleep(100);
        }
        throw new IOException("vite preview did not answer " + uri + " within 60 s");
    }
}
