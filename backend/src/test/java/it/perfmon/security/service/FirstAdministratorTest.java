package it.perfmon.security.service;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import it.perfmon.security.AppUser;
import it.perfmon.security.Role;
import it.perfmon.testing.Accounts;
import it.perfmon.testing.DefaultCredentials;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The first administrator (MONITOR_ADMIN_USER, "admin" in the test profile) is created when the default
 * organisation has no active administrator, whatever the other organisations have: theirs cannot manage it.
 */
@QuarkusTest
@DefaultCredentials.Without
class FirstAdministratorTest {

    @Inject
    AdminBootstrap bootstrap;

    @Test
    void shouldCreateTheFirstAdministratorWhenOnlyAnotherOrganisationHasOne() {
        String code = "BOOT" + System.nanoTime() % 100_000;
        Accounts.login(Accounts.createUser("REGIONAL", List.of())).request().body(Map.of("code", code, "name",
                "Ente con il suo amministratore", "administrator", Map.of("username", "admin." + code.toLowerCase(),
                        "displayName", "Amministratore", "password", Accounts.PASSWORD)))
                .post("/api/v1/organisations").then().statusCode(201);
        List<Long> suspended = QuarkusTransaction.requiringNew().call(() -> {
            List<Long> ids = AppUser.<AppUser>list("role = ?1 and active = true and organisation.code = 'ARTI'",
                    Role.ADMINISTRATOR).stream().map(u -> u.id).toList();
            AppUser.update("active = false where id in ?1", ids);
            return ids;
        });
        try {
            assertTrue(QuarkusTransaction.requiringNew().call(() -> AppUser.count(
                    "role = ?1 and active = true and organisation.code = ?2", Role.ADMINISTRATOR, code)) > 0);
            bootstrap.createFirstAdministrator();
            AppUser admin = QuarkusTransaction.requiringNew().call(() -> {
                AppUser found = AppUser.findByUsername("admin").orElseThrow();
                found.organisation.code.length();
                return found;
            });
            assertTrue(admin.active, "the first administrator is active again");
            assertEquals(Role.ADMINISTRATOR, admin.role);
            assertEquals("ARTI", admin.organisation.code);
            given().contentType("application/json").body(Map.of("username", "admin", "password",
                    "test-admin-password")).post("/api/v1/auth/login").then().statusCode(200);
        } finally {
            QuarkusTransaction.requiringNew().run(() -> AppUser.update("active = true where id in ?1", suspended));
        }
    }

    @Test
    void shouldLeaveTheAdministratorsAloneWhenTheDefaultOrganisationHasOne() {
        String before = QuarkusTransaction.requiringNew().call(() -> AppUser.findByUsername("admin").orElseThrow()
                .passwordHash);
        bootstrap.createFirstAdministrator();
        // A new hash (bcrypt salts each one) would mean the account was written again.
        assertEquals(before, QuarkusTransaction.requiringNew().call(() -> AppUser.findByUsername("admin").orElseThrow()
                .passwordHash));
    }
}
