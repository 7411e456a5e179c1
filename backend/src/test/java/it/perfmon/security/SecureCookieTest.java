package it.perfmon.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import it.perfmon.testing.Accounts;
import it.perfmon.testing.DefaultCredentials;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With production's default (HTTPS), the session cookie is Secure and carries the __Host- prefix. */
@QuarkusTest
@TestProfile(SecureCookieTest.Production.class)
@DefaultCredentials.Without
class SecureCookieTest {

    public static class Production implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("perfmon.security.secure-cookie", "true");
        }
    }

    @Test
    void shouldSendASecureHostPrefixedCookieThatSignsTheBrowserIn() {
        String user = Accounts.createUser("VIEWER", List.of());
        Response login = given().contentType(ContentType.JSON).body(Map.of("username", user, "password", Accounts.PASSWORD))
                .post("/api/v1/auth/login").then().statusCode(200).extract().response();
        String setCookie = login.header("Set-Cookie");
        assertTrue(setCookie.startsWith("__Host-perfmon_session="), setCookie);
        assertTrue(setCookie.contains("Secure"), setCookie);
        assertTrue(setCookie.contains("Path=/"), setCookie);
        assertFalse(setCookie.toLowerCase().contains("domain="), setCookie);
        String secret = login.getCookie("__Host-perfmon_session");

        given().cookie("__Host-perfmon_session", secret).get("/api/v1/auth/me").then().statusCode(200)
                .body("username", equalTo(user));
        // The bare name is not the session's here: a cookie planted by a plain-http page signs nobody in.
        given().cookie("perfmon_session", secret).get("/api/v1/auth/me").then().statusCode(401);
        given().cookie("__Host-perfmon_session", secret).header("Csrf-Token", login.jsonPath().getString("csrfToken"))
                .contentType(ContentType.JSON).post("/api/v1/auth/logout").then().statusCode(204)
                .header("Set-Cookie", org.hamcrest.Matchers.startsWith("__Host-perfmon_session=;"));
    }
}
