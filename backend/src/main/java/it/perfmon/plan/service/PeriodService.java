package it.perfmon.plan.service;

import it.perfmon.plan.service.PlanVisibility;
import it.perfmon.assessment.IndicatorResult;
import it.perfmon.common.Page;
import it.perfmon.common.PageRequest;
import it.perfmon.common.ProblemException;
import it.perfmon.common.Versions;
import it.perfmon.evidence.Evidence;
import it.perfmon.plan.MonitoringPeriod;
import it.perfmon.plan.PeriodStatus;
import it.perfmon.plan.Plan;
import it.perfmon.values.service.ValueChanges;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import it.perfmon.audit.Snapshot;
import it.perfmon.audit.service.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

@ApplicationScoped
@Transactional
public class PeriodService {

    private final PlanService plans;
    private final AuditTrail audit;
    private final ValueChanges valueChanges;

    private final PlanVisibility visibility;

    PeriodService(PlanService plans, AuditTrail audit, ValueChanges valueChanges,
            PlanVisibility visibility) {
        this.valueChanges = valueChanges;
        this.visibility = visibility;
        this.plans = plans;
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<MonitoringPeriod> list(long planId, PageRequest page) {
        Plan plan = plans.get(planId);
        var found = MonitoringPeriod.<MonitoringPeriod>find("plan", Sort.ascending("referenceDate"), plan);
        long total = found.count();
        var items = found.range(page.offset(), page.offset() + page.limit() - 1).list();
        return new Page<>(items, page.offset(), page.limit(), total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MonitoringPeriod get(long id) {
        MonitoringPeriod period = MonitoringPeriod.<MonitoringPeriod>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Il periodo di monitoraggio", id));
        visibility.require(period.plan, "Il periodo di monitoraggio", id);
        return period;
    }

    public MonitoringPeriod create(long planId, PeriodCommand command) {
        Plan plan = plans.get(planId);
        validate(plan, command, null);
        MonitoringPeriod period = new MonitoringPeriod();
        period.plan = plan;
        apply(period, command);
        period.persist();
        audit.created(period);
        return period;
    }

    /**
     * The period, its row locked for as long as the transaction runs, refused when closed: every write that must
     * not change a closed period goes through here, and closing takes the same row's lock, so a write and a close
     * never interleave (the write either commits before the close freezes the report, or sees the period closed).
     * The locking read sees the status as committed, whatever the transaction read before.
     */
    public MonitoringPeriod requireOpen(MonitoringPeriod period, LockModeType lock) {
        MonitoringPeriod.getEntityManager().refresh(period, lock);
        if (period.status == PeriodStatus.CLOSED) {
            throw ProblemException.conflict("Il periodo " + period.label + " è chiuso: non si modifica finché un "
                    + "amministratore non lo riapre", "periodId");
        }
        return period;
    }

    public MonitoringPeriod update(long id, PeriodCommand command, String ifMatch) {
        MonitoringPeriod period = requireOpen(get(id), LockModeType.PESSIMISTIC_WRITE);
        Versions.require(period.version, ifMatch);
        validate(period.plan, command, period.id);
        Snapshot before = Snapshot.of(period);
        apply(period, command);
        MonitoringPeriod.flush();
        audit.updated(period, before);
        return period;
    }

    /** A closed period keeps its published report: it goes only once reopened, and only without results. */
    public void delete(long id, String ifMatch) {
        MonitoringPeriod period = requireOpen(get(id), LockModeType.PESSIMISTIC_WRITE);
        Versions.checkIfPresent(period.version, ifMatch);
        if (IndicatorResult.count("period", period) > 0) {
            throw ProblemException.conflict("Il periodo ha risultati registrati e non può essere eliminato", null);
        }
        if (Evidence.count("period", period) > 0) {
            throw ProblemException.conflict("Il periodo ha elementi probativi allegati e non può essere eliminato", null);
        }
        audit.deleted(period);
        valueChanges.periodRemoved(period);
        period.delete();
        // Now, not at commit: a row that still refers to it (one this check does not know of) is then a 409
        // problem (ProblemMappers), not an error after the method returned.
        MonitoringPeriod.flush();
    }

    private static void validate(Plan plan, PeriodCommand command, Long exceptId) {
        if (command.referenceDate().getYear() != plan.year) {
            throw ProblemException.invalid("referenceDate", "deve cadere nell'anno del piano (" + plan.year + ")");
        }
        long taken = MonitoringPeriod.count("plan = :plan and referenceDate = :date and id <> :id",
                Parameters.with("plan", plan).and("date", command.referenceDate())
                        .and("id", exceptId == null ? -1L : exceptId));
        if (taken > 0) {
            throw ProblemException.conflict("Esiste già un periodo alla data " + command.referenceDate(),
                    "referenceDate");
        }
    }

    private static void apply(MonitoringPeriod period, PeriodCommand command) {
        period.kind = command.kind();
        period.referenceDate = command.referenceDate();
        period.label = command.label().strip();
    }
}
