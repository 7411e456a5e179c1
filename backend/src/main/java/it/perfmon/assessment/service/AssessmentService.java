package it.perfmon.assessment.service;

import it.perfmon.assessment.AssessmentState;
import it.perfmon.collection.PartState;
import it.perfmon.collection.service.CollectionService;
import it.perfmon.indicator.Indicator;
import it.perfmon.indicator.service.IndicatorService;
import it.perfmon.objective.Objective;
import it.perfmon.objective.ObjectiveCodeOrder;
import it.perfmon.plan.MonitoringPeriod;
import it.perfmon.plan.PeriodStatus;
import it.perfmon.plan.service.PeriodService;
import it.perfmon.report.model.PlanReport;
import it.perfmon.report.model.PlanReport.ReportIndicator;
import it.perfmon.report.service.FrozenReports;
import it.perfmon.report.service.ReportService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Assessments as a resource of their own. An assessment is not a row of its own: it is the judgment held by the
 * indicator's result of the period (step, who and when, the deviation's explanation and corrective actions), shown
 * with the suggestion and deviation the report computes and the state of the structure's part of the collection.
 * Writes go through {@link ResultService}, so results and assessments share one version, one set of gates and one
 * audit trail.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AssessmentService {

    private final ReportService reports;
    private final FrozenReports frozenReports;
    private final PeriodService periods;
    private final IndicatorService indicators;
    private final CollectionService collections;
    private final ResultService results;

    AssessmentService(ReportService reports, FrozenReports frozenReports, PeriodService periods,
            IndicatorService indicators, CollectionService collections, ResultService results) {
        this.reports = reports;
        this.frozenReports = frozenReports;
        this.periods = periods;
        this.indicators = indicators;
        this.collections = collections;
        this.results = results;
    }

    /** Null fields do not filter. */
    public record Filter(Long structureId, Long objectiveId, Integer step, AssessmentState state) {

        boolean accepts(AssessmentView view) {
            return (structureId == null || structureId == view.structureId())
                    && (objectiveId == null || objectiveId == view.objectiveId())
                    && (step == null || step.equals(view.step()))
                    && (state == null || state == view.state());
        }
    }

    /** One per indicator of the plan, assessed or not, by objective code and indicator position. */
    public List<AssessmentView> list(long periodId, Filter filter) {
        MonitoringPeriod period = periods.get(periodId);
        PlanReport report = reports.report(period.plan.id, period.id);
        Map<Long, PartState> parts = collections.partStates(period);
        List<AssessmentView> views = new ArrayList<>();
        report.areas().stream().flatMap(area -> area.objectives().stream())
                .sorted(Comparator.comparing(PlanReport.ReportObjective::code, ObjectiveCodeOrder.ORDER))
                .forEach(objective -> objective.indicators().stream()
                        .sorted(Comparator.comparingInt(i -> i.definition().position()))
                        .forEach(indicator -> views.add(view(objective.id(), objective.code(),
                                objective.responsibleStructure().id(), objective.responsibleStructure().code(), period,
                                indicator, parts))));
        return views.stream().filter(filter::accepts).toList();
    }

    /** The indicator's assessment at each period of its plan, by reference date. */
    public List<AssessmentView> history(long indicatorId) {
        Indicator indicator = indicators.get(indicatorId);
        return MonitoringPeriod.<MonitoringPeriod>list("plan = ?1 order by referenceDate", indicator.objective.plan)
                .stream().map(period -> view(indicator, period)).toList();
    }

    public AssessmentView get(long indicatorId, long periodId) {
        Indicator indicator = indicators.get(indicatorId);
        return view(indicator, results.periodOf(indicator, periodId));
    }

    public record Saved(AssessmentView assessment, boolean created) {
    }

    public Saved save(long indicatorId, long periodId, AssessmentCommand command, String ifMatch) {
        ResultService.Saved saved = results.saveAssessment(indicatorId, periodId, command, ifMatch);
        return new Saved(get(indicatorId, periodId), saved.created());
    }

    private AssessmentView view(Indicator indicator, MonitoringPeriod period) {
        Objective objective = indicator.objective;
        ReportIndicator evaluated = period.status == PeriodStatus.CLOSED
                ? frozenReports.frozenIndicator(period, indicator.id)
                        .orElseGet(() -> reports.indicatorAt(indicator, period))
                : reports.indicatorAt(indicator, period);
        return view(objective.id, objective.code, objective.responsibleStructure.id,
                objective.responsibleStructure.code, period, evaluated, collections.partStates(period));
    }

    private static AssessmentView view(long objectiveId, String objectiveCode, long structureId, String structureCode,
            MonitoringPeriod period, ReportIndicator indicator, Map<Long, PartState> parts) {
        AssessmentState state;
        if (indicator.result().assessment() == null) {
            state = AssessmentState.MISSING;
        } else {
            PartState part = parts.get(structureId);
            state = part == null || part == PartState.OPEN ? AssessmentState.DRAFT : AssessmentState.valueOf(part.name());
        }
        return new AssessmentView(objectiveId, objectiveCode, structureId, structureCode, period.id, period.label,
                period.referenceDate, indicator, state);
    }
}
