package it.perfmon.phase.service;

import it.perfmon.plan.service.PlanVisibility;
import it.perfmon.common.AgencyClock;
import it.perfmon.common.Page;
import it.perfmon.common.PageRequest;
import it.perfmon.common.ProblemException;
import it.perfmon.common.Texts;
import it.perfmon.common.Versions;
import it.perfmon.objective.Objective;
import it.perfmon.objective.service.ObjectiveService;
import it.perfmon.phase.Phase;
import it.perfmon.phase.rest.PhaseProgressRequest;
import it.perfmon.phase.rest.PhaseRequest;
import it.perfmon.phase.rest.PhaseResponse;
import it.perfmon.security.CurrentActor;
import it.perfmon.values.service.ValueChanges;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import it.perfmon.audit.Snapshot;
import it.perfmon.audit.service.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

@ApplicationScoped
@Transactional
public class PhaseService {

    private final ObjectiveService objectives;
    private final CurrentActor actor;
    private final AuditTrail audit;
    private final ValueChanges valueChanges;
    private final AgencyClock clock;
    private final PlanVisibility visibility;

    PhaseService(ObjectiveService objectives, CurrentActor actor, AuditTrail audit, ValueChanges valueChanges,
            AgencyClock clock, PlanVisibility visibility) {
        this.valueChanges = valueChanges;
        this.visibility = visibility;
        this.objectives = objectives;
        this.actor = actor;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PhaseResponse> list(long objectiveId, PageRequest page) {
        Objective objective = objectives.get(objectiveId);
        return Page.of(Phase.<Phase>find("objective", Sort.ascending("number"), objective).list().stream()
                .map(PhaseResponse::of).toList(), page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Phase get(long id) {
        Phase phase = Phase.<Phase>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("La fase", id));
        visibility.require(phase.objective.plan, "La fase", id);
        return phase;
    }

    public Phase create(long objectiveId, PhaseRequest request) {
        Objective objective = objectives.get(objectiveId);
        Phase phase = new Phase();
        phase.objective = objective;
        apply(phase, request);
        phase.persist();
        audit.created(phase);
        return phase;
    }

    public Phase update(long id, PhaseRequest request, String ifMatch) {
        Phase phase = get(id);
        Versions.require(phase.version, ifMatch);
        Snapshot before = Snapshot.of(phase);
        apply(phase, request);
        Phase.flush();
        audit.updated(phase, before);
        return phase;
    }

    public Phase updateProgress(long id, PhaseProgressRequest request, String ifMatch) {
        Phase phase = get(id);
        actor.requireStructure(phase.objective.responsibleStructure.id, phase.objective.code);
        Versions.require(phase.version, ifMatch);
        if (request.actualEnd() != null && request.actualEnd().isAfter(clock.today())) {
            throw ProblemException.invalid("actualEnd", "non può essere nel futuro");
        }
        Snapshot before = Snapshot.of(phase);
        phase.actualEnd = request.actualEnd();
        phase.partialProgress = request.partialProgress();
        phase.monitoringNote = Texts.blankToNull(request.monitoringNote());
        phase.dataSource = Texts.blankToNull(request.dataSource());
        Phase.flush();
        audit.updated(phase, before);
        return phase;
    }

    public void delete(long id, String ifMatch) {
        Phase phase = get(id);
        Versions.checkIfPresent(phase.version, ifMatch);
        audit.deleted(phase);
        valueChanges.phaseDeleted(phase);
        phase.delete();
    }

    private static void apply(Phase phase, PhaseRequest request) {
        if (request.plannedEnd().isBefore(request.plannedStart())) {
            throw ProblemException.invalid("plannedEnd", "non può precedere l'inizio previsto");
        }
        long taken = Phase.count("objective = :objective and number = :number and id <> :id",
                Parameters.with("objective", phase.objective).and("number", request.number())
                        .and("id", phase.id == null ? -1L : phase.id));
        if (taken > 0) {
            throw ProblemException.conflict("Esiste già una fase numero " + request.number() + " nel cronoprogramma",
                    "number");
        }
        phase.number = request.number();
        phase.description = request.description().strip();
        phase.output = Texts.blankToNull(request.output());
        phase.plannedStart = request.plannedStart();
        phase.plannedEnd = request.plannedEnd();
        phase.responsible = Texts.blankToNull(request.responsible());
        phase.weight = request.weight();
    }
}
