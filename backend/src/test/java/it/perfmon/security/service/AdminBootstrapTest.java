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
}
