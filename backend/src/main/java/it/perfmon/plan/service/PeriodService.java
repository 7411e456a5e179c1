package it.perfmon.plan.service;

import it.perfmon.plan.service.PlanVisibility;
import it.perfmon.assessment.IndicatorResult;
import it.perfmon.common.Page;
import it.perfmon.common.PageRequest;
import it.perfmon.common.ProblemException;
import it.perfmon.common.Versions;
import it.perfmon.plan.MonitoringPeriod;
import it.perfmon.plan.Plan;
import it.perfmon.plan.rest.PeriodRequest;
import it.perfmon.plan.rest.PeriodResponse;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import it.perfmon.audit.Snapshot;
import it.perfmon.audit.service.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

@ApplicationScoped
@Transactional
public class PeriodService {

    private final PlanService plans;
    private final AuditTrail audit;

    private final PlanVisibility visibility;

    PeriodService(PlanService plans, AuditTrail audit, PlanVisibility visibility) {
        this.plans = plans;
        this.visibility = visibility;
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PeriodResponse> list(long planId, PageRequest page) {
        Plan plan = plans.get(planId);
        var found = MonitoringPeriod.<MonitoringPeriod>find("plan", Sort.ascending("referenceDate"), plan);
        long total = found.count();
        var items = found.range(page.offset(), page.offset() + page.limit() - 1).list().stream()
                .map(PeriodResponse::of).toList();
        return new Page<>(items, page.offset(), page.limit(), total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MonitoringPeriod get(long id) {
        MonitoringPeriod period = MonitoringPeriod.<MonitoringPeriod>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Il periodo di monitoraggio", id));
        visibility.require(period.plan, "Il periodo di monitoraggio", id);
        return period;
    }

    public MonitoringPeriod create(long planId, PeriodRequest request) {
        Plan plan = plans.get(planId);
        validate(plan, request, null);
        MonitoringPeriod period = new MonitoringPeriod();
        period.plan = plan;
        apply(period, request);
        period.persist();
        audit.created(period);
        return period;
    }

    public MonitoringPeriod update(long id, PeriodRequest request, String ifMatch) {
        MonitoringPeriod period = get(id);
        Versions.require(period.version, ifMatch);
        validate(period.plan, request, period.id);
        Snapshot before = Snapshot.of(period);
        apply(period, request);
        MonitoringPeriod.flush();
        audit.updated(period, before);
        return period;
    }

    public void delete(long id, String ifMatch) {
        MonitoringPeriod period = get(id);
        Versions.checkIfPresent(period.version, ifMatch);
        if (IndicatorResult.count("period", period) > 0) {
            throw ProblemException.conflict("Il periodo ha risultati registrati e non può essere eliminato", null);
        }
        audit.deleted(period);
        period.delete();
    }

    private static void validate(Plan plan, PeriodRequest request, Long exceptId) {
        if (request.referenceDate().getYear() != plan.year) {
            throw ProblemException.invalid("referenceDate", "deve cadere nell'anno del piano (" + plan.year + ")");
        }
        long taken = MonitoringPeriod.count("plan = :plan and referenceDate = :date and id <> :id",
                Parameters.with("plan", plan).and("date", request.referenceDate())
                        .and("id", exceptId == null ? -1L : exceptId));
        if (taken > 0) {
            throw ProblemException.conflict("Esiste già un periodo alla data " + request.referenceDate(),
                    "referenceDate");
        }
    }

    private static void apply(MonitoringPeriod period, PeriodRequest request) {
        period.kind = request.kind();
        period.referenceDate = request.referenceDate();
        period.label = request.label().strip();
    }
}
