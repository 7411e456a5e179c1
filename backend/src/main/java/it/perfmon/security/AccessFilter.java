package it.perfmon.security;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import it.perfmon.common.PerfmonConfig;
import it.perfmon.common.ProblemDetail;
import it.perfmon.common.ProblemException;
import it.perfmon.common.ProblemMappers;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

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

    /**
     * In a private deployment an anonymous caller is asked to sign in whatever they name, as before organisations
     * could read publicly: a 404 for an unknown id beside the 401 for a private organisation's would tell which ids
     * exist. What a public organisation hides from visitors (its drafts) is then asked to sign in for too.
     */
    @ServerResponseFilter
    public Uni<Void> hideWhatExists(ContainerRequestContext request, ContainerResponseContext response) {
        if (config.publicRead() || response.getStatus() != 404 || !request.getUriInfo().getPath().startsWith("/api/")) {
            return Uni.createFrom().voidItem();
        }
        return identities.getDeferredIdentity().map(identity -> {
            if (identity.isAnonymous()) {
                Response signIn = new ProblemMappers().problem(
                        ProblemException.unauthorized("La consultazione richiede l'accesso"), request.getUriInfo());
                response.setStatus(signIn.getStatus());
                response.setEntity(signIn.getEntity(), null, MediaType.valueOf(ProblemDetail.MEDIA_TYPE));
                response.getHeaders().putSingle("WWW-Authenticate", "Bearer");
            }
            return null;
        });
    }
}
