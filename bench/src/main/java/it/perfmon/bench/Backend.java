package it.perfmon.bench;

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
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A packaged Quarkus application (the backend's quarkus-run.jar, or bench/baseline's) as `make run` starts it: from its
 * quarkus-app directory, with the JVM options given, on its own port and database. Times the start from spawning the
 * process to the first 200 of /q/health/ready.
 */
final class Backend implements AutoCloseable {

    /**
     * What one start measured: milliseconds to the first ready answer, the resident memory and the CPU time the
     * process had used right then. CPU time is much less sensitive than wall time to other work on the machine.
     */
    record Start(long millis, long rssKb, long cpuMillis) {
    }

    private static final Duration START_LIMIT = Duration.ofSeconds(120);

    private final Process process;
    private final Start start;

    private Backend(Process process, Start start) {
        this.process = process;
        this.start = start;
    }

    /**
     * Starts the backend against {@code db}; with {@code clean}, Flyway empties the database first (the bench's
     * own database only), so every run begins from the migrations and the 2021 seed.
     */
    static Backend start(Path jar, List<String> jvmArguments, Db db, int port, String adminToken, boolean clean, Path log) throws IOException,
            InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaBinary()));
        command.addAll(jvmArguments);
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).directory(jar.getParent().toFile());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_DATASOURCE_JDBC_URL", db.url());
        env.put("QUARKUS_DATASOURCE_USERNAME", db.user());
        env.put("QUARKUS_DATASOURCE_PASSWORD", db.password());
        env.put("MONITOR_BOOTSTRAP_TOKEN", adminToken);
        // The mail relay polls the outbox every 5 s and the reminders run every 15 min: on a loaded machine a poll
        // lands inside a measured request and the statement counter sees SQL that is not the request's own.
        env.put("MONITOR_MAIL_RELAY_INTERVAL", "off");
        env.put("MONITOR_REMINDERS_EVERY", "off");
        // As make run and the container start it: fewer glibc malloc arenas (BENCHMARKS.md, "Memory").
        env.put("MALLOC_ARENA_MAX", "2");
        if (clean) {
            env.put("QUARKUS_FLYWAY_CLEAN_AT_START", "true");
            env.put("QUARKUS_FLYWAY_CLEAN_DISABLED", "false");
        }
        Files.createDirectories(log.getParent());
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofMillis(200)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        long t0 = System.nanoTime();
        Process process = builder.start();
        while (true) {
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
                    return new Backend(process, new Start(millis, rssKb(process.pid()), cpuMillis(process.pid())));
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the backend exited with " + process.exitValue() + " while starting; see " + log);
            }
            if (System.nanoTime() - t0 > START_LIMIT.toNanos()) {
                process.destroyForcibly();
                throw new IllegalStateException("the backend was not ready within " + START_LIMIT + "; see " + log);
            }
            Thread.sleep(10);
        }
    }

    /** The JVM running the bench, so that the backend runs on the same JDK that the results name. */
    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    Start startMeasure() {
        return start;
    }

    long rssKb() throws IOException {
        return rssKb(process.pid());
    }

    /** VmRSS of /proc/<pid>/status: the resident memory the kernel accounts to the process. */
    static long rssKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new IOException("no VmRSS for pid " + pid);
    }

    /**
     * The committed memory of each Native Memory Tracking category (MB), when the JVM runs with
     * -XX:NativeMemoryTracking=summary, read with jcmd; empty otherwise. The whole output is kept in {@code out}.
     */
    Map<String, Long> nativeMemoryMB(Path out) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process p = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), "VM.native_memory", "summary")
                .redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes());
        p.waitFor(30, TimeUnit.SECONDS);
        Map<String, Long> committed = new LinkedHashMap<>();
        if (!text.contains("Native Memory Tracking")) {
            return committed;
        }
        Files.writeString(out, text);
        Matcher total = Pattern.compile("(?m)^Total: reserved=\\d+KB, committed=(\\d+)KB")
                .matcher(text);
        if (total.find()) {
            committed.put("Total", Math.round(Long.parseLong(total.group(1)) * 1024 / 1e6));
        }
        Matcher m = Pattern
                .compile("(?m)^-\\s+(.+?) \\(reserved=\\d+KB, committed=(\\d+)KB").matcher(text);
        while (m.find()) {
            committed.put(m.group(1).trim(), Math.round(Long.parseLong(m.group(2)) * 1024 / 1e6));
        }
        return committed;
    }

    /** jcmd System.trim_native_heap: glibc returns the free memory of its arenas to the kernel. */
    void trimNativeHeap() throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process p = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), "System.trim_native_heap")
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        p.waitFor(30, TimeUnit.SECONDS);
    }

    long cpuMillis() throws IOException {
        return cpuMillis(process.pid());
    }

    /** utime + stime of /proc/<pid>/stat (fields 14 and 15, in clock ticks of 10 ms). */
    static long cpuMillis(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
