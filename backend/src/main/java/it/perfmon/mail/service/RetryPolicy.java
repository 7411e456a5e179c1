package it.perfmon.mail.service;

import java.time.Duration;
import java.time.Instant;

/**
 * When a message that could not be sent is tried again: after {@code base}, then twice as long after each further
 * failure, never longer than {@code max}; after {@code maxAttempts} attempts it is given up.
 */
public record RetryPolicy(Duration base, Duration max, int maxAttempts) {

    /** Whether a message that has failed its {@code attempts}-th attempt is given up. */
    public boolean givesUpAfter(int attempts) {
        return attempts >= maxAttempts;
    }

    /** The next attempt after the {@code attempts}-th failed at {@code now}. */
    public Instant nextAttempt(Instant now, int attempts) {
        int doublings = Math.max(0, attempts - 1);
        Duration wait = doublings >= 31 ? max : base.multipliedBy(1L << doublings);
        return now.plus(wait.compareTo(max) > 0 ? max : wait);
    }
}
