package it.perfmon.testing;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/** Requests fired as nearly at once as threads allow, for tests of what concurrent writers may and may not do. */
public final class AllAtOnce {

    private AllAtOnce() {
    }

    /** Every call waits until all have started, then all go; the answers come back in the calls' order. */
    public static List<Response> fire(ExecutorService pool, List<Callable<Response>> calls) {
        CountDownLatch ready = new CountDownLatch(calls.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Response>> futures = new ArrayList<>();
        for (Callable<Response> call : calls) {
            futures.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                return call.call();
            }));
        }
        try {
            ready.await();
            go.countDown();
            List<Response> answers = new ArrayList<>();
            for (Future<Response> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
