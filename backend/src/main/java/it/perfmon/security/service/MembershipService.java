package it.perfmon.security.service;

import it.perfmon.audit.Snapshot;
import it.perfmon.audit.service.AuditTrail;
import it.perfmon.common.FieldError;
import it.perfmon.common.Page;
import it.perfmon.common.PageRequest;
import it.perfmon.common.ProblemException;
import it.perfmon.common.ProblemType;
import it.perfmon.organisation.Organisation;
import it.perfmon.organisation.ResponsibleStructure;
import it.perfmon.organisation.service.OrganisationAccess;
import it.perfmon.security.AppUser;
import it.perfmon.security.CurrentActor;
import it.perfmon.security.Role;
import it.perfmon.security.UserMembership;
import it.perfmon.security.UserSession;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.Hibernate;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * People of other organisations who are members of an organisation: its administrators give them a role there
 * (and an editor's structures there) and take it away; the account itself stays with the home organisation.
 */
@ApplicationScoped
@Transactional
public class MembershipService {

    private final OrganisationAccess access;
    private final CurrentActor actor;
    private final AuditTrail audit;

    MembershipService(OrganisationAccess access, CurrentActor actor, AuditTrail audit) {
        this.access = access;
        this.actor = actor;
        this.audit = audit;
    }

    /** A membership as it was saved, and whether it was new. */
    public record Saved(UserMembership membership, boolean created) {
    }

    /** The members of the organisation, by username, each with their structures there. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<UserMembership> list(String code, PageRequest page) {
        Organisation organisation = administered(code);
        List<UserMembership> members = UserMembership.<UserMembership>list(
                "select m from UserMembership m join fetch m.user u join fetch u.organisation where m.organisation = ?1",
                organisation).stream().sorted(Comparator.comparing(m -> m.user.username)).toList();
        members.forEach(m -> m.structures = codesIn(m.user, organisation));
        return Page.of(members, page);
    }

    /** Creates the membership or replaces its role and structures: the same request twice leaves the same state. */
    public Saved save(String code, String username, Role role, List<String> structureCodes) {
        Organisation organisation = administered(code);
        AppUser user = person(username, organisation);
        List<String> codes = structureCodes == null ? List.of()
                : structureCodes.stream().map(String::strip).distinct().toList();
        if (role == Role.REGIONAL) {
            throw ProblemException.invalid("role", "il ruolo REGIONAL si dà solo nell'organizzazione dell'utente");
        }
        if (role == Role.EDITOR && codes.isEmpty()) {
            throw ProblemException.invalid("structures", "un editor deve avere almeno una struttura di " + code);
        }
        if (role == Role.OIV && !codes.isEmpty()) {
            throw ProblemException.invalid("structures", "l'OIV non ha strutture: legge tutti gli obiettivi");
        }
        Set<ResponsibleStructure> structures = new HashSet<>();
        for (String structureCode : codes) {
            structures.add(ResponsibleStructure.<ResponsibleStructure>find("organisation = ?1 and code = ?2",
                    organisation, structureCode).firstResultOptional()
                    .orElseThrow(() -> ProblemException.invalid("structures", "struttura sconosciuta in " + code + ": "
                            + structureCode)));
        }
        Optional<UserMembership> existing = UserMembership.of(user, organisation);
        UserMembership membership = existing.orElseGet(UserMembership::new);
        membership.structures = codesIn(user, organisation);
        Snapshot before = Snapshot.of(membership);
        membership.user = user;
        membership.organisation = organisation;
        membership.role = role;
        user.structures.removeIf(s -> s.organisation.id.equals(organisation.id));
        user.structures.addAll(structures);
        membership.structures = codes.stream().sorted().toList();
        if (existing.isEmpty()) {
            membership.persist();
            audit.created(membership);
        } else {
            UserMembership.flush();
            audit.updated(membership, before);
        }
        return new Saved(membership, existing.isEmpty());
    }

    /** Ends the membership; a session acting in the organisation with it goes back to the person's home. */
    public void remove(String code, String username) {
        Organisation organisation = administered(code);
        AppUser user = AppUser.findByUsername(username.strip()).orElseThrow(() -> unknown(username));
        UserMembership membership = UserMembership.of(user, organisation).orElseThrow(() -> unknown(username));
        removeMembership(membership);
        UserMembership.flush();
    }

    /** Ends every membership of a person whose account goes, each recorded in its organisation's trail. */
    public void removeAll(AppUser user) {
        UserMembership.<UserMembership>list("user", user).forEach(this::removeMembership);
    }

    private void removeMembership(UserMembership membership) {
        AppUser user = membership.user;
        Organisation organisation = membership.organisation;
        membership.structures = codesIn(user, organisation);
        audit.deleted(membership);
        user.structures.removeIf(s -> s.organisation.id.equals(organisation.id));
        UserSession.update("organisation = null where user = ?1 and organisation = ?2", user, organisation);
        membership.delete();
    }

    /** The person named, active, of another organisation: unknown (404) alike when absent or suspended. */
    private static AppUser person(String username, Organisation organisation) {
        AppUser user = AppUser.findByUsername(username.strip()).filter(u -> u.active)
                .orElseThrow(() -> unknown(username));
        if (user.organisation.id.equals(organisation.id)) {
            throw ProblemException.invalid("username", "l'utente è dell'organizzazione " + organisation.code
                    + ": il suo ruolo si gestisce con /api/v1/users");
        }
        // The answer names the home organisation after the transaction.
        Hibernate.initialize(user.organisation);
        return user;
    }

    private static ProblemException unknown(String username) {
        return new ProblemException(404, ProblemType.NOT_FOUND, "Risorsa non trovata", "L'utente " + username
                + " non esiste", List.of(new FieldError("username", "utente sconosciuto: " + username)));
    }

    public static List<String> codesIn(AppUser user, Organisation organisation) {
        return user.structures.stream().filter(s -> s.organisation.id.equals(organisation.id)).map(s -> s.code)
                .sorted().toList();
    }

    /** The organisation, if the caller administers it: else 403 where the caller reads it anyway, 404 where not. */
    private Organisation administered(String code) {
        Organisation organisation = access.readable(code);
        if (!actor.actor().map(a -> a.administers(organisation.id) && !a.isRegional()).orElse(false)) {
            throw ProblemException.forbidden("L'utente non amministra l'organizzazione " + code);
        }
        return organisation;
    }
}
