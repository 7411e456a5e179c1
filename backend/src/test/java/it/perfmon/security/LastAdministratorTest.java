package it.perfmon.security;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import it.perfmon.testing.Accounts;
import it.perfmon.testing.DefaultCredentials;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Nobody can leave the organisation without an active administrator: not by demoting, suspending or deleting the
 * last one. Other tests create administrators, so this one suspends them (in the database) for its duration.
 */
@QuarkusTest
@DefaultCredentials.Without
class LastAdministratorTest {

    private List<Long> suspended = List.of();

    @BeforeEach
    void leaveOnlyTheFirstAdministratorActive() {
        suspended = QuarkusTransaction.requiringNew().call(() -> {
            List<Long> others = AppUser.<AppUser>list("role = ?1 and active = true and username <> 'admin'",
                    Role.ADMINISTRATOR).stream().map(u -> u.id).toList();
            AppUser.update("active = false where id in ?1", others.isEmpty() ? List.of(-1L) : others);
            return others;
        });
    }

    @AfterEach
    void restoreTheOthers() {
        QuarkusTransaction.requiringNew().run(() -> AppUser.update("active = true where id in ?1",
                suspended.isEmpty() ? List.of(-1L) : suspended));
    }

    @Test
    void shouldRefuseToDemoteTheLastAdministratorWith409NamingRole() {
        update(Map.of("role", "VIEWER")).then().statusCode(409).contentType("application/problem+json")
                .body("errors[0].field", equalTo("role"));
        Accounts.asAdmin().get("/api/v1/users/{id}", adminId()).then().body("role", equalTo("ADMINISTRATOR"));
    }

    @Test
    void shouldRefuseToSuspendTheLastAdministratorWith409NamingActive() {
        update(Map.of("active", false)).then().statusCode(409).contentType("application/problem+json")
                .body("errors[0].field", equalTo("active"));
        Accounts.asAdmin().get("/api/v1/users/{id}", adminId()).then().body("active", equalTo(true));
    }

    @Test
    void shouldLetTheLastAdministratorBeDemotedOnceAnotherIsActive() {
        String other = Accounts.createUser("ADMINISTRATOR", List.of());
        try {
            update(Map.of("role", "VIEWER")).then().statusCode(200).body("role", equalTo("VIEWER"));
        } finally {
            update(Map.of("role", "ADMINISTRATOR")).then().statusCode(200);
            QuarkusTransaction.requiringNew().run(() -> AppUser.update("active = false where username = ?1", other));
        }
    }

    private static long adminId() {
        return QuarkusTransaction.requiringNew().call(() -> AppUser.findByUsername("admin").orElseThrow().id);
    }

    private static io.restassured.response.Response update(Map<String, Object> change) {
        long id = adminId();
        String etag = Accounts.asAdmin().get("/api/v1/users/{id}", id).then().statusCode(200).extract().header("ETag");
        Map<String, Object> body = new java.util.HashMap<>(Map.of("username", "admin", "displayName", "Amministratore",
                "role", "ADMINISTRATOR", "structures", List.of()));
        body.putAll(change);
        return Accounts.asAdmin().header("If-Match", etag).body(body).put("/api/v1/users/{id}", id);
    }
}
