package it.perfmon.security;

import static it.perfmon.security.AuthorizationMatrix.administrator;
import static it.perfmon.security.AuthorizationMatrix.administratorSessionWithoutCsrf;
import static it.perfmon.security.AuthorizationMatrix.anonymous;
import static it.perfmon.security.AuthorizationMatrix.reader;
import static it.perfmon.security.AuthorizationMatrix.readingToken;
import static it.perfmon.security.AuthorizationMatrix.structureEditor;
import static it.perfmon.security.AuthorizationMatrix.withoutRole;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import it.perfmon.testing.Accounts;
import it.perfmon.testing.Arti2021;
import it.perfmon.testing.DefaultCredentials;
import it.perfmon.testing.OidcProfiles;
import it.perfmon.testing.OidcTokens;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The whole matrix of {@link AuthorizationMatrix} again with public reading off, as local callers and as people
 * of the OpenID Connect provider (on in the same profile, so that both walks cost one start of Quarkus).
 */
@QuarkusTest
@TestProfile(OidcProfiles.OidcAndPrivateReading.class)
@DefaultCredentials.Without
class PrivateAuthorizationMatrixTest {

    /** A bearer of a token of the provider, signed once, valid for longer than the walk. */
    private static Supplier<RequestSpecification> person(OidcTokens token) {
        String signed = token.expiresAt(Instant.now().plusSeconds(3600)).sign();
        return () -> given().auth().oauth2(signed);
    }

    @Test
    void shouldLetOnlyTheRightCallersThroughEveryOperationWhenReadingIsNotPublic() {
        AuthorizationMatrix matrix = new AuthorizationMatrix();
        Accounts.Session viewer = Accounts.login(Accounts.createUser("VIEWER", List.of()));
        Accounts.Session otherEditor = Accounts.login(Accounts.createUser("EDITOR", List.of("RPCT")));
        Accounts.Session admin = Accounts.login(Accounts.createUser("ADMINISTRATOR", List.of()));
        Accounts.Session adminWithoutCsrf = Accounts.login(Accounts.createUser("ADMINISTRATOR", List.of()));
        String readOnlyToken = Accounts.createToken(List.of("values:read"), List.of());
        String countsOfAnotherIndicator = Accounts.createToken(List.of("counts:write"),
                List.of(Arti2021.indicatorIdAs(Accounts.asAdmin(), "1.5", 2)));

        List<String> wrong = matrix.walk(List.of(
                anonymous(false),
                reader("viewer", viewer::request),
                reader("editor of another structure", otherEditor::request),
                readingToken(() -> Accounts.withToken(readOnlyToken)),
                withoutRole("token without values:read", () -> Accounts.withToken(countsOfAnotherIndicator), false),
                administrator("administrator's token", Accounts::asAdmin),
                administrator("administrator's session with " + SessionOrTokenMechanism.CSRF_HEADER, admin::request),
                administratorSessionWithoutCsrf(adminWithoutCsrf),
                administrator("administrator of the provider",
                        person(OidcTokens.of("a.verdi").roles(OidcTokens.ADMINISTRATOR))),
                structureEditor("editor of the provider for Direzione",
                        person(OidcTokens.of("r.bianchi").roles(OidcTokens.EDITOR).structures("DIREZIONE"))),
                reader("editor of the provider for another structure",
                        person(OidcTokens.of("m.bianchi").roles(OidcTokens.EDITOR).structures("RPCT"))),
                reader("viewer of the provider", person(OidcTokens.of("l.neri").roles(OidcTokens.VIEWER))),
                withoutRole("person of the provider without a role of ours",
                        person(OidcTokens.of("p.estraneo").roles("offline_access")), false),
                withoutRole("person of the provider with only a generic administrator role",
                        person(OidcTokens.of("admin.altra.app").roles("administrator", "editor", "viewer")), false)));

        assertEquals(List.of(), wrong);
    }
}
