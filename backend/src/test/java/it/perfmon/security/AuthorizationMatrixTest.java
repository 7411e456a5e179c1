package it.perfmon.security;

import static it.perfmon.security.AuthorizationMatrix.administrator;
import static it.perfmon.security.AuthorizationMatrix.administratorSessionWithoutCsrf;
import static it.perfmon.security.AuthorizationMatrix.anonymous;
import static it.perfmon.security.AuthorizationMatrix.reader;
import static it.perfmon.security.AuthorizationMatrix.readingToken;
import static it.perfmon.security.AuthorizationMatrix.withoutRole;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import it.perfmon.testing.Accounts;
import it.perfmon.testing.Arti2021;
import it.perfmon.testing.DefaultCredentials;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Walks every operation of the committed openapi.yaml as each kind of local caller, with public reading on, and
 * checks who is let through (see {@link AuthorizationMatrix}); {@link PrivateAuthorizationMatrixTest} walks it
 * again with public reading off and people of the OpenID Connect provider.
 */
@QuarkusTest
@DefaultCredentials.Without
class AuthorizationMatrixTest {

    @Test
    void shouldLetOnlyTheRightCallersThroughEveryOperation() {
        AuthorizationMatrix matrix = new AuthorizationMatrix();
        Accounts.Session viewer = Accounts.login(Accounts.createUser("VIEWER", List.of()));
        // Objective 1.2 of 2021 belongs to Direzione: an RPCT editor is an editor of another structure.
        Accounts.Session otherEditor = Accounts.login(Accounts.createUser("EDITOR", List.of("RPCT")));
        Accounts.Session admin = Accounts.login(Accounts.createUser("ADMINISTRATOR", List.of()));
        Accounts.Session adminWithoutCsrf = Accounts.login(Accounts.createUser("ADMINISTRATOR", List.of()));
        String readOnlyToken = Accounts.createToken(List.of("values:read"), List.of());
        String countsOfAnotherIndicator = Accounts.createToken(List.of("counts:write"),
                List.of(Arti2021.indicatorIdAs(Accounts.asAdmin(), "1.5", 2)));

        List<String> wrong = matrix.walk(List.of(
                anonymous(true),
                reader("viewer", viewer::request),
                reader("editor of another structure", otherEditor::request),
                readingToken(() -> Accounts.withToken(readOnlyToken)),
                withoutRole("token without values:read", () -> Accounts.withToken(countsOfAnotherIndicator), true),
                administrator("administrator's token", Accounts::asAdmin),
                administrator("administrator's session with " + SessionOrTokenMechanism.CSRF_HEADER, admin::request),
                administratorSessionWithoutCsrf(adminWithoutCsrf)));

        assertEquals(List.of(), wrong);
    }

    @Test
    void shouldDeclareARuleForEveryOperationAndNoMore() {
        List<String> inContract = AuthorizationMatrix.operations().stream().map(AuthorizationMatrix.Operation::id)
                .sorted().toList();
        assertEquals(AuthorizationMatrix.RULES.keySet().stream().sorted().toList(), inContract);
    }
}
