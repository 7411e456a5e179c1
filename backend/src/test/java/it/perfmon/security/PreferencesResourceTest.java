package it.perfmon.security;

import static it.perfmon.testing.Problems.problem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import it.perfmon.testing.Accounts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An account's e-mail address, set by an administrator or by the person, and the person's choice to get reminders.
 * Viewers only, so that no reminder test meets these people.
 */
@QuarkusTest
class PreferencesResourceTest {

    private static final String PREFERENCES = "/api/v1/auth/me/preferences";

    @Test
    void shouldLetAnAdministratorGiveAnAddressAndKeepItWhenAnUpdateLeavesItOut() {
        String email = address("m.rossi");
        Accounts.User user = Accounts.createUser("VIEWER", List.of(), email);
        Accounts.asAdmin().get("/api/v1/users/{id}", user.id()).then().statusCode(200)
                .body("email", equalTo(email)).body("remindersEnabled", equalTo(true));
        Map<String, Object> update = new HashMap<>(Map.of("username", user.username(), "displayName", "Maria Rossi",
                "role", "VIEWER", "structures", List.of()));
        Accounts.asAdmin().header("If-Match", "\"0\"").body(update).put("/api/v1/users/{id}", user.id()).then()
                .statusCode(200).body("email", equalTo(email)).body("displayName", equalTo("Maria Rossi"));
        String other = address("maria.rossi");
        update.put("email", other);
        Accounts.asAdmin().header("If-Match", "\"1\"").body(update).put("/api/v1/users/{id}", user.id()).then()
                .statusCode(200).body("email", equalTo(other));
    }

    @Test
    void shouldRefuseAnAccountWithoutAProperAddressNamingEmail() {
        for (String bad : List.of("mario.rossi", "mario@localhost", "Mario Rossi <m.rossi@arti.toscana.it>",
                "m.rossi@arti.toscana.it,altro@example.com")) {
            Accounts.asAdmin().body(Map.of("username", "senza.indirizzo." + UUID.randomUUID().toString().substring(0, 6),
                            "displayName", "Senza indirizzo", "password", Accounts.PASSWORD, "role", "VIEWER",
                            "email", bad))
                    .post("/api/v1/users").then().spec(problem(400, "email"));
        }
    }

    @Test
    void shouldLetThePersonReadAndChangeTheirOwnAddressAndChoice() {
        Accounts.User user = Accounts.createUser("VIEWER", List.of(), address("lettore"));
        Accounts.Session session = Accounts.login(user.username());
        session.request().get(PREFERENCES).then().statusCode(200).header("ETag", "\"0\"")
                .body("email", equalTo(user.email())).body("remindersEnabled", equalTo(true));
        String mine = address("personale");
        session.request().header("If-Match", "\"0\"").body(Map.of("email", mine, "remindersEnabled", false))
                .put(PREFERENCES).then().statusCode(200).header("ETag", "\"1\"")
                .body("email", equalTo(mine)).body("remindersEnabled", equalTo(false));
        Accounts.asAdmin().get("/api/v1/users/{id}", user.id()).then().statusCode(200)
                .body("email", equalTo(mine)).body("remindersEnabled", equalTo(false));
        Accounts.asAdmin().queryParam("entityType", "user").queryParam("entityId", user.id()).get("/api/v1/audit")
                .then().statusCode(200).body("items[0].actorName", equalTo(user.username()))
                .body("items[0].changes.find { it.field == 'email' }.newValue", equalTo(mine))
                .body("items[0].changes.find { it.field == 'remindersEnabled' }.newValue", equalTo(false));
    }

    @Test
    void shouldRemoveTheAddressWhenTheRequestLeavesItOut() {
        Accounts.User user = Accounts.createUser("VIEWER", List.of(), address("togliere"));
        Accounts.login(user.username()).request().body(Map.of("remindersEnabled", true)).put(PREFERENCES).then()
                .statusCode(200).body("email", nullValue());
    }

    @Test
    void shouldRefuseABadAddressOrAMissingChoiceNamingTheFieldAndChangeNothing() {
        Accounts.User user = Accounts.createUser("VIEWER", List.of(), address("invariato"));
        Accounts.Session session = Accounts.login(user.username());
        session.request().body(Map.of("email", "non-un-indirizzo", "remindersEnabled", false)).put(PREFERENCES)
                .then().spec(problem(400, "email"));
        session.request().body(Map.of("email", address("nuovo"))).put(PREFERENCES)
                .then().spec(problem(400, "remindersEnabled"));
        session.request().header("If-Match", "\"7\"").body(Map.of("remindersEnabled", false)).put(PREFERENCES)
                .then().spec(problem(412));
        session.request().get(PREFERENCES).then().statusCode(200).body("email", equalTo(user.email()))
                .body("remindersEnabled", equalTo(true));
    }

    @Test
    void shouldAnswer404ToATokenWhichHasNoAccount() {
        Accounts.asAdmin().get(PREFERENCES).then().spec(problem(404));
        Accounts.asAdmin().body(Map.of("remindersEnabled", false)).put(PREFERENCES).then().spec(problem(404));
    }

    private static String address(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@arti.toscana.it";
    }
}
