package it.perfmon.plan.service;

import it.perfmon.area.StrategicArea;
import it.perfmon.common.Page;
import it.perfmon.common.PageRequest;
import it.perfmon.common.ProblemException;
import it.perfmon.common.Versions;
import it.perfmon.objective.Objective;
import it.perfmon.organisation.Organisation;
import it.perfmon.plan.MonitoringPeriod;
import it.perfmon.plan.PeriodStatus;
import it.perfmon.plan.Plan;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import it.perfmon.audit.Snapshot;
import it.perfmon.audit.service.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.hibernate.Hibernate;

@ApplicationScoped
@Transactional
public class PlanService {

    private final AuditTrail audit;
    private final PlanVisibility visibility;

    PlanService(AuditTrail audit, PlanVisibility visibility) {
        this.audit = audit;
        this.visibility = visibility;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Plan> list(Integer year, String organisationCode, Boolean published, PageRequest page) {
        StringBuilder query = new StringBuilder("organisation.id in :orgs");
        Parameters params = Parameters.with("orgs", visibility.organisations().listedIds(organisationCode));
        long draftsOf = visibility.organisations().draftsOf();
        if (draftsOf == -1L || Boolean.TRUE.equals(published)) {
            query.append(" and publishedAt is not null");
        } else if (Boolean.FALSE.equals(published)) {
            query.append(" and publishedAt is null and organisation.id = :draftsOf");
            params.and("draftsOf", draftsOf);
        } else {
            query.append(" and (publishedAt is not null or organisation.id = :draftsOf)");
            params.and("draftsOf", draftsOf);
        }
        if (year != null) {
            query.append(" and year = :year");
            params.and("year", year);
        }
        var found = Plan.<Plan>find(query.toString(), Sort.descending("year"), params);
        long total = found.count();
        var items = found.range(page.offset(), page.offset() + page.limit() - 1).list();
        return new Page<>(items, page.offset(), page.limit(), total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Plan get(long id) {
        Plan plan = Plan.<Plan>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Il piano", id));
        return visibility.require(plan, "Il piano", id);
    }

    /** Makes a draft public; publishing a published plan changes nothing. */
    public Plan publish(long id, String ifMatch) {
        Plan plan = get(id);
        Versions.require(plan.version, ifMatch);
        if (plan.publishedAt == null) {
            Snapshot before = Snapshot.of(plan);
            // As the database keeps it, so that this answer and later reads agree.
            plan.publishedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            Plan.flush();
            audit.updated(plan, before);
        }
        Hibernate.initialize(plan.organisation);
        return plan;
    }

    public Plan create(PlanCommand command) {
        Organisation organisation = visibility.organisations().own();
        requireFreeYear(organisation, command.year(), null);
        Plan plan = new Plan();
        plan.organisation = organisation;
        plan.year = command.year();
        plan.title = command.title().strip();
        plan.persist();
        audit.created(plan);
        return plan;
    }

    public Plan update(long id, PlanCommand command, String ifMatch) {
        Plan plan = get(id);
        Versions.require(plan.version, ifMatch);
        Snapshot before = Snapshot.of(plan);
        if (plan.year != command.year()) {
            requireFreeYear(plan.organisation, command.year(), plan.id);
            if (MonitoringPeriod.count("plan", plan) > 0) {
                throw ProblemException.conflict("Non si può cambiare l'anno di un piano che ha periodi di monitoraggio",
                        "year");
            }
        }
        plan.year = command.year();
        plan.title = command.title().strip();
        Plan.flush();
        audit.updated(plan, before);
        // The response names the organisation, and is mapped after this transaction has closed.
        Hibernate.initialize(plan.organisation);
        return plan;
    }

    /** A plan goes only once it is empty: objectives carry the monitoring history and are never cascaded away. */
    public void delete(long id, String ifMatch) {
        Plan plan = get(id);
        Versions.checkIfPresent(plan.version, ifMatch);
        if (Objective.count("plan", plan) > 0) {
            throw ProblemException.conflict("Il piano ha obiettivi: eliminarli prima di eliminare il piano", null);
        }
        if (MonitoringPeriod.count("plan = ?1 and status = ?2", plan, PeriodStatus.CLOSED) > 0) {
            throw ProblemException.conflict("Il piano ha periodi chiusi, il cui Allegato A è pubblicato: riaprirli "
                    + "prima di eliminare il piano", null);
        }
        StrategicArea.<StrategicArea>list("plan", plan).forEach(area -> {
            audit.deleted(area);
            area.delete();
        });
        MonitoringPeriod.<MonitoringPeriod>list("plan", plan).forEach(period -> {
            audit.deleted(period);
            period.delete();
        });
        audit.deleted(plan);
        plan.delete();
        // Now, not at commit: a row that still refers to it is then a 409 problem (ProblemMappers), not an error.
        Plan.flush();
    }

    private static void requireFreeYear(Organisation organisation, int year, Long exceptId) {
        long taken = Plan.count("organisation = :org and year = :year and id <> :id",
                Parameters.with("org", organisation).and("year", year).and("id", exceptId == null ? -1L : exceptId));
        if (taken > 0) {
            throw ProblemException.conflict("Esiste già un piano per l'anno " + year, "year");
        }
    }
}
