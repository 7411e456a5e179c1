package it.perfmon.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
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
        List<String> wrong = new AuthorizationMatrix().walk(AuthorizationMatrix.localCallers(true));

        assertEquals(List.of(), wrong);
    }

    @Test
    void shouldDeclareARuleForEveryOperationAndNoMore() {
        List<String> inContract = AuthorizationMatrix.operations().stream().map(AuthorizationMatrix.Operation::id)
                .sorted().toList();
        assertEquals(AuthorizationMatrix.RULES.keySet().stream().sorted().toList(), inContract);
    }
}
