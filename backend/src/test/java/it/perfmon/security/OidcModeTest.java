package it.perfmon.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import it.perfmon.audit.AuditEvent;
import it.perfmon.organisation.Organisation;
import it.perfmon.organisation.ResponsibleStructure;
import it.perfmon.testing.Accounts;
import it.perfmon.testing.Arti2021;
import it.perfmon.testing.DefaultCredentials;
import it.perfmon.testing.OidcProfiles;
import it.perfmon.testing.OidcTokens;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * With MONITOR_OIDC_ENABLED=true people come with tokens of the agency's OpenID Connect provider (here a
 * WireMock stand-in, no Docker needed): tokens of the provider meant for this API only, roles only as mapped,
 * structures from the claims, the same rules as local accounts.
 */
@QuarkusTest
@TestProfile(OidcProfiles.OidcOn.class)
@DefaultCredentials.Without
class OidcModeTest {

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    private static RequestSpecification as(OidcTokens token) {
        return as(token.sign());
    }

    private static OidcTokens administrator() {
        return OidcTokens.of("a.verdi").roles(OidcTokens.ADMINISTRATOR);
    }

    private static void shouldBeRefusedAsUnauthenticated(String token) {
        as(token).get("/api/v1/auth/me").then().statusCode(401);
        as(token).body(Map.of("year", 2098, "title", "Piano con un token non valido")).post("/api/v1/plans").then()
                .statusCode(401);
    }

    @Test
    void shouldTakeRoleAndStructuresFromTheTokenClaims() {
        as(OidcTokens.of("m.bianchi").roles(OidcTokens.EDITOR).structures("RPCT")).get("/api/v1/auth/me").then()
                .statusCode(200).body("username", equalTo("m.bianchi")).body("role", equalTo("EDITOR"))
                .body("structures", hasItem("RPCT"));
    }

    @Test
    void shouldShowTheFullNameOfTheNameClaimAndRecordTheUsername() {
        as(OidcTokens.of("m.bianchi").roles(OidcTokens.EDITOR).structures("RPCT").fullName("Maria Bianchi"))
                .get("/api/v1/auth/me").then().statusCode(200)
                .body("username", equalTo("m.bianchi")).body("displayName", equalTo("Maria Bianchi"));
        as(OidcTokens.of("m.bianchi").roles(OidcTokens.EDITOR).structures("RPCT")).get("/api/v1/auth/me").then()
                .statusCode(200).body("displayName", equalTo("m.bianchi"));
    }

    @Test
    void shouldLetAnAdministratorOfTheProviderCreatePlans() {
        as(administrator()).body(Map.of("year", 2099, "title", "Piano via OIDC")).post("/api/v1/plans").then()
                .statusCode(201);
    }

    @Test
    void shouldRefuseAnEditorOfAnotherStructureAsLocalAccountsAre() {
        long phase = given().get("/api/v1/objectives/{id}/phases", Arti2021.objectiveId("1.2")).then().extract()
                .jsonPath().getLong("items[0].id");
        as(OidcTokens.of("m.bianchi").roles(OidcTokens.EDITOR).structures("RPCT"))
                .header("If-Match", "\"0\"").body(Map.of("monitoringNote", "Via OIDC"))
                .put("/api/v1/phases/{id}/progress", phase).then().statusCode(403);
    }

    @Test
    void shouldTellTheWebAppToSignInAtTheProvider() {
        given().get("/api/v1/auth/config").then().statusCode(200).body("oidc", equalTo(true))
                .body("issuer", equalTo("https://server.example.com")).body("clientId", equalTo("perfmon-web"));
    }

