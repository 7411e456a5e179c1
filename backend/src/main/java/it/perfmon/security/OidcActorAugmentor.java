package it.perfmon.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import it.perfmon.security.service.OidcClaims;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * In OpenID Connect mode, people sign in at the agency's identity provider: their role and responsible
 * structures come from the token's claims and become the same Actor a local session would give. The identity
 * is rebuilt with the mapped role alone: the token's own roles must never reach @RolesAllowed.
 */
@ApplicationScoped
public class OidcActorAugmentor implements SecurityIdentityAugmentor {

    private final OidcClaims claims;

    OidcActorAugmentor(OidcClaims claims) {
        this.claims = claims;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || identity.getAttribute(Actor.ATTRIBUTE) != null
                || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            Actor actor = claims.actorOf(token, identity.getRoles())
                    .orElseThrow(() -> new AuthenticationFailedException("token without a subject"));
            QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                    .setPrincipal(identity.getPrincipal())
                    .addCredentials(identity.getCredentials())
                    .addAttributes(identity.getAttributes())
                    .addAttribute(Actor.ATTRIBUTE, actor);
            if (actor.role() != null) {
                builder.addRole(actor.role().roleName());
            }
            return builder.build();
        });
    }
}
