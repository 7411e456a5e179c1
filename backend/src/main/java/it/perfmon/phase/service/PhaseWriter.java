package it.perfmon.phase.service;

import io.quarkus.panache.common.Parameters;
import it.perfmon.common.AgencyClock;
import it.perfmon.common.FieldError;
import it.perfmon.common.ProblemException;
import it.perfmon.common.Texts;
import it.perfmon.objective.Objective;
import it.perfmon.phase.Phase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** The one place phases are created and changed: the API, the import, the seed and the roll-over alike. */
@ApplicationScoped
public class PhaseWriter {

    private final AgencyClock clock;

    PhaseWriter(AgencyClock clock) {
        this.clock = clock;
    }

    public Phase create(Objective objective, PhaseCommand command) {
        return create(objective, command, null);
    }

    /** A new phase with the progress already reported about it (null: none), in one insert. */
    public Phase create(Objective objective, PhaseCommand command, PhaseProgressCommand progress) {
        Phase phase = new Phase();
        phase.objective = objective;
        assign(phase, command);
        if (progress != null) {
            report(phase, progress);
        }
        phase.persist();
        return phase;
    }

    public void update(Phase phase, PhaseCommand command) {
        assign(phase, command);
    }

    public void report(Phase phase, PhaseProgressCommand command) {
        List<FieldError> problems = progressProblems(command);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        phase.actualEnd = command.actualEnd();
        phase.partialProgress = command.partialProgress();
        phase.monitoringNote = Texts.blankToNull(command.monitoringNote());
        phase.dataSource = Texts.blankToNull(command.dataSource());
    }

    /** The rules of a phase's definition, for a caller that collects problems before it writes anything. */
    public static List<FieldError> problems(PhaseCommand command) {
        List<FieldError> problems = new ArrayList<>();
        if (command.plannedStart() != null && command.plannedEnd() != null
                && command.plannedEnd().isBefore(command.plannedStart())) {
            problems.add(new FieldError("plannedEnd", "non può precedere l'inizio previsto"));
        }
        return problems;
    }

    /** The rules of a phase's progress, for a caller that collects problems before it writes anything. */
    public List<FieldError> progressProblems(PhaseProgressCommand command) {
        List<FieldError> problems = new ArrayList<>();
        if (command.actualEnd() != null && command.actualEnd().isAfter(clock.today())) {
            problems.add(new FieldError("actualEnd", "non può essere nel futuro"));
        }
        return problems;
    }

    private static void assign(Phase phase, PhaseCommand command) {
        List<FieldError> problems = problems(command);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        long taken = Phase.count("objective = :objective and number = :number and id <> :id",
                Parameters.with("objective", phase.objective).and("number", command.number())
                        .and("id", phase.id == null ? -1L : phase.id));
        if (taken > 0) {
            throw ProblemException.conflict("Esiste già una fase numero " + command.number() + " nel cronoprogramma",
                    "number");
        }
        phase.number = command.number();
        phase.description = command.description().strip();
        phase.output = Texts.blankToNull(command.output());
        phase.plannedStart = command.plannedStart();
        phase.plannedEnd = command.plannedEnd();
        phase.responsible = Texts.blankToNull(command.responsible());
        phase.weight = command.weight();
    }
}
