package it.perfmon.security;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import it.perfmon.testing.Accounts;
import it.perfmon.testing.Arti2021;
import it.perfmon.testing.DefaultCredentials;
import it.perfmon.testing.OidcProfiles;
import it.perfmon.testing.OidcTokens;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With MONITOR_PUBLIC_READ=false every read needs a signed-in person with a role of ours or a values:read token
 * (OpenID Connect is on too, to share one profile: local accounts work the same beside it).
 */
@QuarkusTest
@TestProfile(OidcProfiles.OidcAndPrivateReading.class)
@DefaultCredentials.Without
public class PrivateReadingTest {

    @Test
    void shouldAskAnonymousReadersToSignIn() {
        given().get("/api/v1/plans").then().statusCode(401).contentType("application/problem+json");
        given().get("/api/v1/plans/{id}/report", Arti2021.planIdAs(Accounts.asAdmin())).then().statusCode(401);
        given().get("/api/v1/plans/{id}/allegato-a", Arti2021.planIdAs(Accounts.asAdmin())).then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void shouldKeepThePublicationClosedToAnonymousReadersToo() {
        given().get("/api/v1/publication").then().statusCode(401).contentType("application/problem+json");
        given().get("/api/v1/open-data/catalog.ttl").then().statusCode(401);
        given().get("/api/v1/open-data/periods/{id}/values.csv", 1).then().statusCode(401);
        Accounts.Session viewer = Accounts.login(Accounts.createUser("VIEWER", List.of()));
        viewer.request().get("/api/v1/publication").then().statusCode(200);
    }

    @Test
    void shouldLetSignedInPeopleRead() {
        Accounts.Session viewer = Accounts.login(Accounts.createUser("VIEWER", List.of()));
        viewer.request().get("/api/v1/plans").then().statusCode(200);
        viewer.request().queryParam("format", "csv").get("/api/v1/plans/{id}/allegato-a", Arti2021.planIdAs(viewer.request()))
                .then().statusCode(200);
    }

    @Test
    void shouldLetATokenWithValuesReadRead() {
        Accounts.withToken(Accounts.createToken(List.of("values:read"), List.of())).get("/api/v1/plans").then().statusCode(200);
    }

    @Test
    void shouldRefuseATokenWithoutValuesRead() {
        long indicator = Arti2021.indicatorIdAs(Accounts.asAdmin(), "1.5", 2);
        String countsOnly = Accounts.createToken(List.of("counts:write"), List.of(indicator));
        Accounts.withToken(countsOnly).get("/api/v1/plans").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void shouldKeepStatusAndLoginOpen() {
        given().get("/status").then().statusCode(200);
        given().contentType("application/json").body(Map.of("username", "admin", "password", "test-admin-password"))
                .post("/api/v1/auth/login").then().statusCode(200);
    }

    @Test
    void shouldLetAPersonOfTheProviderWithAMappedRoleRead() {
        given().auth().oauth2(OidcTokens.of("l.neri").roles(OidcTokens.VIEWER).sign()).get("/api/v1/plans").then()
                .statusCode(200);
    }

    @Test
    void shouldRefuseToShowAnythingToAPersonOfTheProviderWithoutARoleOfOurs() {
        String stranger = OidcTokens.of("p.estraneo").roles("offline_access", "uma_authorization").sign();
        given().auth().oauth2(stranger).get("/api/v1/plans").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(stranger).get("/api/v1/indicator-values").then().statusCode(403);
        given().auth().oauth2(stranger).queryParam("format", "csv")
                .get("/api/v1/plans/{id}/allegato-a", Arti2021.planIdAs(Accounts.asAdmin())).then().statusCode(403);
    }

    @Test
    void shouldRefuseToShowAnythingToAGenericAdministratorOfTheRealm() {
        String otherApplicationsAdmin = OidcTokens.of("admin.altra.app").roles("administrator").sign();
        given().auth().oauth2(otherApplicationsAdmin).get("/api/v1/plans").then().statusCode(403);
    }
}
