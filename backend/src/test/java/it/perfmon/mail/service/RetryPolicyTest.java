package it.perfmon.mail.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final Instant NOW = Instant.parse("2021-06-30T08:00:00Z");
    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(2), 30);

    @Test
    void shouldWaitTheBaseAfterTheFirstFailureAndDoubleAfterEachFurtherOne() {
        assertEquals(NOW.plusSeconds(30), policy.nextAttempt(NOW, 1));
        assertEquals(NOW.plusSeconds(60), policy.nextAttempt(NOW, 2));
        assertEquals(NOW.plusSeconds(120), policy.nextAttempt(NOW, 3));
    }

    @Test
    void shouldNeverWaitLongerThanTheMaximum() {
        assertEquals(NOW.plus(Duration.ofHours(2)), policy.nextAttempt(NOW, 9));
        assertEquals(NOW.plus(Duration.ofHours(2)), policy.nextAttempt(NOW, 1000));
    }

    @Test
    void shouldGiveUpAfterTheLastAttemptAllowed() {
        assertFalse(policy.givesUpAfter(29));
        assertTrue(policy.givesUpAfter(30));
    }
}
