package it.perfmon.area.service;

import io.quarkus.panache.common.Parameters;
import it.perfmon.area.StrategicArea;
import it.perfmon.common.ProblemException;
import it.perfmon.plan.Plan;
import jakarta.enterprise.context.ApplicationScoped;

/** The one place strategic areas are created and changed: the API, the import, the seed and the roll-over alike. */
@ApplicationScoped
public class AreaWriter {

    public StrategicArea create(Plan plan, AreaCommand command) {
        requireFreeNumber(plan, command.number(), null);
        StrategicArea area = new StrategicArea();
        area.plan = plan;
        assign(area, command);
        area.persist();
        return area;
    }

    public void update(StrategicArea area, AreaCommand command) {
        requireFreeNumber(area.plan, command.number(), area.id);
        assign(area, command);
    }

    private static void assign(StrategicArea area, AreaCommand command) {
        area.number = command.number();
        area.title = command.title().strip();
    }

    private static void requireFreeNumber(Plan plan, int number, Long exceptId) {
        long taken = StrategicArea.count("plan = :plan and number = :number and id <> :id",
                Parameters.with("plan", plan).and("number", number).and("id", exceptId == null ? -1L : exceptId));
        if (taken > 0) {
            throw ProblemException.conflict("Esiste già un ambito numero " + number + " nel piano", "number");
        }
    }
}
