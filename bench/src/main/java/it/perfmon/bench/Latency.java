package it.perfmon.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One client's latency for a read, right after a write that changes what it shows (a miss of any answer cache)
 * and when repeated with nothing written in between (a hit, once the backend has a cache). Each sample is a write,
 * then the read, then the same read again; the figures are medians over the samples, and every response's
 * Cache-Status is tallied so that the reader sees whether the two kinds of request really were a miss and a hit.
 */
final class Latency {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** The time of one complete GET (body read), in milliseconds, and what it said of the cache. */
    record Timed(double millis, CacheStatus.Kind cache) {
    }

    Timed get(URI uri) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).header("Accept", "application/json").build();
        long t0 = System.nanoTime();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        double millis = (System.nanoTime() - t0) / 1e6;
        if (response.statusCode() != 200) {
            throw new IOException(uri + " answered " + response.statusCode());
        }
        return new Timed(millis, CacheStatus.of(response));
    }

    /** The body of a GET, to check that a measured read answers what it is meant to. */
    String text(URI uri) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(uri + " answered " + response.statusCode());
        }
        return response.body();
    }

    /** Samples of one read: each a write, the read right after it, and the same read repeated. */
    final class Series {

        private final URI uri;
        private final PlanWrite write;
        private final List<Double> afterWrite = new ArrayList<>();
        private final List<Double> repeated = new ArrayList<>();
        private final CacheStatus afterWriteCache = new CacheStatus();
        private final CacheStatus repeatedCache = new CacheStatus();

        Series(URI uri, PlanWrite write) {
            this.uri = uri;
            this.write = write;
        }

        void warmUp(int reads) throws IOException, InterruptedException {
            for (int i = 0; i < reads; i++) {
                get(uri);
            }
        }

        void sample() throws IOException, InterruptedException {
            write.write();
            Timed miss = get(uri);
            Timed hit = get(uri);
            afterWrite.add(miss.millis());
            repeated.add(hit.millis());
            afterWriteCache.record(miss.cache());
            repeatedCache.record(hit.cache());
        }

        Map<String, Object> describe() {
            double missMedian = Stats.median(afterWrite);
            double hitMedian = Stats.median(repeated);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("url", uri.getPath() + (uri.getQuery() == null ? "" : "?" + uri.getQuery()));
            out.put("write", write.describe());
            out.put("samples", afterWrite.size());
            out.put("afterWriteMillis", afterWrite.stream().map(v -> Stats.round(v, 2)).toList());
            out.put("repeatedMillis", repeated.stream().map(v -> Stats.round(v, 2)).toList());
            out.put("afterWriteMedianMillis", Stats.round(missMedian, 2));
            out.put("repeatedMedianMillis", Stats.round(hitMedian, 2));
            out.put("missCostMillis", Stats.round(missMedian - hitMedian, 2));
            out.put("missOverHit", Stats.round(missMedian / hitMedian, 2));
            out.put("afterWriteCacheStatus", afterWriteCache.describe());
            out.put("repeatedCacheStatus", repeatedCache.describe());
            boolean cached = afterWriteCache.hitRate() != null || repeatedCache.hitRate() != null;
            out.put("cache", cached ? "Cache-Status present" : CacheStatus.NO_CACHE);
            return out;
        }
    }

    /** {@code warmups} unmeasured reads (JIT, pools), then {@code samples} times: write, read, read again. */
    Map<String, Object> missAndHit(URI uri, PlanWrite write, int warmups, int samples)
            throws IOException, InterruptedException {
        Series series = new Series(uri, write);
        series.warmUp(warmups);
        for (int i = 0; i < samples; i++) {
            series.sample();
        }
        return series.describe();
    }
}
