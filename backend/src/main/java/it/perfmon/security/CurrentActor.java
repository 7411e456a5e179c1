package it.perfmon.security;

import io.quarkus.security.identity.SecurityIdentity;
import it.perfmon.common.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/** Who is making the current request, for permission checks beyond roles and for the audit trail. */
@RequestScoped
public class CurrentActor {

    private final SecurityIdentity identity;

    CurrentActor(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Optional<Actor> actor() {
        return Optional.ofNullable(identity.getAttribute(Actor.ATTRIBUTE));
    }

    public String name() {
        return actor().map(Actor::name).orElse("anonymous");
    }

    /** Unique and stable, unlike the name of a person signed in at the OpenID Connect provider. */
    public String subject() {
        return actor().map(Actor::subject).orElse("anonymous");
    }

    /** The caller's organisation; null for anonymous callers. */
    public Long organisationId() {
        return actor().map(Actor::organisationId).orElse(null);
    }

    public Actor.Kind kind() {
        return actor().map(Actor::kind).orElse(Actor.Kind.USER);
    }

    /** Editors change only the objectives of their own structures; administrators change all. */
    public void requireStructure(long structureId, String objectiveCode) {
        if (actor().map(a -> a.editsStructure(structureId)).orElse(false)) {
            return;
        }
        throw ProblemException.forbidden("L'obiettivo " + objectiveCode
                + " è di una struttura di cui l'utente non è editor");
    }

    /** Counts come from administrators, editors of the objective's structure, or tokens scoped to the indicator. */
    public boolean mayPostCounts(long indicatorId, long structureId) {
        return actor().map(a -> a.isAdministrator()
                || a.kind() == Actor.Kind.USER && a.editsStructure(structureId)
                || a.kind() == Actor.Kind.TOKEN && a.scopes().contains(Actor.COUNTS_WRITE)
                        && a.indicatorIds().contains(indicatorId)).orElse(false);
    }
}
