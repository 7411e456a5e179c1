package it.perfmon.evidence.service;

import it.perfmon.common.ProblemException;
import it.perfmon.security.Actor;
import it.perfmon.security.CurrentActor;
import it.perfmon.security.Role;
import jakarta.enterprise.context.RequestScoped;
import java.util.Set;

/**
 * The one place that decides who reads evidence (its list, description and content, and its events in the audit
 * trail). Evidence may carry personal data (a signed act, an extraction of people's records), so it is not public
 * like the plan: administrators read all of it, editors that of their structures' objectives, and nobody else —
 * not viewers, not anonymous readers, not API tokens scoped for counts or values. The OIV, whose task is to check
 * the figures against their evidence, reads all of it too, and changes none.
 */
@RequestScoped
public class EvidenceAccess {

    private final CurrentActor current;

    EvidenceAccess(CurrentActor current) {
        this.current = current;
    }

    /** Whether the caller reads the evidence of every structure. */
    public boolean readsAll() {
        return current.actor().map(actor -> actor.isAdministrator() || actor.isOiv()).orElse(false);
    }

    /** The structures whose evidence the caller reads besides, when not {@link #readsAll()}: an editor's own. */
    public Set<Long> structures() {
        return current.actor()
                .filter(actor -> actor.kind() == Actor.Kind.USER && actor.role() == Role.EDITOR)
                .map(Actor::structureIds)
                .orElse(Set.of());
    }

    public boolean mayRead(long structureId) {
        return readsAll() || structures().contains(structureId);
    }

    /** 403 unless the caller reads the evidence of the objective's responsible structure. */
    public void requireRead(long structureId, String objectiveCode) {
        if (!mayRead(structureId)) {
            throw ProblemException.forbidden("Gli elementi probativi dell'obiettivo " + objectiveCode
                    + " sono riservati agli amministratori, all'OIV e agli editor della struttura responsabile");
        }
    }
}
