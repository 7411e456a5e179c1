package it.perfmon.indicator.service;

import io.quarkus.panache.common.Parameters;
import it.perfmon.common.FieldError;
import it.perfmon.common.ProblemException;
import it.perfmon.common.Texts;
import it.perfmon.count.IndicatorCount;
import it.perfmon.indicator.Indicator;
import it.perfmon.objective.Objective;
import it.perfmon.rules.IndicatorKind;
import it.perfmon.rules.JudgedAgainst;
import it.perfmon.rules.WholeNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** The one place indicators are created and changed: the API, the import, the seed and the roll-over alike. */
@ApplicationScoped
public class IndicatorWriter {

    public Indicator create(Objective objective, IndicatorCommand command) {
        Indicator indicator = new Indicator();
        indicator.objective = objective;
        indicator.position = command.position() != null ? command.position() : nextPosition(objective);
        indicator.targetRule = command.targetRule();
        indicator.previous = command.previous();
        assign(indicator, command);
        indicator.persist();
        return indicator;
    }

    public void update(Indicator indicator, IndicatorCommand command) {
        if (command.kind() != indicator.kind && IndicatorCount.count("indicator", indicator) > 0) {
            throw ProblemException.conflict("L'indicatore ha conteggi registrati: il tipo non può cambiare", "kind");
        }
        if (command.position() != null) {
            indicator.position = command.position();
        }
        if (indicator.targetValue == null ? command.targetValue() != null
                : command.targetValue() == null || indicator.targetValue.compareTo(command.targetValue()) != 0) {
            // A target typed by hand no longer comes from last year's rule.
            indicator.targetRule = command.targetRule();
        }
        assign(indicator, command);
    }

    /**
     * The rules that need no database, for a caller that collects problems before it writes anything;
     * {@code decimalCounts} is the indicator's (false for a new one) when the command leaves it out.
     */
    public static List<FieldError> problems(IndicatorCommand command, boolean decimalCounts) {
        List<FieldError> errors = new ArrayList<>();
        if (command.kind() == IndicatorKind.RATIO_PLANNED && command.plannedQuantity() == null) {
            errors.add(new FieldError("plannedQuantity", "obbligatorio per un rapporto su quantità prevista"));
        }
        if (command.kind() != IndicatorKind.RATIO_PLANNED && command.plannedQuantity() != null) {
            errors.add(new FieldError("plannedQuantity", "ammesso solo per il tipo RATIO_PLANNED"));
        }
        boolean decimal = command.decimalCounts() == null ? decimalCounts : command.decimalCounts();
        if (command.plannedQuantity() != null && !decimal && !WholeNumbers.isWhole(command.plannedQuantity())) {
            errors.add(new FieldError("plannedQuantity", WholeNumbers.MESSAGE));
        }
        if (command.nextYearsTargetValue() != null && Texts.blankToNull(command.nextYearsTargetRule()) != null) {
            errors.add(new FieldError("nextYearsTargetRule", "indicare un valore oppure una regola, non entrambi"));
        }
        return errors;
    }

    private static int nextPosition(Objective objective) {
        Integer max = Indicator.find("select max(i.position) from Indicator i where i.objective = ?1", objective)
                .project(Integer.class).firstResult();
        return max == null ? 1 : max + 1;
    }

    private static void assign(Indicator indicator, IndicatorCommand command) {
        List<FieldError> errors = problems(command, indicator.decimalCounts);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        long taken = Indicator.count("objective = :objective and position = :position and id <> :id",
                Parameters.with("objective", indicator.objective).and("position", indicator.position)
                        .and("id", indicator.id == null ? -1L : indicator.id));
        if (taken > 0) {
            throw ProblemException.conflict("Esiste già un indicatore in posizione " + indicator.position, "position");
        }
        indicator.description = command.description().strip();
        if (command.judgedAgainst() != null) {
            indicator.judgedAgainst = command.judgedAgainst();
        } else if (indicator.judgedAgainst == null || indicator.kind != command.kind()) {
            indicator.judgedAgainst = JudgedAgainst.defaultFor(command.kind());
        }
        indicator.kind = command.kind();
        indicator.numeratorLabel = Texts.blankToNull(command.numeratorLabel());
        indicator.denominatorLabel = Texts.blankToNull(command.denominatorLabel());
        indicator.plannedQuantity = command.plannedQuantity();
        if (command.decimalCounts() != null) {
            indicator.decimalCounts = command.decimalCounts();
        }
        indicator.baselineValue = command.baselineValue();
        indicator.baselineReference = Texts.blankToNull(command.baselineReference());
        indicator.targetValue = command.targetValue();
        indicator.nextYearsTargetValue = command.nextYearsTargetValue();
        indicator.nextYearsTargetRule = Texts.blankToNull(command.nextYearsTargetRule());
        indicator.planningNote = Texts.blankToNull(command.planningNote());
    }
}
