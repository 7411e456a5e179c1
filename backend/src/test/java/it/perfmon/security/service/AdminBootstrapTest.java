package it.perfmon.security.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The production profile refuses to start with a first administrator whose password anyone could guess. */
class AdminBootstrapTest {

    private static Optional<String> weakness(String user, String password) {
        return AdminBootstrap.weakness(Optional.ofNullable(user), Optional.ofNullable(password));
    }

    @Test
    void shouldRefuseAnEmptyPassword() {
        assertEquals(Optional.of("MONITOR_ADMIN_PASSWORD is empty"), weakness("admin", null));
    }

    @Test
    void shouldRefuseTheDemoPasswordOfMakeRun() {
        assertEquals(Optional.of("MONITOR_ADMIN_PASSWORD is a demo value"), weakness("admin", "demo-arti-2021"));
    }

    @Test
    void shouldRefuseAShortPassword() {
        assertEquals(Optional.of("MONITOR_ADMIN_PASSWORD is shorter than 12 characters"), weakness("admin", "Firenze21"));
    }

    @Test
    void shouldAcceptALongUncommonPassword() {
        assertEquals(Optional.empty(), weakness("admin", "Lungarno-degli-Archibusieri-7"));
    }

    @Test
    void shouldHaveNothingToCheckWithoutAFirstAdministrator() {
        assertEquals(Optional.empty(), weakness(null, null));
    }

    @Test
    void shouldRefuseAShortBootstrapToken() {
        assertEquals(Optional.of("MONITOR_BOOTSTRAP_TOKEN is shorter than 32 characters"),
                AdminBootstrap.tokenWeakness(Optional.of("arti-automation-2021")));
    }

    @Test
    void shouldRefuseTheTestSuitesBootstrapToken() {
        assertEquals(Optional.of("MONITOR_BOOTSTRAP_TOKEN is a test or demo value"),
                AdminBootstrap.tokenWeakness(Optional.of("test-bootstrap-token-for-the-test-suite")));
    }

    @Test
    void shouldRefuseALongButRepeatedBootstrapToken() {
        assertEquals(Optional.of("MONITOR_BOOTSTRAP_TOKEN repeats too few characters to be random"),
                AdminBootstrap.tokenWeakness(Optional.of("abcabcabcabcabcabcabcabcabcabcabcabc")));
    }

    @Test
    void shouldAcceptARandomBootstrapTokenOrNone() {
        assertEquals(Optional.empty(), AdminBootstrap.tokenWeakness(Optional.of("q8Zr1vX0pL7mN3sT9wK2yB5cH4jD6fG0aE1uR8iO")));
        assertEquals(Optional.empty(), AdminBootstrap.tokenWeakness(Optional.empty()));
    }
}
