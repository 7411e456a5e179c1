package it.perfmon.organisation.service;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import it.perfmon.common.PerfmonConfig;
import it.perfmon.common.ProblemException;
import it.perfmon.organisation.Organisation;
import it.perfmon.security.Actor;
import it.perfmon.security.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a caller may reach of an organisation's data. Its own organisation: everything its role allows. Another
 * organisation's: only what an anonymous caller could read there, and only if it reads publicly; anything else is
 * answered as unknown (404), so that the existence of another organisation's things is not revealed, and a change
 * to something the caller could read anyway is refused as forbidden (403). A person of the Region reads the
 * published data of every organisation and changes none.
 */
@RequestScoped
public class OrganisationAccess {

    public static final String OTHER_ORGANISATION = "appartiene a un'altra organizzazione";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private final CurrentActor current;
    private final CurrentVertxRequest request;
    private final boolean deploymentPublicRead;
    private final String defaultOrganisation;

    OrganisationAccess(CurrentActor current, CurrentVertxRequest request, PerfmonConfig config) {
        this.current = current;
        this.request = request;
        this.deploymentPublicRead = config.security().publicRead();
        this.defaultOrganisation = config.defaultOrganisation();
    }

    public boolean readsPublicly(Organisation organisation) {
        return organisation.readsPublicly(deploymentPublicRead);
    }

    /** The caller works in the organisation: a member that is not a person of the Region. */
    public boolean worksIn(Organisation organisation) {
        return current.actor().map(a -> a.belongsTo(organisation.id) && !a.isRegional()).orElse(false);
    }

    /** Sees the organisation's drafts: its administrators only. */
    public boolean seesDraftsOf(Organisation organisation) {
        return current.actor().map(a -> a.administers(organisation.id) && !a.isRegional()).orElse(false);
    }

    /** May read the organisation's published data. */
    public boolean reads(Organisation organisation) {
        return worksIn(organisation) || current.actor().map(Actor::isRegional).orElse(false)
                || readsPublicly(organisation);
    }

    /**
     * Lets through a request for a thing of the organisation, named by what and id in the answer; published tells
     * whether the thing is published data (a draft plan's is not). Throws 401, 403 or 404 as the README's table says.
     */
    public void require(Organisation organisation, boolean published, String what, Object id) {
        if (worksIn(organisation)) {
            if (!published && !seesDraftsOf(organisation)) {
                throw ProblemException.notFound(what, id);
            }
            return;
        }
        Optional<Actor> actor = current.actor();
        if (actor.isEmpty() && !readsPublicly(organisation)) {
            throw ProblemException.unauthorized("La consultazione richiede l'accesso");
        }
        boolean regional = actor.map(Actor::isRegional).orElse(false);
        if (!published || !regional && !readsPublicly(organisation)) {
            throw ProblemException.notFound(what, id);
        }
        if (writing()) {
            throw ProblemException.forbidden(regional
                    ? "Chi opera per la Regione non modifica i dati delle organizzazioni"
                    : what + " " + id + " " + OTHER_ORGANISATION);
        }
    }

    /** An organisation named in a path or a list's filter: 404 (401 for anonymous callers) if it may not be read. */
    public Organisation readable(String code) {
        Optional<Organisation> found = Organisation.findByCode(code);
        if (found.isPresent() && reads(found.get())) {
            return found.get();
        }
        if (current.actor().isEmpty() && found.isPresent()) {
            throw ProblemException.unauthorized("La consultazione richiede l'accesso");
        }
        throw ProblemException.notFound("L'organizzazione", code);
    }

    /**
     * The organisations a list covers: the one named, else the caller's own, every readable one for people of the
     * Region and their tokens, the default organisation for anonymous callers (as before organisations were kept
     * apart, so existing clients keep working).
     */
    public List<Organisation> listed(String code) {
        if (code != null) {
            return List.of(readable(code));
        }
        Optional<Actor> actor = current.actor();
        if (actor.isPresent() && actor.get().isRegional()) {
            return Organisation.<Organisation>listAll().stream().filter(this::reads).toList();
        }
        if (actor.isPresent() && actor.get().organisationId() != null) {
            return List.of(Organisation.<Organisation>findById(actor.get().organisationId()));
        }
        return List.of(readable(defaultOrganisation));
    }

    public List<Long> listedIds(String code) {
        // A member's own organisation needs no statement: the pull API and the report count theirs.
        Optional<Actor> actor = current.actor();
        if (code == null && actor.isPresent() && !actor.get().isRegional() && actor.get().organisationId() != null) {
            return List.of(actor.get().organisationId());
        }
        return listed(code).stream().map(o -> o.id).toList();
    }

    /** The organisation whose drafts a list shows besides published plans; -1 (none) unless an administrator. */
    public long draftsOf() {
        return current.actor().filter(a -> a.isAdministrator() && !a.isRegional() && a.organisationId() != null)
                .map(Actor::organisationId).orElse(-1L);
    }

    /** The caller's own organisation, where what it creates goes; 403 for callers that belong to none. */
    public Organisation own() {
        return current.actor().map(Actor::organisationId).map(id -> Organisation.<Organisation>findById(id))
                .orElseThrow(() -> ProblemException.forbidden("Il chiamante non appartiene a un'organizzazione"));
    }

    /** Part of every key of answers kept in memory: what the caller may see besides the request itself. */
    public String sight() {
        return current.actor().map(a -> (a.isRegional() ? "regional:" : "member:") + a.organisationId())
                .orElse("anonymous");
    }

    private boolean writing() {
        return request.getCurrent() != null && !SAFE.contains(request.getCurrent().request().method().name());
    }
}
