package it.perfmon.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import it.perfmon.testing.Accounts;
import it.perfmon.testing.Arti2021;
import it.perfmon.testing.DefaultCredentials;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@DefaultCredentials.Without
class TokenResourceTest {

    @Test
    void shouldShowATokenOnceAndStoreOnlyItsHash() {
        long indicator = Arti2021.indicatorId("1.5", 2);
        var created = Accounts.asAdmin().body(Map.of("name", "sistema colloqui", "scopes", List.of("counts:write"),
                        "indicatorIds", List.of(indicator), "expiresOn", LocalDate.now().plusMonths(3).toString()))
                .post("/api/v1/tokens").then().statusCode(201)
                .body("token", startsWith("pm_")).body("prefix", notNullValue())
                .extract().jsonPath();
        String secret = created.getString("token");
        long id = created.getLong("id");

        Accounts.asAdmin().get("/api/v1/tokens").then().statusCode(200)
                .body("items.find { it.id == " + id + " }.token", nullValue())
                .body("items.find { it.id == " + id + " }.name", equalTo("sistema colloqui"));
        String stored = QuarkusTransaction.requiringNew().call(() -> (String) Panache.getEntityManager()
                .createNativeQuery("SELECT CONCAT_WS('|', name, token_prefix, token_hash, scopes) FROM api_token WHERE id = ?1")
                .setParameter(1, id).getSingleResult());
        assertFalse(stored.contains(secret), "the token is stored in clear");
    }

    @Test
    void shouldAuthenticateWithATokenAndRecordItsLastUse() {
        String secret = Accounts.createToken(List.of("values:read"), List.of());
        Accounts.withToken(secret).get("/api/v1/auth/me").then().statusCode(200)
                .body("kind", equalTo("TOKEN")).body("scopes", equalTo(List.of("values:read")));
        Object lastUsed = QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager()
                .createNativeQuery("SELECT last_used_at FROM api_token WHERE token_hash = SHA2(?1, 256)")
                .setParameter(1, secret).getSingleResult());
        assertFalse(lastUsed == null, "last use not recorded");
    }

    @Test
    void shouldRefuseARevokedTokenWith401() {
        String secret = Accounts.createToken(List.of("values:read"), List.of());
        long id = Accounts.withToken(secret).get("/api/v1/auth/me").then().statusCode(200).extract().path("username")
                .toString().isEmpty() ? -1 : tokenId(secret);
        Accounts.asAdmin().delete("/api/v1/tokens/{id}", id).then().statusCode(204);
        Accounts.withToken(secret).get("/api/v1/auth/me").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseAnUnknownBearerTokenWith401EvenOnPublicReads() {
        Accounts.withToken("pm_not-a-real-token").get("/api/v1/plans").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
    }

    @Test
    void shouldRefuseCountsWriteWithoutIndicators() {
        Accounts.asAdmin().body(Map.of("name", "senza indicatori", "scopes", List.of("counts:write"),
                        "expiresOn", LocalDate.now().plusMonths(1).toString()))
                .post("/api/v1/tokens").then().statusCode(400).body("errors[0].field", equalTo("indicatorIds"));
    }

    @Test
    void shouldRefuseAnUnknownScope() {
        Accounts.asAdmin().body(Map.of("name", "ambito ignoto", "scopes", List.of("plans:delete"),
                        "expiresOn", LocalDate.now().plusMonths(1).toString()))
                .post("/api/v1/tokens").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseAnExpiryInThePast() {
        Accounts.asAdmin().body(Map.of("name", "scaduto", "scopes", List.of("values:read"),
                        "expiresOn", LocalDate.now().minusDays(1).toString()))
                .post("/api/v1/tokens").then().statusCode(400).body("errors[0].field", equalTo("expiresOn"));
    }

    @Test
    void shouldNotLetAnonymousListTokens() {
        given().accept(ContentType.JSON).get("/api/v1/tokens").then().statusCode(401);
    }

    private static long tokenId(String secret) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Panache.getEntityManager()
                .createNativeQuery("SELECT id FROM api_token WHERE token_hash = SHA2(?1, 256)")
                .setParameter(1, secret).getSingleResult()).longValue());
    }

    @Test
    void shouldStorePasswordsAsBcryptHashes() {
        String user = Accounts.createUser("VIEWER", List.of());
        String hash = QuarkusTransaction.requiringNew().call(() -> (String) Panache.getEntityManager()
                .createNativeQuery("SELECT password_hash FROM app_user WHERE username = ?1").setParameter(1, user)
                .getSingleResult());
        assertEquals("$2a$", hash.substring(0, 4));
        assertFalse(hash.contains(Accounts.PASSWORD));
    }
}
