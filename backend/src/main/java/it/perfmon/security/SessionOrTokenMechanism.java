package it.perfmon.security;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.BaseAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import it.perfmon.common.PerfmonConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;

/** Reads a bearer token (scripts, other systems) or the session cookie (the web app) from a request. */
@ApplicationScoped
public class SessionOrTokenMechanism implements HttpAuthenticationMechanism {

    public static final String CSRF_HEADER = "Csrf-Token";
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final boolean oidcEnabled;
    private final String cookieName;

    SessionOrTokenMechanism(PerfmonConfig config, SessionCookie sessionCookie) {
        this.oidcEnabled = config.security().oidc().enabled();
        this.cookieName = sessionCookie.name();
    }

    /** A bearer token from the Authorization header. */
    public static final class BearerRequest extends BaseAuthenticationRequest {
        final String token;

        BearerRequest(String token) {
            this.token = token;
        }
    }

    /** A session cookie, with what is needed to check CSRF on state-changing requests. */
    public static final class SessionRequest extends BaseAuthenticationRequest {
        final String token;
        final boolean unsafeMethod;
        final String csrfToken;

        SessionRequest(String token, boolean unsafeMethod, String csrfToken) {
            this.token = token;
            this.unsafeMethod = unsafeMethod;
            this.csrfToken = csrfToken;
        }
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String authorization = context.request().getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String token = authorization.substring(7).trim();
            // In OpenID Connect mode a person's bearer token is a JWT: leave it to the OIDC mechanism.
            if (oidcEnabled && looksLikeJwt(token)) {
                return Uni.createFrom().optional(Optional.empty());
            }
            return identityProviderManager.authenticate(new BearerRequest(token));
        }
        Cookie cookie = context.request().getCookie(cookieName);
        if (cookie != null && !cookie.getValue().isBlank()) {
            return identityProviderManager.authenticate(new SessionRequest(cookie.getValue(),
                    !SAFE.contains(context.request().method()), context.request().getHeader(CSRF_HEADER)));
        }
        return Uni.createFrom().optional(Optional.empty());
    }

    private static boolean looksLikeJwt(String token) {
        return token.startsWith("ey") && token.chars().filter(c -> c == '.').count() == 2;
    }

    /** Before the OIDC mechanism, so that API tokens and sessions are recognised first. */
    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 1000;
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer"));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(BearerRequest.class, SessionRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, "bearer"));
    }
}
