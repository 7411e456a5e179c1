package it.perfmon.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import it.perfmon.security.SessionOrTokenMechanism.BearerRequest;
import it.perfmon.security.SessionOrTokenMechanism.SessionRequest;
import it.perfmon.security.service.Credentials;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Turns a bearer token or a session cookie into a SecurityIdentity, looking both up in the database. */
public final class IdentityProviders {

    private IdentityProviders() {
    }

    static SecurityIdentity identity(Actor actor) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(actor.name()))
                .addAttribute(Actor.ATTRIBUTE, actor);
        if (actor.role() != null) {
            builder.addRole(actor.role().roleName());
        }
        return builder.build();
    }

    @ApplicationScoped
    public static class Bearer implements IdentityProvider<BearerRequest> {

        private final Credentials credentials;

        Bearer(Credentials credentials) {
            this.credentials = credentials;
        }

        @Override
        public Class<BearerRequest> getRequestType() {
            return BearerRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(BearerRequest request, AuthenticationRequestContext context) {
            return context.runBlocking(() -> {
                Optional<Actor> actor = credentials.forToken(request.token);
                // A script sending a wrong or revoked token must hear so, not be served as anonymous.
                return identity(actor.orElseThrow(() -> new AuthenticationFailedException("invalid token")));
            });
        }
    }

    @ApplicationScoped
    public static class Session implements IdentityProvider<SessionRequest> {

        private final Credentials credentials;

        Session(Credentials credentials) {
            this.credentials = credentials;
        }

        @Override
        public Class<SessionRequest> getRequestType() {
            return SessionRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(SessionRequest request, AuthenticationRequestContext context) {
            // An expired cookie leaves the browser anonymous: public pages keep working, writes ask to sign in.
            return context.runBlocking(() -> credentials
                    .forSession(request.token, request.unsafeMethod, request.csrfToken)
                    .map(IdentityProviders::identity)
                    .orElseGet(() -> QuarkusSecurityIdentity.builder().setAnonymous(true).build()));
        }
    }
}
