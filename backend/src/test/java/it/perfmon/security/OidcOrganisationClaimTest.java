package it.perfmon.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import it.perfmon.organisation.Organisation;
import it.perfmon.testing.Accounts;
import it.perfmon.testing.Api;
import it.perfmon.testing.Arti2021;
import it.perfmon.testing.DefaultCredentials;
import it.perfmon.testing.OidcProfiles;
import it.perfmon.testing.OidcTokens;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The "organisation" claim of a token of the OpenID Connect provider (signed with the provider's key and verified by
 * the OIDC extension) places its person in that organisation of the deployment: its data, its structures, its drafts;
 * the default organisation's data is then another organisation's. A claim naming no organisation of the deployment
 * places them in none. Public reading is off in this profile, so every organisation here is private.
 */
@QuarkusTest
@TestProfile(OidcProfiles.OidcAndPrivateReading.class)
@DefaultCredentials.Without
class OidcOrganisationClaimTest {

    private static RequestSpecification as(OidcTokens token) {
        return given().auth().oauth2(token.sign()).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** Organisation B, private, as a person of the Region would create it (that is tested elsewhere). */
    private static String organisationB() {
        String code = "OIDC" + System.nanoTime() % 1_000_000;
        QuarkusTransaction.requiringNew().run(() -> {
            Organisation organisation = new Organisation();
            organisation.code = code;
            organisation.name = "Ente dei token";
            organisation.publicRead = false;
            organisation.persist();
        });
        return code;
    }

    @Test
    void shouldPlaceAnAdministratorOfTheProviderInTheOrganisationOfTheClaim() {
        String b = organisationB();
        OidcTokens admin = OidcTokens.of("b.amministratore").roles(OidcTokens.ADMINISTRATOR).organisation(b);
        as(admin).get("/api/v1/auth/me").then().statusCode(200).body("role", equalTo("ADMINISTRATOR"))
                .body("organisation.code", equalTo(b));
        // What they create goes into B; their draft is listed to them, and ARTI's plans are not.
        long plan = as(admin).body(Map.of("year", Api.freshYear(), "title", "Piano di B")).post("/api/v1/plans")
                .then().statusCode(201).body("organisationCode", equalTo(b)).extract().jsonPath().getLong("id");
        as(admin).get("/api/v1/plans?limit=500").then().statusCode(200).body("items.id", hasItem((int) plan))
                .body("items.organisationCode", not(hasItem("ARTI")));
        as(admin).body(Map.of("code", "BSTR", "name", "Struttura di B")).post("/api/v1/organisations/{c}/structures", b)
                .then().statusCode(201);
        // ARTI, private, is another organisation's: unknown to them, and not theirs to change.
        long artiPlan = Arti2021.planIdAs(Accounts.asAdmin());
        as(admin).get("/api/v1/plans/{id}", artiPlan).then().statusCode(404);
        as(admin).body(Map.of("code", "ALTRA", "name", "Altra")).post("/api/v1/organisations/ARTI/structures")
                .then().statusCode(404);
        // People of ARTI at the same provider do not see B's draft.
        as(OidcTokens.of("a.verdi").roles(OidcTokens.ADMINISTRATOR)).get("/api/v1/plans/{id}", plan).then()
                .statusCode(404);
    }

    @Test
    void shouldLookUpAnEditorsStructuresInTheOrganisationOfTheClaim() {
        String b = organisationB();
        as(OidcTokens.of("b.admin").roles(OidcTokens.ADMINISTRATOR).organisation(b))
                .body(Map.of("code", "BSTR", "name", "Struttura di B")).post("/api/v1/organisations/{c}/structures", b)
                .then().statusCode(201);
        // DIREZIONE is ARTI's: it grants nothing to a person of B.
        as(OidcTokens.of("b.editor").roles(OidcTokens.EDITOR).structures("BSTR,DIREZIONE").organisation(b))
                .get("/api/v1/auth/me").then().statusCode(200).body("organisation.code", equalTo(b))
                .body("structures", contains("BSTR"));
    }

    @Test
    void shouldPlaceAPersonWhoseClaimNamesNoOrganisationOfTheDeploymentInNone() {
        OidcTokens stranger = OidcTokens.of("x.ignoto").roles(OidcTokens.ADMINISTRATOR).organisation("NESSUNO");
        as(stranger).get("/api/v1/auth/me").then().statusCode(200).body("organisation", nullValue());
        as(stranger).get("/api/v1/plans/{id}", Arti2021.planIdAs(Accounts.asAdmin())).then().statusCode(404);
        as(stranger).body(Map.of("year", Api.freshYear(), "title", "Piano di nessuno")).post("/api/v1/plans").then()
                .statusCode(403);
    }

    @Test
    void shouldKeepAPersonWithoutTheClaimInTheDefaultOrganisation() {
        as(OidcTokens.of("l.neri").roles(OidcTokens.VIEWER)).get("/api/v1/auth/me").then().statusCode(200)
                .body("organisation.code", equalTo("ARTI"));
        as(OidcTokens.of("l.neri").roles(OidcTokens.VIEWER)).get("/api/v1/plans/{id}",
                Arti2021.planIdAs(Accounts.asAdmin())).then().statusCode(200);
    }
}
