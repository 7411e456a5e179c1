package it.perfmon.collection.service;

import it.perfmon.common.FieldError;
import it.perfmon.common.ProblemException;
import it.perfmon.objective.ObjectiveCodeOrder;
import it.perfmon.plan.MonitoringPeriod;
import it.perfmon.report.model.PlanReport;
import it.perfmon.report.service.ReportService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Before a structure's part is submitted, every indicator of its objectives that is behind must say why and what is
 * being done. Read off the period's report, since a value computed from counts can fall below its pace without
 * anyone saving the result.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class UnexplainedDeviations {

    private final ReportService reports;

    UnexplainedDeviations(ReportService reports) {
        this.reports = reports;
    }

    /** 422 with one error per missing explanation or corrective actions, when there is any. */
    void requireNone(MonitoringPeriod period, long structureId, String structureCode) {
        List<FieldError> errors = new ArrayList<>();
        List<String> indicators = new ArrayList<>();
        PlanReport report = reports.report(period.plan.id, period.id);
        report.areas().stream().flatMap(area -> area.objectives().stream())
                .filter(objective -> objective.responsibleStructure().id() == structureId)
                .sorted(Comparator.comparing(PlanReport.ReportObjective::code, ObjectiveCodeOrder.ORDER))
                .forEach(objective -> objective.indicators().forEach(indicator -> {
                    PlanReport.IndicatorDeviation deviation = indicator.deviation();
                    if (deviation == null) {
                        return;
                    }
                    String which = objective.code() + " indicatore " + indicator.definition().position();
                    List<String> missing = new ArrayList<>();
                    if (indicator.result().deviationExplanation() == null) {
                        missing.add("motivazione dello scostamento");
                        errors.add(new FieldError("deviationExplanation", which + ": manca la motivazione dello "
                                + "scostamento (" + deviation.describe() + ")"));
                    }
                    if (indicator.result().correctiveActions() == null) {
                        missing.add("interventi correttivi");
                        errors.add(new FieldError("correctiveActions", which + ": mancano gli interventi correttivi ("
                                + deviation.describe() + ")"));
                    }
                    if (!missing.isEmpty()) {
                        indicators.add(which + " (" + String.join(", ", missing) + ")");
                    }
                }));
        if (!errors.isEmpty()) {
            throw ProblemException.unexplainedDeviation("Per inviare la parte della struttura " + structureCode
                    + " gli indicatori in ritardo devono avere motivazione dello scostamento e interventi correttivi; "
                    + "mancano per: " + String.join("; ", indicators), errors);
        }
    }
}
