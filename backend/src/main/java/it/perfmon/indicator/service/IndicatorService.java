package it.perfmon.indicator.service;

import it.perfmon.plan.service.PlanVisibility;
import it.perfmon.assessment.IndicatorResult;
import it.perfmon.common.Page;
import it.perfmon.common.PageRequest;
import it.perfmon.common.ProblemException;
import it.perfmon.common.Versions;
import it.perfmon.count.IndicatorCount;
import it.perfmon.evidence.Evidence;
import it.perfmon.indicator.Indicator;
import it.perfmon.objective.Objective;
import it.perfmon.objective.service.ObjectiveService;
import it.perfmon.values.service.ValueChanges;
import io.quarkus.panache.common.Sort;
import it.perfmon.audit.Snapshot;
import it.perfmon.audit.service.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

@ApplicationScoped
@Transactional
public class IndicatorService {

    private final ObjectiveService objectives;
    private final AuditTrail audit;
    private final ValueChanges valueChanges;

    private final PlanVisibility visibility;
    private final IndicatorWriter writer;

    IndicatorService(ObjectiveService objectives, AuditTrail audit, ValueChanges valueChanges,
            PlanVisibility visibility, IndicatorWriter writer) {
        this.valueChanges = valueChanges;
        this.writer = writer;
        this.visibility = visibility;
        this.objectives = objectives;
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Indicator> list(long objectiveId, PageRequest page) {
        Objective objective = objectives.get(objectiveId);
        return Page.of(Indicator.<Indicator>find("objective", Sort.ascending("position"), objective).list(), page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Indicator get(long id) {
        Indicator indicator = Indicator.<Indicator>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("L'indicatore", id));
        visibility.require(indicator.objective.plan, "L'indicatore", id);
        return indicator;
    }

    public Indicator create(long objectiveId, IndicatorCommand command) {
        Indicator indicator = writer.create(objectives.get(objectiveId), command);
        audit.created(indicator);
        return indicator;
    }

    public Indicator update(long id, IndicatorCommand command, String ifMatch) {
        Indicator indicator = get(id);
        Versions.require(indicator.version, ifMatch);
        Snapshot before = Snapshot.of(indicator);
        writer.update(indicator, command);
        Indicator.flush();
        audit.updated(indicator, before);
        return indicator;
    }

    public void delete(long id, String ifMatch) {
        Indicator indicator = get(id);
        Versions.checkIfPresent(indicator.version, ifMatch);
        if (IndicatorResult.count("indicator", indicator) > 0 || IndicatorCount.count("indicator", indicator) > 0) {
            throw ProblemException.conflict(
                    "L'indicatore ha risultati o conteggi registrati e non può essere eliminato", null);
        }
        if (Evidence.count("indicator", indicator) > 0) {
            throw ProblemException.conflict(
                    "L'indicatore ha elementi probativi allegati ai suoi risultati e non può essere eliminato", null);
        }
        audit.deleted(indicator);
        valueChanges.indicatorRemoved(indicator);
        indicator.delete();
        // Now, not at commit: a row that still refers to it (one this check does not know of) is then a 409
        // problem (ProblemMappers), not an error after the method returned.
        Indicator.flush();
    }
}
