package it.perfmon.faults.rig;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged backend ({@code java @backend/jvm.options -jar quarkus-run.jar}), started as `make run` starts it,
 * heap bound included, with its log in a file.
 */
public final class BackendProcess implements AutoCloseable {

    private final String name;
    private final int port;
    private final Path log;
    private final Process process;

    private BackendProcess(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** Starts the backend and returns once its readiness check says UP. */
    public static BackendProcess start(String name, Path jar, int port, Map<String, String> env, Path logDir)
            throws IOException, InterruptedException {
        Files.createDirectories(logDir);
        Path log = logDir.resolve("backend-" + name + ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path jvmOptions = jar.toAbsolutePath().getParent().getParent().getParent().resolve("jvm.options");
        // From the jar's directory with the AppCDS archive `make build` writes there, as make run starts it (the JVM
        // ignores a missing or stale archive).
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "@" + jvmOptions, "-XX:SharedArchiveFile=app-cds.jsa",
                "-jar", jar.toString()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile()).directory(jar.getParent().toFile());
        builder.environment().put("MALLOC_ARENA_MAX", "2");
        builder.environment().putAll(env);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
        BackendProcess backend = new BackendProcess(name, port, log, builder.start());
        Api probe = Api.anonymous(backend.uri());
        try {
            Waits.until("backend " + name + " is ready", Duration.ofSeconds(180), () -> {
                if (!backend.process.isAlive()) {
                    throw new IllegalStateException("backend " + name + " exited: " + PrivateMariaDb.tail(log));
                }
                return probe.get("/q/health/ready").status() == 200;
            });
        } catch (RuntimeException | Error | InterruptedException e) {
            backend.close();
            throw e;
        }
        return backend;
    }

    public String name() {
        return name;
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public long pid() {
        return process.pid();
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** The log's length now, to read what a test made the backend write. */
    public long logMark() throws IOException {
        return Files.size(log);
    }

    public String logSince(long mark) throws IOException {
        byte[] all = Files.readAllBytes(log);
        return new String(all, (int) Math.min(mark, all.length), (int) Math.max(0, all.length - mark),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
        }
    }
}
