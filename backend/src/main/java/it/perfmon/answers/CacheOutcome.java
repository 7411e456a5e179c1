package it.perfmon.answers;

/**
 * How an answer was served, as the RFC 9211 Cache-Status header says it: from memory at the current data version
 * (hit), computed because there was no entry (miss) or because the entry was of an older version (stale).
 */
public enum CacheOutcome {
    HIT("perfmon; hit"),
    MISS("perfmon; fwd=miss"),
    STALE("perfmon; fwd=stale");

    private final String header;

    CacheOutcome(String header) {
        this.header = header;
    }

    /** The value of the Cache-Status response header. */
    public String header() {
        return header;
    }
}
