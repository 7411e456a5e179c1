package it.perfmon.answers;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;

/**
 * Answers kept in memory, least recently used first out, within a budget of bytes. Each entry remembers the data
 * version it was computed at; whether that is still the version is for the caller to check against the database.
 */
final class AnswerCache {

    record Entry(String version, Answer answer) {
    }

    /** Counted per lookup, for the bench and the metrics: what share of answers came from memory. */
    record Statistics(long hits, long misses, long stale, long entries, long bytes, long maxBytes) {
    }

    private final long maxBytes;
    private final long maxEntryBytes;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder stale = new LongAdder();

    AnswerCache(long maxBytes) {
        this.maxBytes = maxBytes;
        // One answer never takes more than a quarter of the budget, so a few large downloads cannot empty it.
        this.maxEntryBytes = maxBytes / 4;
    }

    synchronized Optional<Entry> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    synchronized void put(String key, String version, Answer answer) {
        long size = weight(key, answer);
        if (size > maxEntryBytes) {
            return;
        }
        Entry previous = entries.put(key, new Entry(version, answer));
        bytes += size - (previous == null ? 0 : weight(key, previous.answer()));
        Iterator<Map.Entry<String, Entry>> eldest = entries.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            Map.Entry<String, Entry> out = eldest.next();
            bytes -= weight(out.getKey(), out.getValue().answer());
            eldest.remove();
        }
    }

    void counted(CacheOutcome outcome) {
        switch (outcome) {
            case HIT -> hits.increment();
            case MISS -> misses.increment();
            case STALE -> stale.increment();
        }
    }

    synchronized Statistics statistics() {
        return new Statistics(hits.sum(), misses.sum(), stale.sum(), entries.size(), bytes, maxBytes);
    }

    synchronized void clear() {
        entries.clear();
        bytes = 0;
    }

    /** The bytes an entry holds on to, roughly: its body, its key and a fixed overhead for the rest. */
    private static long weight(String key, Answer answer) {
        return answer.body().length + 2L * key.length() + 256;
    }
}
