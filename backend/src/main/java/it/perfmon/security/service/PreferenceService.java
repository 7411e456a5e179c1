package it.perfmon.security.service;

import it.perfmon.audit.Snapshot;
import it.perfmon.audit.service.AuditTrail;
import it.perfmon.common.ProblemException;
import it.perfmon.common.ProblemType;
import it.perfmon.common.Texts;
import it.perfmon.common.Versions;
import it.perfmon.security.Actor;
import it.perfmon.security.AppUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * The signed-in person's own settings, kept on their local account. Tokens and people of the OpenID Connect provider
 * have no local account, so they have none (404).
 */
@ApplicationScoped
@Transactional
public class PreferenceService {

    private final AuditTrail audit;

    PreferenceService(AuditTrail audit) {
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AppUser get(Actor actor) {
        return account(actor, LockModeType.NONE);
    }

    /** Both are replaced: a null address removes it. If-Match, when sent, must name the account's version. */
    public AppUser update(Actor actor, Preferences preferences, String ifMatch) {
        AppUser user = account(actor, LockModeType.PESSIMISTIC_WRITE);
        Versions.checkIfPresent(user.version, ifMatch);
        Snapshot before = Snapshot.of(user);
        user.email = Texts.blankToNull(preferences.email());
        user.remindersEnabled = preferences.remindersEnabled();
        AppUser.flush();
        audit.updated(user, before);
        return user;
    }

    private static AppUser account(Actor actor, LockModeType lock) {
        if (actor.kind() != Actor.Kind.USER || actor.userId() == null) {
            throw new ProblemException(404, ProblemType.NOT_FOUND, "Risorsa non trovata",
                    actor.kind() == Actor.Kind.TOKEN ? "Un token non ha preferenze: sono delle persone con un account"
                            : "Chi accede tramite il fornitore di identità non ha un account locale né preferenze",
                    null);
        }
        return AppUser.<AppUser>findByIdOptional(actor.userId(), lock)
                .orElseThrow(() -> ProblemException.notFound("L'utente", actor.userId()));
    }
}
