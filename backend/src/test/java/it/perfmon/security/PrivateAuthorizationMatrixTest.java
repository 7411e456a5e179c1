package it.perfmon.security;

import static it.perfmon.security.AuthorizationMatrix.administrator;
import static it.perfmon.security.AuthorizationMatrix.oiv;
import static it.perfmon.security.AuthorizationMatrix.reader;
import static it.perfmon.security.AuthorizationMatrix.structureEditor;
import static it.perfmon.security.AuthorizationMatrix.withoutRole;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import it.perfmon.testing.DefaultCredentials;
import it.perfmon.testing.OidcProfiles;
import it.perfmon.testing.OidcTokens;
import java.time.Instant;
import java.util.ArrayList;
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
        List<AuthorizationMatrix.Caller> callers = new ArrayList<>(AuthorizationMatrix.localCallers(false));
        callers.addAll(List.of(
                administrator("administrator of the provider",
                        person(OidcTokens.of("a.verdi").roles(OidcTokens.ADMINISTRATOR))),
                structureEditor("editor of the provider for Direzione",
                        person(OidcTokens.of("r.bianchi").roles(OidcTokens.EDITOR).structures("DIREZIONE"))),
                reader("editor of the provider for another structure",
                        person(OidcTokens.of("m.bianchi").roles(OidcTokens.EDITOR).structures("RPCT"))),
                reader("viewer of the provider", person(OidcTokens.of("l.neri").roles(OidcTokens.VIEWER))),
                oiv("OIV of the provider", person(OidcTokens.of("g.valutatore").roles(OidcTokens.OIV))),
                withoutRole("person of the provider without a role of ours",
                        person(OidcTokens.of("p.estraneo").roles("offline_access")), false),
                withoutRole("person of the provider with only a generic administrator role",
                        person(OidcTokens.of("admin.altra.app").roles("administrator", "editor", "viewer", "oiv")), false)));
        List<String> wrong = new AuthorizationMatrix().walk(callers);

        assertEquals(List.of(), wrong);
    }
}
