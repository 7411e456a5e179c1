package it.perfmon.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import it.perfmon.testing.Accounts;
import it.perfmon.testing.Arti2021;
import it.perfmon.testing.DefaultCredentials;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * With MONITOR_OIDC_ENABLED=true people come with tokens of the agency's OpenID Connect provider (here a
 * WireMock stand-in, no Docker needed): roles and structures from the claims, the same rules as local accounts.
 */
@QuarkusTest
@TestProfile(OidcModeTest.OidcOn.class)
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = true)
@DefaultCredentials.Without
class OidcModeTest {

    public static class OidcOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.tenant-enabled", "true",
                    "quarkus.oidc.auth-server-url", "${keycloak.url}/realms/quarkus/",
                    "quarkus.oidc.client-id", "quarkus-service-app",
                    "quarkus.oidc.roles.role-claim-path", "groups",
                    "perfmon.security.oidc.public-issuer", "https://server.example.com");
        }
    }

    private static String token(String user, Set<String> roles, String structures) {
        return OidcWiremockTestResource.generateJwtToken(user, roles, "123456", "Bearer",
                Set.of("https://server.example.com"), structures == null ? Map.of() : Map.of("structures", structures));
    }

    @Test
    void shouldTakeRoleAndStructuresFromTheTokenClaims() {
        given().auth().oauth2(token("m.bianchi", Set.of("editor"), "RPCT")).get("/api/v1/auth/me").then()
                .statusCode(200).body("username", equalTo("m.bianchi")).body("role", equalTo("EDITOR"))
                .body("structures", hasItem("RPCT"));
    }

    @Test
    void shouldShowTheFullNameOfTheNameClaimAndRecordTheUsername() {
        String token = OidcWiremockTestResource.generateJwtToken("m.bianchi", Set.of("editor"), "123456", "Bearer",
                Set.of("https://server.example.com"), Map.of("structures", "RPCT", "name", "Maria Bianchi"));
        given().auth().oauth2(token).get("/api/v1/auth/me").then().statusCode(200)
                .body("username", equalTo("m.bianchi")).body("displayName", equalTo("Maria Bianchi"));
        given().auth().oauth2(token("m.bianchi", Set.of("editor"), "RPCT")).get("/api/v1/auth/me").then()
                .statusCode(200).body("displayName", equalTo("m.bianchi"));
    }

    @Test
    void shouldLetAnAdministratorOfTheProviderCreatePlans() {
        given().auth().oauth2(token("a.verdi", Set.of("administrator"), null)).contentType(ContentType.JSON)
                .body(Map.of("year", 2099, "title", "Piano via OIDC")).post("/api/v1/plans").then().statusCode(201);
    }

    @Test
    void shouldRefuseAnEditorOfAnotherStructureAsLocalAccountsAre() {
        long phase = given().get("/api/v1/objectives/{id}/phases", Arti2021.objectiveId("1.2")).then().extract()
                .jsonPath().getLong("items[0].id");
        given().auth().oauth2(token("m.bianchi", Set.of("editor"), "RPCT")).contentType(ContentType.JSON)
                .header("If-Match", "\"0\"").body(Map.of("monitoringNote", "Via OIDC"))
                .put("/api/v1/phases/{id}/progress", phase).then().statusCode(403);
    }

    @Test
    void shouldTellTheWebAppToSignInAtTheProvider() {
        given().get("/api/v1/auth/config").then().statusCode(200).body("oidc", equalTo(true))
                .body("issuer", equalTo("https://server.example.com")).body("clientId", equalTo("perfmon-web"));
    }

    @Test
    void shouldRefuseATokenSignedByAnotherKey() {
        String forged = token("intruso", Set.of("administrator"), null);
        String[] parts = forged.split("\\.");
        given().auth().oauth2(parts[0] + "." + parts[1] + ".AAAA").get("/api/v1/auth/me").then().statusCode(401);
    }

    @Test
    void shouldStillAcceptApiTokensForScripts() {
        Accounts.withToken(DefaultCredentials.ADMIN_TOKEN).get("/api/v1/auth/me").then().statusCode(200)
                .body("kind", equalTo("TOKEN"));
        Accounts.withToken(Accounts.createToken(List.of("values:read"), List.of())).get("/api/v1/auth/me").then()
                .statusCode(200);
    }
}
