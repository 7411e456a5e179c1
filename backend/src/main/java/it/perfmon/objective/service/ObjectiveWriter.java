package it.perfmon.objective.service;

import io.quarkus.panache.common.Parameters;
import it.perfmon.area.StrategicArea;
import it.perfmon.common.FieldError;
import it.perfmon.common.ProblemException;
import it.perfmon.common.Texts;
import it.perfmon.objective.Objective;
import it.perfmon.objective.StructureAssigned;
import it.perfmon.organisation.ResponsibleStructure;
import it.perfmon.plan.Plan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.util.ArrayList;
import java.util.List;

/** The one place objectives are created and changed: the API, the import, the seed and the roll-over alike. */
@ApplicationScoped
public class ObjectiveWriter {

    private final Event<StructureAssigned> assigned;

    ObjectiveWriter(Event<StructureAssigned> assigned) {
        this.assigned = assigned;
    }

    public Objective create(Plan plan, ObjectiveCommand command) {
        Objective objective = new Objective();
        objective.plan = plan;
        assign(objective, command);
        objective.persist();
        assigned.fire(new StructureAssigned(plan.id, objective.responsibleStructure.id));
        return objective;
    }

    public void update(Objective objective, ObjectiveCommand command) {
        Long before = objective.responsibleStructure == null ? null : objective.responsibleStructure.id;
        assign(objective, command);
        if (!objective.responsibleStructure.id.equals(before)) {
            assigned.fire(new StructureAssigned(objective.plan.id, objective.responsibleStructure.id));
        }
    }

    /** The rules that need no database, for a caller that collects problems before it writes anything. */
    public static List<FieldError> problems(int planYear, ObjectiveCommand command) {
        List<FieldError> problems = new ArrayList<>();
        if (command.deadline() != null && command.deadline().getYear() < planYear) {
            problems.add(new FieldError("deadline", "non può precedere l'anno del piano (" + planYear + ")"));
        }
        return problems;
    }

    private static void assign(Objective objective, ObjectiveCommand command) {
        StrategicArea area = command.areaId() == null ? null : StrategicArea.findById(command.areaId());
        if (area == null || !area.plan.id.equals(objective.plan.id)) {
            throw ProblemException.invalid("areaId", "l'ambito " + command.areaId() + " non appartiene al piano");
        }
        ResponsibleStructure structure = command.responsibleStructureId() == null ? null
                : ResponsibleStructure.findById(command.responsibleStructureId());
        if (structure == null || !structure.organisation.id.equals(objective.plan.organisation.id)) {
            throw ProblemException.invalid("responsibleStructureId", "la struttura "
                    + command.responsibleStructureId() + " non esiste nell'organizzazione del piano");
        }
        String code = command.code().strip();
        long taken = Objective.count("plan = :plan and code = :code and id <> :id", Parameters
                .with("plan", objective.plan).and("code", code).and("id", objective.id == null ? -1L : objective.id));
        if (taken > 0) {
            throw ProblemException.conflict("Esiste già un obiettivo " + code + " nel piano", "code");
        }
        List<FieldError> problems = problems(objective.plan.year, command);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        objective.area = area;
        objective.code = code;
        objective.title = command.title().strip();
        objective.weight = command.weight();
        objective.notes = Texts.blankToNull(command.notes());
        objective.responsibleStructure = structure;
        objective.programmingLink = Texts.blankToNull(command.programmingLink());
        objective.deadline = command.deadline();
        objective.timelineNumber = command.timelineNumber();
        objective.timelineTitle = Texts.blankToNull(command.timelineTitle());
    }
}
