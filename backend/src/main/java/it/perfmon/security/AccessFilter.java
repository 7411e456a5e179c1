package it.perfmon.security;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import it.perfmon.common.PerfmonConfig;
import it.perfmon.common.ProblemException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Two rules that roles cannot express: a browser's state-changing request must carry its session's CSRF token,
 * and when public reading is off every signed-in read needs a person with a role of ours or a token with
 * values:read. Anonymous reads are the organisations' to allow: only those of one that reads publicly pass.
 */
public class AccessFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private final CurrentIdentityAssociation identities;
    private final PerfmonConfig.Security config;

    AccessFilter(CurrentIdentityAssociation identities, PerfmonConfig config) {
        this.identities = identities;
        this.config = config.security();
    }

    @ServerRequestFilter
    public Uni<Response> check(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/")) {
            return Uni.createFrom().nullItem();
        }
        boolean safe = SAFE.contains(request.getMethod());
        return identities.getDeferredIdentity().map(identity -> {
            Actor actor = identity.getAttribute(Actor.ATTRIBUTE);
            if (!safe && actor != null && actor.viaSession() && !actor.csrfValid()) {
                throw ProblemException.forbidden("Manca l'intestazione " + SessionOrTokenMechanism.CSRF_HEADER
                        + " con il token ricevuto all'accesso (GET /api/v1/auth/me)");
            }
            // Anonymous reads go on to the organisation's own rule (OrganisationAccess): an organisation that reads
            // publicly is read without signing in even here, and the others' data answers 401 there.
            if (safe && !config.publicRead() && !identity.isAnonymous() && !path.startsWith("/api/v1/auth/")) {
                if (actor != null && actor.kind() == Actor.Kind.TOKEN && !actor.isAdministrator()
                        && !actor.scopes().contains(Actor.VALUES_READ)) {
                    throw ProblemException.forbidden("Il token non ha l'ambito " + Actor.VALUES_READ);
                }
                // Signed in at the OpenID Connect provider is not enough: the realm serves other applications too.
                if (actor == null || actor.kind() == Actor.Kind.USER && actor.role() == null) {
                    throw ProblemException.forbidden("L'utente non ha un ruolo in questa applicazione");
                }
            }
            return null;
        });
    }
}
