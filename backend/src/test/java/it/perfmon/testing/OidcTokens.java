package it.perfmon.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Access tokens as the test OpenID Connect provider (Quarkus' OIDC WireMock stand-in) would issue them, signed
 * with its key: each field can be set wrong on purpose to check that the backend refuses the token.
 */
public final class OidcTokens {

    /** The issuer the stand-in announces in its discovery document. */
    public static final String ISSUER = "https://server.example.com";
    /** The audience the backend expects by default (its own client). */
    public static final String API_AUDIENCE = "perfmon-api";
    /** Role names the test profiles map to ours, unlike the generic names a shared realm may hold. */
    public static final String ADMINISTRATOR = "perfmon-amministratore";
    public static final String EDITOR = "perfmon-editor";
    public static final String VIEWER = "perfmon-lettore";
    public static final String OIV = "perfmon-oiv";

    private final String username;
    private String subject = UUID.randomUUID().toString();
    private Set<String> roles = Set.of();
    private String structures;
    private String fullName;
    private String organisation;
    private String issuer = ISSUER;
    private String audience = API_AUDIENCE;
    private Instant expiresAt = Instant.now().plusSeconds(300);
    private PrivateKey signingKey;

    private OidcTokens(String username) {
        this.username = username;
    }

    public static OidcTokens of(String username) {
        return new OidcTokens(username);
    }

    public OidcTokens roles(String... roles) {
        this.roles = Set.of(roles);
        return this;
    }

    /** Comma-separated codes, as a Keycloak user attribute mapper may send them. */
    public OidcTokens structures(String codes) {
        this.structures = codes;
        return this;
    }

    /** The code of the organisation of the deployment the person belongs to (claim "organisation"). */
    public OidcTokens organisation(String code) {
        this.organisation = code;
        return this;
    }

    public OidcTokens subject(String subject) {
        this.subject = subject;
        return this;
    }

    public OidcTokens fullName(String fullName) {
        this.fullName = fullName;
        return this;
    }

    public OidcTokens issuer(String issuer) {
        this.issuer = issuer;
        return this;
    }

    public OidcTokens audience(String audience) {
        this.audience = audience;
        return this;
    }

    public OidcTokens expiresAt(Instant expiresAt) {
        this.expiresAt = expiresAt;
        return this;
    }

    /** Signs with another key than the provider's, under the provider's key id, as a forger would. */
    public OidcTokens signedWith(PrivateKey key) {
        this.signingKey = key;
        return this;
    }

    public String sign() {
        JwtClaimsBuilder claims = Jwt.preferredUserName(username).subject(subject).issuer(issuer).audience(audience)
                .groups(roles).issuedAt(expiresAt.minusSeconds(600)).expiresAt(expiresAt);
        if (structures != null) {
            claims.claim("structures", structures);
        }
        if (fullName != null) {
            claims.claim("name", fullName);
        }
        if (organisation != null) {
            claims.claim("organisation", organisation);
        }
        // "privateKey.jwk" is the stand-in's own key (kid 1), on the test class path with quarkus-test-oidc-server.
        return signingKey == null ? claims.jws().keyId("1").sign("privateKey.jwk")
                : claims.jws().keyId("1").sign(signingKey);
    }
}
