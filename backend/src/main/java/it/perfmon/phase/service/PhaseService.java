package it.perfmon.phase.service;

import it.perfmon.plan.service.PlanVisibility;
import it.perfmon.common.Page;
import it.perfmon.common.PageRequest;
import it.perfmon.common.ProblemException;
import it.perfmon.common.Versions;
import it.perfmon.evidence.Evidence;
import it.perfmon.objective.Objective;
import it.perfmon.objective.service.ObjectiveService;
import it.perfmon.phase.Phase;
import it.perfmon.security.CurrentActor;
import it.perfmon.values.service.ValueChanges;
import io.quarkus.panache.common.Sort;
import it.perfmon.audit.Snapshot;
import it.perfmon.audit.service.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

@ApplicationScoped
@Transactional
public class PhaseService {

    private final ObjectiveService objectives;
    private final CurrentActor actor;
    private final AuditTrail audit;
    private final ValueChanges valueChanges;
    private final PlanVisibility visibility;
    private final PhaseWriter writer;

    PhaseService(ObjectiveService objectives, CurrentActor actor, AuditTrail audit, ValueChanges valueChanges,
            PlanVisibility visibility, PhaseWriter writer) {
        this.valueChanges = valueChanges;
        this.writer = writer;
        this.visibility = visibility;
        this.objectives = objectives;
        this.actor = actor;
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Phase> list(long objectiveId, PageRequest page) {
        Objective objective = objectives.get(objectiveId);
        return Page.of(Phase.<Phase>find("objective", Sort.ascending("number"), objective).list(), page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Phase get(long id) {
        Phase phase = Phase.<Phase>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("La fase", id));
        visibility.require(phase.objective.plan, "La fase", id);
        return phase;
    }

    public Phase create(long objectiveId, PhaseCommand command) {
        Phase phase = writer.create(objectives.get(objectiveId), command);
        audit.created(phase);
        return phase;
    }

    public Phase update(long id, PhaseCommand command, String ifMatch) {
        Phase phase = get(id);
        Versions.require(phase.version, ifMatch);
        Snapshot before = Snapshot.of(phase);
        writer.update(phase, command);
        Phase.flush();
        audit.updated(phase, before);
        return phase;
    }

    public Phase updateProgress(long id, PhaseProgressCommand command, String ifMatch) {
        Phase phase = get(id);
        actor.requireStructure(phase.objective.responsibleStructure.id, phase.objective.code);
        Versions.require(phase.version, ifMatch);
        Snapshot before = Snapshot.of(phase);
        writer.report(phase, command);
        Phase.flush();
        audit.updated(phase, before);
        return phase;
    }

    /** Refused while the phase has evidence: removing that is an act of its own, which a closed period may forbid. */
    public void delete(long id, String ifMatch) {
        Phase phase = get(id);
        Versions.checkIfPresent(phase.version, ifMatch);
        if (Evidence.count("phase", phase) > 0) {
            throw ProblemException.conflict("La fase " + phase.number + " ha elementi probativi allegati e non può "
                    + "essere eliminata", null);
        }
        audit.deleted(phase);
        valueChanges.phaseDeleted(phase);
        phase.delete();
        // Now, not at commit: a row that still refers to it (one this check does not know of) is then a 409
        // problem (ProblemMappers), not an error after the method returned.
        Phase.flush();
    }
}