    @Test
    void shouldRefuseATokenSignedByAnotherKey() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PrivateKey forgersKey = generator.generateKeyPair().getPrivate();
        shouldBeRefusedAsUnauthenticated(administrator().signedWith(forgersKey).sign());
    }

    @Test
    void shouldRefuseATokenIssuedForAnotherApplicationOfTheRealm() {
        shouldBeRefusedAsUnauthenticated(administrator().audience("protocollo-informatico").sign());
    }

    @Test
    void shouldRefuseATokenOfAnotherIssuer() {
        shouldBeRefusedAsUnauthenticated(administrator().issuer("https://idp.altro-ente.example.com").sign());
    }

    @Test
    void shouldRefuseAnExpiredToken() {
        shouldBeRefusedAsUnauthenticated(administrator().expiresAt(Instant.now().minusSeconds(120)).sign());
    }

    @Test
    void shouldGrantNothingForAGenericAdministratorRoleThatTheMappingDoesNotName() {
        OidcTokens generic = OidcTokens.of("admin.altra.app").roles("administrator", "editor", "viewer");
        as(generic).get("/api/v1/auth/me").then().statusCode(200).body("role", nullValue());
        as(generic).body(Map.of("year", 2097, "title", "Piano di un'altra applicazione")).post("/api/v1/plans").then()
                .statusCode(403);
        as(generic).get("/api/v1/users").then().statusCode(403);
        as(generic).get("/api/v1/audit").then().statusCode(403);
    }

    @Test
    void shouldKeepTheTokensOwnRolesOutOfThePermissions() {
        OidcTokens editorAlsoNamedAdministrator = OidcTokens.of("m.bianchi")
                .roles(OidcTokens.EDITOR, "administrator").structures("RPCT");
        as(editorAlsoNamedAdministrator).get("/api/v1/auth/me").then().statusCode(200).body("role", equalTo("EDITOR"));
        as(editorAlsoNamedAdministrator).body(Map.of("year", 2096, "title", "Piano non autorizzato"))
                .post("/api/v1/plans").then().statusCode(403);
        as(editorAlsoNamedAdministrator).get("/api/v1/tokens").then().statusCode(403);
    }

    @Test
    void shouldLetAPersonWithoutARoleOfOursReadWhatIsPublicOnly() {
        OidcTokens stranger = OidcTokens.of("p.estraneo").roles("offline_access");
        as(stranger).get("/api/v1/plans").then().statusCode(200);
        as(stranger).get("/api/v1/audit").then().statusCode(403);
    }

    @Test
    void shouldKeepIdempotencyKeysOfTwoPeopleWithTheSameUsernameApart() {
        long indicator = Arti2021.indicatorIdAs(Accounts.asAdmin(), "1.5", 2);
        String key = "stesso-nome-" + UUID.randomUUID();
        as(administrator().subject("sub-verdi-direzione")).header("Idempotency-Key", key)
                .body(Map.of("rows", List.of(row(indicator, "2021-12-01")))).post("/api/v1/counts/batch").then()
                .statusCode(200).body("created", equalTo(1));
        // Another a.verdi of the realm, with another key of his own that happens to be spelt the same.
        as(administrator().subject("sub-verdi-ufficio-legale")).header("Idempotency-Key", key)
                .body(Map.of("rows", List.of(row(indicator, "2021-12-02")))).post("/api/v1/counts/batch").then()
                .statusCode(200).body("created", equalTo(1));
    }

    private static Map<String, Object> row(long indicator, String day) {
        return Map.of("indicatorId", indicator, "component", "NUMERATOR", "from", day, "to", day, "value", 1);
    }

    @Test
    void shouldRecordTheSubjectOfTheTokenBesideTheUsernameInTheAuditTrail() {
        String sub = UUID.randomUUID().toString();
        long plan = as(administrator().subject(sub)).body(Map.of("year", 2095, "title", "Piano tracciato"))
                .post("/api/v1/plans").then().statusCode(201).extract().jsonPath().getLong("id");
        AuditEvent creation = QuarkusTransaction.requiringNew().call(() -> AuditEvent
                .<AuditEvent>find("entityType = 'plan' and entityId = ?1 and action = 'CREATE'", plan).singleResult());
        assertEquals("a.verdi", creation.actorName);
        assertEquals("oidc:" + sub, creation.actorSubject);
    }

    @Test
    void shouldLookUpStructureCodesInTheDefaultOrganisationOnly() {
        QuarkusTransaction.requiringNew().run(() -> {
            Organisation other = new Organisation();
            other.code = "ALTRO-ENTE-" + UUID.randomUUID().toString().substring(0, 8);
            other.name = "Altro ente della Regione";
            other.persist();
            structure(other, "RPCT");
            structure(other, "SOLO-ALTRO-ENTE");
        });
        as(OidcTokens.of("m.bianchi").roles(OidcTokens.EDITOR).structures("RPCT,SOLO-ALTRO-ENTE"))
                .get("/api/v1/auth/me").then().statusCode(200).body("structures", contains("RPCT"));
    }

    private static void structure(Organisation organisation, String code) {
        ResponsibleStructure structure = new ResponsibleStructure();
        structure.organisation = organisation;
        structure.code = code;
        structure.name = "Struttura " + code + " di " + organisation.name;
        structure.persist();
    }

    @Test
    void shouldStillAcceptApiTokensForScripts() {
        Accounts.withToken(DefaultCredentials.ADMIN_TOKEN).get("/api/v1/auth/me").then().statusCode(200)
                .body("kind", equalTo("TOKEN"));
        Accounts.withToken(Accounts.createToken(List.of("values:read"), List.of())).get("/api/v1/auth/me").then()
                .statusCode(200);
    }
}
