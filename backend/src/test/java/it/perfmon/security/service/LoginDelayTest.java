package it.perfmon.security.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginDelayTest {

    private final LoginDelay delay = new LoginDelay(Duration.ofSeconds(1), Duration.ofMinutes(15));

    @Test
    void shouldLetAttemptsThroughWithinTheAllowance() {
        assertEquals(Duration.ZERO, delay.remaining(4, 5, Duration.ZERO));
    }

    @Test
    void shouldDoubleTheWaitWithEachFailurePastTheAllowance() {
        assertEquals(Duration.ofSeconds(1), delay.remaining(5, 5, Duration.ZERO));
        assertEquals(Duration.ofSeconds(2), delay.remaining(6, 5, Duration.ZERO));
        assertEquals(Duration.ofSeconds(4), delay.remaining(7, 5, Duration.ZERO));
        assertEquals(Duration.ofSeconds(512), delay.remaining(14, 5, Duration.ZERO));
    }

    @Test
    void shouldNeverWaitMoreThanTheCeilingHoweverManyFailures() {
        assertEquals(Duration.ofMinutes(15), delay.remaining(15, 5, Duration.ZERO));
        assertEquals(Duration.ofMinutes(15), delay.remaining(5_000, 5, Duration.ZERO));
    }

    @Test
    void shouldCountTheWaitFromTheLastAttempt() {
        assertEquals(Duration.ofMillis(1500), delay.remaining(7, 5, Duration.ofMillis(2500)));
        assertEquals(Duration.ZERO, delay.remaining(7, 5, Duration.ofSeconds(5)));
    }

    @Test
    void shouldRoundRetryAfterUpToWholeSeconds() {
        assertEquals(2, LoginDelay.seconds(Duration.ofMillis(1500)));
        assertEquals(60, LoginDelay.seconds(Duration.ofSeconds(60)));
        assertEquals(1, LoginDelay.seconds(Duration.ofMillis(1)));
    }
}
