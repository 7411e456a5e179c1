package it.perfmon.faults.rig;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Asks a backend's readiness and liveness every 200 ms in the background and keeps every answer, with the moment it
 * arrived, so that a test can say when readiness went DOWN or UP and that liveness never failed.
 */
public final class HealthProbe implements AutoCloseable {

    /** One answer: which check, its status, when it arrived (System.nanoTime) and how long it took. */
    public record Sample(String check, int status, long arrivedNanos, long millis) {
    }

    private final List<Sample> samples = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;

    public HealthProbe(BackendProcess backend) {
        Api api = Api.anonymous(backend.uri());
        for (String check : List.of("ready", "live")) {
            Thread thread = new Thread(() -> {
                while (running) {
                    Reply reply = api.get("/q/health/" + check);
                    synchronized (samples) {
                        samples.add(new Sample(check, reply.status(), System.nanoTime(), reply.millis()));
                    }
                    Sleep.quietly(200);
                }
            }, "health-" + check + "-" + backend.name());
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    public List<Sample> samples(String check) {
        synchronized (samples) {
            return samples.stream().filter(s -> s.check().equals(check)).toList();
        }
    }

    /** The first answer of the check with that status that arrived after the given moment. */
    public Optional<Sample> first(String check, int status, long afterNanos) {
        return samples(check).stream().filter(s -> s.status() == status && s.arrivedNanos() > afterNanos).findFirst();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        for (Thread thread : threads) {
            thread.join(Api.CLIENT_TIMEOUT.toMillis() + 1000);
        }
    }
}
