package it.perfmon.security.service;

import java.time.Duration;

/**
 * How long a sign-in attempt must wait: nothing while the failures are within the allowance, then a delay that
 * doubles with each further failure, up to a ceiling. A growing delay rather than a lock, so that nobody can shut
 * an account (the administrator's) by failing on purpose: the wait falls on the address that failed.
 */
public record LoginDelay(Duration base, Duration max) {

    /** Beyond this many doublings the ceiling has long been reached; it keeps the shift in range. */
    private static final int MAX_DOUBLINGS = 40;

    /** The time still to wait, {@code sinceLast} after the last admitted attempt; zero when one may start. */
    public Duration remaining(int failures, int allowance, Duration sinceLast) {
        if (failures < allowance) {
            return Duration.ZERO;
        }
        Duration remaining = delayAfter(failures - allowance).minus(sinceLast);
        return remaining.isNegative() ? Duration.ZERO : remaining;
    }

    /** The delay once the allowance is spent by {@code beyond} further failures (0 for the first wait). */
    Duration delayAfter(int beyond) {
        int doublings = Math.min(beyond, MAX_DOUBLINGS);
        long maxFactor = Math.max(1, max.toNanos() / Math.max(1, base.toNanos()));
        long factor = 1L << doublings;
        return factor >= maxFactor ? max : base.multipliedBy(factor);
    }

    /** Whole seconds for Retry-After, rounded up, never 0 for a wait. */
    public static long seconds(Duration wait) {
        long seconds = wait.toSeconds();
        return wait.equals(Duration.ofSeconds(seconds)) ? Math.max(1, seconds) : seconds + 1;
    }
}
