package it.perfmon.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Test profiles with MONITOR_OIDC_ENABLED=true against Quarkus' OIDC WireMock stand-in (no Docker needed). Each
 * distinct profile restarts Quarkus, so the tests with public reading off share one profile with OIDC on: local
 * accounts and API tokens work the same beside it.
 */
public final class OidcProfiles {

    private OidcProfiles() {
    }

    private static Map<String, String> oidcOn() {
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.oidc.tenant-enabled", "true");
        config.put("quarkus.oidc.auth-server-url", "${keycloak.url}/realms/quarkus/");
        config.put("quarkus.oidc.roles.role-claim-path", "groups");
        // Names unlike the generic ones, so that a token's own "administrator" role is seen to grant nothing.
        config.put("perfmon.security.oidc.administrator-role", OidcTokens.ADMINISTRATOR);
        config.put("perfmon.security.oidc.editor-role", OidcTokens.EDITOR);
        config.put("perfmon.security.oidc.viewer-role", OidcTokens.VIEWER);
        config.put("perfmon.security.oidc.oiv-role", OidcTokens.OIV);
        config.put("perfmon.security.oidc.public-issuer", OidcTokens.ISSUER);
        return config;
    }

    /** OpenID Connect on, public reading on (the default). */
    public static class OidcOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return oidcOn();
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(OidcWiremockTestResource.class));
        }
    }

    /** OpenID Connect on and MONITOR_PUBLIC_READ=false: every read needs a caller with a role of ours. */
    public static class OidcAndPrivateReading implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = oidcOn();
            config.put("perfmon.security.public-read", "false");
            return config;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(OidcWiremockTestResource.class));
        }
    }
}
