package it.perfmon.faults.rig;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * A nightly script posting count batches: each batch with an Idempotency-Key of its own, sent again with the same
 * key after a 503 (waiting its Retry-After), a 409 (the first request with the key still runs), a timeout or a
 * lost connection, until an answer of 2xx, as a 3 a.m. script does. It tallies every answer it saw.
 */
public final class RetryingScript {

    private final Map<String, Integer> seen = new TreeMap<>();
    private final long giveUpMillis;

    public RetryingScript(long giveUpMillis) {
        this.giveUpMillis = giveUpMillis;
    }

    /** Sends until acknowledged; the last answer (a 2xx, or the one it gave up on). */
    public Reply send(Supplier<Reply> request) {
        long deadline = System.currentTimeMillis() + giveUpMillis;
        while (true) {
            Reply reply = request.get();
            tally(reply);
            boolean retry = reply.status() == 503 || reply.status() == 409 || reply.status() == Reply.TIMED_OUT
                    || reply.status() == Reply.NO_ANSWER;
            if (!retry || System.currentTimeMillis() > deadline) {
                return reply;
            }
            long wait = reply.header("Retry-After").map(s -> Long.parseLong(s) * 1000).orElse(200L);
            Sleep.quietly(Math.min(wait, 1000));
        }
    }

    /** Whether an answer that is not 2xx is problem details, as the API promises for every error. */
    public static boolean isProblem(Reply reply) {
        return reply.header("Content-Type").filter(t -> t.startsWith("application/problem+json")).isPresent();
    }

    private synchronized void tally(Reply reply) {
        String status = switch (reply.status()) {
            case Reply.TIMED_OUT -> "timed out";
            case Reply.NO_ANSWER -> "no answer";
            default -> Integer.toString(reply.status());
        };
        seen.merge(status, 1, Integer::sum);
    }

    /** How many answers of each status the script saw, first attempts and retries alike. */
    public synchronized Map<String, Integer> seen() {
        return new TreeMap<>(seen);
    }

    public static Map<String, Integer> merge(List<RetryingScript> scripts) {
        Map<String, Integer> all = new TreeMap<>();
        scripts.forEach(s -> s.seen().forEach((k, v) -> all.merge(k, v, Integer::sum)));
        return all;
    }
}
