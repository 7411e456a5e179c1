package it.perfmon.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Browser-facing protections of the API. */
@QuarkusTest
class HardeningTest {

    @Test
    void shouldSendSecurityHeadersWithEveryApiAnswer() {
        given().get("/api/v1/plans").then().statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
    }

    @Test
    void shouldAllowCrossOriginCallsOnlyFromListedOrigins() {
        given().header("Origin", "https://servizi.regione.toscana.it").get("/api/v1/plans").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://servizi.regione.toscana.it"));
        given().header("Origin", "https://sito-sconosciuto.example").get("/api/v1/plans").then()
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void shouldNeverLetBrowsersCacheSignInAnswers() {
        given().get("/api/v1/auth/me").then().header("Cache-Control", equalTo("no-store"));
    }
}
