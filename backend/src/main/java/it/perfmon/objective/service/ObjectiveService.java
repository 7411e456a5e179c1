package it.perfmon.objective.service;

import it.perfmon.evidence.Evidence;
import it.perfmon.plan.service.PlanVisibility;
import it.perfmon.assessment.IndicatorResult;
import it.perfmon.common.Page;
import it.perfmon.common.PageRequest;
import it.perfmon.common.ProblemException;
import it.perfmon.common.Texts;
import it.perfmon.common.Versions;
import it.perfmon.count.IndicatorCount;
import it.perfmon.indicator.Indicator;
import it.perfmon.objective.Objective;
import it.perfmon.objective.ObjectiveCodeOrder;
import it.perfmon.phase.Phase;
import it.perfmon.plan.Plan;
import it.perfmon.plan.service.PlanService;
import it.perfmon.values.service.ValueChanges;
import io.quarkus.panache.common.Parameters;
import it.perfmon.audit.Snapshot;
import it.perfmon.audit.service.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;

@ApplicationScoped
@Transactional
public class ObjectiveService {

    private final PlanService plans;
    private final AuditTrail audit;
    private final ValueChanges valueChanges;

    private final PlanVisibility visibility;
    private final ObjectiveWriter writer;

    ObjectiveService(PlanService plans, AuditTrail audit, ValueChanges valueChanges,
            PlanVisibility visibility, ObjectiveWriter writer) {
        this.valueChanges = valueChanges;
        this.writer = writer;
        this.visibility = visibility;
        this.plans = plans;
        this.audit = audit;
    }

    public record Filter(Long areaId, Long structureId, String programmingLink) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Objective> list(long planId, Filter filter, PageRequest page) {
        Plan plan = plans.get(planId);
        StringBuilder query = new StringBuilder(
                "from Objective o join fetch o.area join fetch o.responsibleStructure where o.plan = :plan");
        Parameters params = Parameters.with("plan", plan);
        if (filter.areaId() != null) {
            query.append(" and o.area.id = :area");
            params.and("area", filter.areaId());
        }
        if (filter.structureId() != null) {
            query.append(" and o.responsibleStructure.id = :structure");
            params.and("structure", filter.structureId());
        }
        if (filter.programmingLink() != null && !filter.programmingLink().isBlank()) {
            // Links are free text, often several in one cell ("Progetto DEFR n. 11; Programma di Governo ..."),
            // so a link filter matches a part of the text, with LIKE's wildcards taken literally.
            query.append(" and lower(o.programmingLink) like :link escape '!'");
            params.and("link", "%" + Texts.likeLiteral(filter.programmingLink().strip().toLowerCase()) + "%");
        }
        List<Objective> all = Objective.<Objective>find(query.toString(), params).list();
        List<Objective> sorted = all.stream()
                .sorted(Comparator.comparing((Objective o) -> o.code, ObjectiveCodeOrder.ORDER)).toList();
        return Page.of(sorted, page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Objective get(long id) {
        Objective objective = Objective.<Objective>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("L'obiettivo", id));
        visibility.require(objective.plan, "L'obiettivo", id);
        return objective;
    }

    public Objective create(long planId, ObjectiveCommand command) {
        Objective objective = writer.create(plans.get(planId), command);
        audit.created(objective);
        return objective;
    }

    public Objective update(long id, ObjectiveCommand command, String ifMatch) {
        Objective objective = get(id);
        Versions.require(objective.version, ifMatch);
        Snapshot before = Snapshot.of(objective);
        writer.update(objective, command);
        Objective.flush();
        audit.updated(objective, before);
        return objective;
    }

    /**
     * Refused while anything was reported against the objective (results, counts or evidence): that is the monitoring
     * history, which is never cascaded away silently. Its indicators and phases go with it otherwise.
     */
    public void delete(long id, String ifMatch) {
        Objective objective = get(id);
        Versions.checkIfPresent(objective.version, ifMatch);
        long results = IndicatorResult.count("indicator.objective", objective);
        if (results > 0) {
            throw ProblemException.conflict("L'obiettivo " + objective.code + " ha " + results
                    + " risultati di monitoraggio registrati e non può essere eliminato", null);
        }
        long counts = IndicatorCount.count("indicator.objective", objective);
        if (counts > 0) {
            throw ProblemException.conflict("L'obiettivo " + objective.code + " ha " + counts
                    + " conteggi registrati e non può essere eliminato", null);
        }
        long evidence = Evidence.count("indicator.objective", objective) + Evidence.count("phase.objective", objective);
        if (evidence > 0) {
            throw ProblemException.conflict("L'obiettivo " + objective.code + " ha " + evidence
                    + " elementi probativi allegati e non può essere eliminato", null);
        }
        Phase.<Phase>list("objective", objective).forEach(phase -> {
            audit.deleted(phase);
            phase.delete();
        });
        Indicator.<Indicator>list("objective", objective).forEach(indicator -> {
            audit.deleted(indicator);
            valueChanges.indicatorRemoved(indicator);
            indicator.delete();
        });
        audit.deleted(objective);
        objective.delete();
        // Now, not at commit: a row that still refers to it (one this check does not know of) is then a 409
        // problem (ProblemMappers), not an error after the method returned.
        Objective.flush();
    }
}
