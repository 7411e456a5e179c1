package it.perfmon.area.service;

import it.perfmon.plan.service.PlanVisibility;
import it.perfmon.area.StrategicArea;
import it.perfmon.common.Page;
import it.perfmon.common.PageRequest;
import it.perfmon.common.ProblemException;
import it.perfmon.common.Versions;
import it.perfmon.objective.Objective;
import it.perfmon.plan.Plan;
import it.perfmon.plan.service.PlanService;
import io.quarkus.panache.common.Sort;
import it.perfmon.audit.Snapshot;
import it.perfmon.audit.service.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

@ApplicationScoped
@Transactional
public class AreaService {

    private final PlanService plans;
    private final AuditTrail audit;

    private final PlanVisibility visibility;
    private final AreaWriter writer;

    AreaService(PlanService plans, AuditTrail audit, PlanVisibility visibility, AreaWriter writer) {
        this.plans = plans;
        this.writer = writer;
        this.visibility = visibility;
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<StrategicArea> list(long planId, PageRequest page) {
        Plan plan = plans.get(planId);
        var found = StrategicArea.<StrategicArea>find("plan", Sort.ascending("number"), plan);
        long total = found.count();
        var items = found.range(page.offset(), page.offset() + page.limit() - 1).list();
        return new Page<>(items, page.offset(), page.limit(), total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public StrategicArea get(long id) {
        StrategicArea area = StrategicArea.<StrategicArea>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("L'ambito strategico", id));
        visibility.require(area.plan, "L'ambito strategico", id);
        return area;
    }

    public StrategicArea create(long planId, AreaCommand command) {
        StrategicArea area = writer.create(plans.get(planId), command);
        audit.created(area);
        return area;
    }

    public StrategicArea update(long id, AreaCommand command, String ifMatch) {
        StrategicArea area = get(id);
        Versions.require(area.version, ifMatch);
        Snapshot before = Snapshot.of(area);
        writer.update(area, command);
        StrategicArea.flush();
        audit.updated(area, before);
        return area;
    }

    public void delete(long id, String ifMatch) {
        StrategicArea area = get(id);
        Versions.checkIfPresent(area.version, ifMatch);
        if (Objective.count("area", area) > 0) {
            throw ProblemException.conflict("L'ambito ha obiettivi: spostarli o eliminarli prima", null);
        }
        audit.deleted(area);
        area.delete();
        // Now, not at commit: a row that still refers to it (one this check does not know of) is then a 409
        // problem (ProblemMappers), not an error after the method returned.
        StrategicArea.flush();
    }
}
