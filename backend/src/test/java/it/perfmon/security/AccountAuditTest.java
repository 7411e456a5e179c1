package it.perfmon.security;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;

import it.perfmon.testing.Accounts;
import it.perfmon.testing.DefaultCredentials;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Events about accounts are for administrators; a password change leaves a record, never the password or hash. */
@QuarkusTest
@DefaultCredentials.Without
class AccountAuditTest {

    @Test
    void shouldHideUserAndTokenEventsFromViewersAndEditorsInTheFullListing() {
        Accounts.createUser("VIEWER", List.of());
        Accounts.createToken(List.of(Actor.VALUES_READ), List.of());
        for (String role : List.of("VIEWER", "EDITOR")) {
            Accounts.Session session = Accounts.login(Accounts.createUser(role, List.of("RPCT")));
            session.request().queryParam("limit", 500).get("/api/v1/audit").then().statusCode(200)
                    .body("items.entityType", everyItem(not(is("user"))))
                    .body("items.entityType", everyItem(not(is("token"))));
        }
        Accounts.asAdmin().queryParam("limit", 500).get("/api/v1/audit").then().statusCode(200)
                .body("items.entityType", hasItem("user")).body("items.entityType", hasItem("token"));
    }

    @Test
    void shouldRefuseAFilterOnAccountEventsToNonAdministratorsWith403() {
        long userId = Accounts.asAdmin().get("/api/v1/users").then().extract().jsonPath().getLong("items[0].id");
        Accounts.Session viewer = Accounts.login(Accounts.createUser("VIEWER", List.of()));
        for (String type : List.of("user", "token")) {
            viewer.request().queryParam("entityType", type).get("/api/v1/audit").then().statusCode(403)
                    .contentType("application/problem+json");
        }
        // An id alone does not reach an account's events either.
        viewer.request().queryParam("entityId", userId).get("/api/v1/audit").then().statusCode(200)
                .body("items.entityType", everyItem(not(is("user"))));
    }

    @Test
    void shouldRecordAPasswordResetWithWhoWhenAndWhoseAccountButNeverTheHash() {
        String username = Accounts.createUser("EDITOR", List.of("RPCT"));
        var user = Accounts.asAdmin().queryParam("limit", 500).get("/api/v1/users").then().extract().jsonPath()
                .<Map<String, Object>>getList("items").stream().filter(u -> username.equals(u.get("username"))).findFirst()
                .orElseThrow();
        long id = ((Number) user.get("id")).longValue();
        String etag = Accounts.asAdmin().get("/api/v1/users/{id}", id).then().extract().header("ETag");
        Accounts.asAdmin().header("If-Match", etag)
                .body(Map.of("username", username, "displayName", user.get("displayName"), "password",
                        "una-nuova-password-2021", "role", "EDITOR", "structures", List.of("RPCT")))
                .put("/api/v1/users/{id}", id).then().statusCode(200);

        String trail = Accounts.asAdmin().queryParam("entityType", "user").queryParam("entityId", id)
                .get("/api/v1/audit").then().statusCode(200)
                .body("total", greaterThan(1))
                .body("items[0].action", equalTo("UPDATE"))
                .body("items[0].entityId", equalTo((int) id))
                .body("items[0].actorName", equalTo("bootstrap-token"))
                .body("items[0].occurredAt", not(equalTo(null)))
                .body("items[0].changes.find { it.field == 'password' }.newValue", equalTo("******** (modificata)"))
                .extract().asString();
        assertFalse(trail.contains("$2a$") || trail.contains("$2b$") || trail.contains("una-nuova-password-2021"), trail);
    }
}
