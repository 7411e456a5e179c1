package it.perfmon.bench;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * The backend's answer cache as its responses declare it, in the RFC 9211 header {@code Cache-Status}: exactly
 * {@code perfmon; hit} when served from the cache, {@code perfmon; fwd=miss} (no entry) or {@code perfmon; fwd=stale}
 * (an entry of an older data version) when computed. A backend without the cache sends no such header: the
 * hit rate is then "no cache", never a number.
 */
final class CacheStatus {

    static final String HEADER = "Cache-Status";
    static final String NO_CACHE = "no cache";

    enum Kind { HIT, MISS, STALE, OTHER, ABSENT }

    private final Map<Kind, LongAdder> counts = new LinkedHashMap<>();

    CacheStatus() {
        for (Kind kind : Kind.values()) {
            counts.put(kind, new LongAdder());
        }
    }

    /** What one response says of the backend's cache. */
    static Kind of(HttpResponse<?> response) {
        return of(response.headers().allValues(HEADER));
    }

    static Kind of(Iterable<String> headerValues) {
        for (String value : headerValues) {
            // The header is a list: other caches on the way may add their own members.
            for (String member : value.split(",")) {
                String[] parts = member.strip().split(";");
                if (!parts[0].strip().equals("perfmon")) {
                    continue;
                }
                Kind kind = Kind.OTHER;
                for (int i = 1; i < parts.length; i++) {
                    String parameter = parts[i].strip().toLowerCase(Locale.ROOT);
                    if (parameter.equals("hit")) {
                        kind = Kind.HIT;
                    } else if (parameter.equals("fwd=miss")) {
                        kind = Kind.MISS;
                    } else if (parameter.equals("fwd=stale")) {
                        kind = Kind.STALE;
                    }
                }
                return kind;
            }
        }
        return Kind.ABSENT;
    }

    void record(HttpResponse<?> response) {
        record(of(response));
    }

    void record(Kind kind) {
        counts.get(kind).increment();
    }

    long count(Kind kind) {
        return counts.get(kind).sum();
    }

    long responses() {
        return counts.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** Hits over all responses, or null when no response carried the header (a backend without the cache). */
    Double hitRate() {
        long responses = responses();
        if (responses == 0 || count(Kind.ABSENT) == responses) {
            return null;
        }
        return count(Kind.HIT) / (double) responses;
    }

    Map<String, Object> describe() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("responses", responses());
        out.put("hit", count(Kind.HIT));
        out.put("fwdMiss", count(Kind.MISS));
        out.put("fwdStale", count(Kind.STALE));
        out.put("other", count(Kind.OTHER));
        out.put("withoutHeader", count(Kind.ABSENT));
        Double rate = hitRate();
        out.put("hitRate", rate == null ? NO_CACHE : Stats.round(rate, 4));
        return out;
    }
}
