package it.perfmon.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import it.perfmon.testing.Accounts;
import it.perfmon.testing.Arti2021;
import it.perfmon.testing.DefaultCredentials;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@DefaultCredentials.Without
class AuthResourceTest {

    @Test
    void shouldOpenASessionInAnHttpOnlyStrictCookie() {
        String user = Accounts.createUser("VIEWER", List.of());
        String setCookie = given().contentType(ContentType.JSON).body(Map.of("username", user, "password", Accounts.PASSWORD))
                .post("/api/v1/auth/login").then().statusCode(200)
                .body("username", equalTo(user)).body("role", equalTo("VIEWER")).body("csrfToken", notNullValue())
                .extract().header("Set-Cookie");
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Strict"), setCookie);
    }

    @Test
    void shouldTellWhoIsSignedIn() {
        String editor = Accounts.createUser("EDITOR", List.of("RPCT"));
        Accounts.Session session = Accounts.login(editor);
        session.request().get("/api/v1/auth/me").then().statusCode(200)
                .body("username", equalTo(editor)).body("role", equalTo("EDITOR"))
                .body("structures", hasItem("RPCT")).body("csrfToken", equalTo(session.csrf()));
    }

    @Test
    void shouldRefuseAWrongPasswordWith401() {
        String user = Accounts.createUser("VIEWER", List.of());
        given().contentType(ContentType.JSON).body(Map.of("username", user, "password", "sbagliata-ma-lunga"))
                .post("/api/v1/auth/login").then().statusCode(401).contentType("application/problem+json")
                .body("status", equalTo(401));
    }

    @Test
    void shouldAnswer401ToMeWithoutCredentials() {
        given().get("/api/v1/auth/me").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void shouldEndTheSessionOnLogout() {
        Accounts.Session session = Accounts.login(Accounts.createUser("VIEWER", List.of()));
        session.request().post("/api/v1/auth/logout").then().statusCode(204);
        session.request().get("/api/v1/auth/me").then().statusCode(401);
    }

    @Test
    void shouldRefuseACookieBorneChangeWithoutTheCsrfToken() {
        Accounts.Session session = Accounts.login(Accounts.createUser("EDITOR", List.of("RPCT")));
        long indicator = Arti2021.indicatorId("4.4", 2);
        long period = Arti2021.finalPeriodId();
        given().cookie("perfmon_session", session.cookie()).contentType(ContentType.JSON)
                .body(Map.of("monitoringNote", "Nota senza token CSRF"))
                .put("/api/v1/indicators/{i}/results/{p}", indicator, period)
                .then().statusCode(403).contentType("application/problem+json").body("detail", containsString("Csrf-Token"));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> it.perfmon.assessment.IndicatorResult
                .count("indicator.id = ?1 and period.id = ?2 and monitoringNote = ?3", indicator, period,
                        "Nota senza token CSRF")));
    }

    @Test
    void shouldLimitFailedLoginsPerUserWith429AndRetryAfter() {
        String user = Accounts.createUser("VIEWER", List.of());
        for (int i = 0; i < 5; i++) {
            given().contentType(ContentType.JSON).body(Map.of("username", user, "password", "tentativo-sbagliato-" + i))
                    .post("/api/v1/auth/login").then().statusCode(401);
        }
        given().contentType(ContentType.JSON).body(Map.of("username", user, "password", Accounts.PASSWORD))
                .post("/api/v1/auth/login").then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", notNullValue());
    }

    @Test
    void shouldCountFailedLoginsInTheDatabaseSoEveryReplicaSeesThem() {
        String user = Accounts.createUser("VIEWER", List.of());
        given().contentType(ContentType.JSON).body(Map.of("username", user, "password", "tentativo-sbagliato"))
                .post("/api/v1/auth/login").then().statusCode(401);
        Number failures = QuarkusTransaction.requiringNew().call(() -> (Number) io.quarkus.hibernate.orm.panache.Panache
                .getEntityManager().createNativeQuery("SELECT failures FROM login_attempt WHERE attempt_key = ?1")
                .setParameter(1, "pair:127.0.0.1|" + user).getSingleResult());
        assertEquals(1, failures.intValue());
    }

    @Test
    void shouldCreateTheFirstAdministratorFromConfiguration() {
        given().contentType(ContentType.JSON).body(Map.of("username", "admin", "password", "test-admin-password"))
                .post("/api/v1/auth/login").then().statusCode(200).body("role", equalTo("ADMINISTRATOR"));
    }
}
