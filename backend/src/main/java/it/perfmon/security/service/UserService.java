package it.perfmon.security.service;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.panache.common.Sort;
import it.perfmon.audit.Snapshot;
import it.perfmon.audit.service.AuditTrail;
import it.perfmon.common.Page;
import it.perfmon.common.PageRequest;
import it.perfmon.common.PerfmonConfig;
import it.perfmon.common.ProblemException;
import it.perfmon.common.Texts;
import it.perfmon.common.Versions;
import it.perfmon.organisation.Organisation;
import it.perfmon.organisation.service.OrganisationAccess;
import it.perfmon.organisation.ResponsibleStructure;
import it.perfmon.security.AppUser;
import it.perfmon.security.Role;
import it.perfmon.security.UserSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@ApplicationScoped
@Transactional
public class UserService {

    private final AuditTrail audit;
    private final String defaultOrganisation;
    private final OrganisationAccess access;
    private final MembershipService memberships;

    UserService(AuditTrail audit, PerfmonConfig config, OrganisationAccess access, MembershipService memberships) {
        this.memberships = memberships;
        this.audit = audit;
        this.defaultOrganisation = config.defaultOrganisation();
        this.access = access;
    }

    /** The accounts of the administrator's own organisation. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AppUser> list(PageRequest page) {
        return Page.of(AppUser.<AppUser>find("organisation", Sort.ascending("username"), access.own()).list(), page);
    }

    /** An account of another organisation is unknown here, as one that does not exist. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AppUser get(long id) {
        Organisation own = access.own();
        AppUser user = AppUser.<AppUser>findByIdOptional(id).filter(u -> u.organisation.id.equals(own.id))
                .orElseThrow(() -> ProblemException.notFound("L'utente", id));
        user.structures.size();
        return user;
    }

    /** An account in the administrator's own organisation. */
    public AppUser create(UserChange request) {
        return createIn(access.own(), request);
    }

    /**
     * An account in the organisation; usernames are unique in the whole deployment, since people sign in by
     * username alone.
     */
    public AppUser createIn(Organisation organisation, UserChange request) {
        if (request.password() == null) {
            throw ProblemException.invalid("password", "obbligatoria per un nuovo utente (almeno 12 caratteri)");
        }
        if (AppUser.findByUsername(request.username().strip()).isPresent()) {
            throw ProblemException.conflict("Esiste già l'utente " + request.username().strip(), "username");
        }
        AppUser user = new AppUser();
        user.organisation = organisation;
        apply(user, request);
        user.persist();
        audit.created(user);
        return user;
    }

    private static List<String> codes(UserChange request) {
        return request.structures() == null ? List.of() : request.structures();
    }

    public AppUser update(long id, UserChange request, String ifMatch) {
        AppUser user = get(id);
        Versions.require(user.version, ifMatch);
        if (!user.username.equals(request.username().strip())) {
            throw ProblemException.invalid("username", "il nome utente non si cambia");
        }
        boolean staysAdministrator = request.role() == Role.ADMINISTRATOR && (request.active() == null || request.active());
        if (user.role == Role.ADMINISTRATOR && user.active && !staysAdministrator) {
            requireAnotherAdministrator(user.organisation, request.role() != Role.ADMINISTRATOR ? "role" : "active",
                    request.role() != Role.ADMINISTRATOR ? "non può perdere il ruolo" : "non può essere sospeso");
        }
        Snapshot before = Snapshot.of(user);
        boolean passwordChanged = request.password() != null;
        apply(user, request);
        AppUser.flush();
        // A password change is recorded (who, when, whose account), never the password or its hash.
        audit.updatedWithSecrets(user, before, passwordChanged ? Set.of("password") : Set.of());
        if (passwordChanged || !user.active) {
            // A new password or a suspension ends the sessions opened with the old state.
            UserSession.delete("user", user);
        }
        return user;
    }

    public void delete(long id, String ifMatch) {
        AppUser user = get(id);
        Versions.checkIfPresent(user.version, ifMatch);
        if (user.role == Role.ADMINISTRATOR && user.active) {
            requireAnotherAdministrator(user.organisation, null, "non può essere eliminato");
        }
        // Each organisation the person was a member of records that they are no longer, before the account goes.
        memberships.removeAll(user);
        audit.deleted(user);
        UserSession.delete("user", user);
        user.delete();
        // Now, not at commit: a row that still refers to it (one this check does not know of) is then a 409
        // problem (ProblemMappers), not an error after the method returned.
        AppUser.flush();
    }

    /**
     * Refuses to remove the last active administrator of an organisation, whoever would be left to manage its
     * accounts. The active
     * administrators' rows are locked first, so that two administrators demoting each other at once cannot both
     * see the other still there.
     */
    private static void requireAnotherAdministrator(Organisation organisation, String field, String consequence) {
        long administrators = AppUser.<AppUser>find("organisation = ?1 and role = ?2 and active = true", organisation,
                        Role.ADMINISTRATOR)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list().size();
        if (administrators <= 1) {
            throw ProblemException.conflict("È l'ultimo amministratore attivo: " + consequence, field);
        }
    }

    private void apply(AppUser user, UserChange request) {
        if (request.role() == Role.REGIONAL && user.role != Role.REGIONAL
                && !defaultOrganisation.equals(user.organisation.code)) {
            throw ProblemException.invalid("role", "il ruolo REGIONAL si dà solo nell'organizzazione che ospita il "
                    + "servizio (" + defaultOrganisation + ")");
        }
        if (request.role() == Role.REGIONAL && codes(request).size() > 0) {
            throw ProblemException.invalid("structures", "chi opera per la Regione non ha strutture");
        }
        List<String> codes = request.structures() == null ? List.of() : request.structures();
        if (request.role() == Role.EDITOR && codes.isEmpty()) {
            throw ProblemException.invalid("structures", "un editor deve avere almeno una struttura");
        }
        if (request.role() == Role.OIV && !codes.isEmpty()) {
            throw ProblemException.invalid("structures", "l'OIV non ha strutture: legge tutti gli obiettivi");
        }
        Set<ResponsibleStructure> structures = new HashSet<>();
        for (String code : codes) {
            structures.add(ResponsibleStructure.<ResponsibleStructure>find("organisation = ?1 and code = ?2",
                    user.organisation, code.strip()).firstResultOptional()
                    .orElseThrow(() -> ProblemException.invalid("structures", "struttura sconosciuta: " + code)));
        }
        // The structures of the organisations the person is a member of are those organisations' to manage.
        user.structures.stream().filter(s -> !s.organisation.id.equals(user.organisation.id)).forEach(structures::add);
        user.username = request.username().strip();
        user.displayName = request.displayName().strip();
        user.role = request.role();
        user.structures = structures;
        user.active = request.active() == null || request.active();
        if (request.password() != null) {
            user.passwordHash = BcryptUtil.bcryptHash(request.password());
        }
        if (request.email() != null) {
            user.email = Texts.blankToNull(request.email());
        }
    }
}
