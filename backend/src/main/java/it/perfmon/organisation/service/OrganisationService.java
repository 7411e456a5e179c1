package it.perfmon.organisation.service;

import io.quarkus.panache.common.Sort;
import it.perfmon.audit.Snapshot;
import it.perfmon.audit.service.AuditTrail;
import it.perfmon.common.PerfmonConfig;
import it.perfmon.common.ProblemException;
import it.perfmon.common.Versions;
import it.perfmon.organisation.Organisation;
import it.perfmon.organisation.ResponsibleStructure;
import it.perfmon.organisation.TerritorialUnit;
import it.perfmon.security.AppUser;
import it.perfmon.security.CurrentActor;
import it.perfmon.security.Role;
import it.perfmon.security.service.UserChange;
import it.perfmon.security.service.UserService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The organisations of the deployment: people of the Region create them with their first administrator, who then
 * manages the organisation (its name, whether it reads publicly, its structures and territorial units) and nothing
 * of any other.
 */
@ApplicationScoped
@Transactional
public class OrganisationService {

    private final OrganisationAccess access;
    private final CurrentActor actor;
    private final AuditTrail audit;
    private final UserService users;
    private final boolean deploymentPublicRead;
    private final String defaultOrganisation;

    OrganisationService(OrganisationAccess access, CurrentActor actor, AuditTrail audit, UserService users,
            PerfmonConfig config) {
        this.access = access;
        this.actor = actor;
        this.audit = audit;
        this.users = users;
        this.deploymentPublicRead = config.security().publicRead();
        this.defaultOrganisation = config.defaultOrganisation();
    }

    public boolean deploymentPublicRead() {
        return deploymentPublicRead;
    }

    public String defaultOrganisation() {
        return defaultOrganisation;
    }

    /** The organisations the caller may read, by code. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Organisation> list() {
        return Organisation.<Organisation>listAll(Sort.ascending("code")).stream().filter(access::reads).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Organisation get(String code) {
        return access.readable(code);
    }

    public Organisation create(NewOrganisation command) {
        if (Organisation.findByCode(command.code()).isPresent()) {
            throw ProblemException.conflict("Esiste già l'organizzazione " + command.code(), "code");
        }
        if (AppUser.findByUsername(command.username().strip()).isPresent()) {
            throw ProblemException.conflict("Esiste già l'utente " + command.username().strip(),
                    "administrator.username");
        }
        Organisation organisation = new Organisation();
        organisation.code = command.code();
        organisation.name = command.name();
        organisation.publicRead = command.publicRead();
        organisation.persist();
        audit.created(organisation);
        users.createIn(organisation, new UserChange(command.username(), command.displayName(), command.password(),
                Role.ADMINISTRATOR, List.of(), true, command.email()));
        return organisation;
    }

    public Organisation update(String code, String name, Boolean publicRead, String ifMatch) {
        Organisation organisation = administered(code);
        Versions.require(organisation.version, ifMatch);
        Snapshot before = Snapshot.of(organisation);
        organisation.name = name.strip();
        organisation.publicRead = publicRead;
        Organisation.flush();
        audit.updated(organisation, before);
        return organisation;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ResponsibleStructure> structures(String code) {
        return ResponsibleStructure.list("organisation", Sort.ascending("code"), access.readable(code));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TerritorialUnit> units(String code) {
        return TerritorialUnit.list("organisation", Sort.ascending("code"), access.readable(code));
    }

    public ResponsibleStructure addStructure(String code, String structureCode, String name) {
        Organisation organisation = administered(code);
        if (ResponsibleStructure.count("organisation = ?1 and code = ?2", organisation, structureCode) > 0) {
            throw ProblemException.conflict("Esiste già la struttura " + structureCode + " in " + code, "code");
        }
        ResponsibleStructure structure = new ResponsibleStructure();
        structure.organisation = organisation;
        structure.code = structureCode;
        structure.name = name.strip();
        structure.persist();
        audit.created(structure);
        return structure;
    }

    public TerritorialUnit addUnit(String code, String unitCode, String name) {
        Organisation organisation = administered(code);
        if (TerritorialUnit.count("organisation = ?1 and code = ?2", organisation, unitCode) > 0) {
            throw ProblemException.conflict("Esiste già l'unità territoriale " + unitCode + " in " + code, "code");
        }
        TerritorialUnit unit = new TerritorialUnit();
        unit.organisation = organisation;
        unit.code = unitCode;
        unit.name = name.strip();
        unit.persist();
        audit.created(unit);
        return unit;
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
