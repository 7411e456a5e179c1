package it.perfmon.report.service;

import it.perfmon.area.StrategicArea;
import it.perfmon.assessment.IndicatorResult;
import it.perfmon.common.ProblemException;
import it.perfmon.count.CountComponent;
import it.perfmon.indicator.Indicator;
import it.perfmon.objective.Objective;
import it.perfmon.objective.ObjectiveCodeOrder;
import it.perfmon.phase.Phase;
import it.perfmon.plan.MonitoringPeriod;
import it.perfmon.plan.PeriodStatus;
import it.perfmon.plan.Plan;
import it.perfmon.plan.service.PlanVisibility;
import it.perfmon.report.model.PlanReport;
import it.perfmon.report.model.PlanReport.AssessmentCount;
import it.perfmon.report.model.PlanReport.ReportArea;
import it.perfmon.report.model.PlanReport.ReportObjective;
import it.perfmon.report.model.PlanReport.ReportPhase;
import it.perfmon.report.model.PlanReport.StructureRef;
import it.perfmon.report.model.PlanReport.WeightSummary;
import it.perfmon.rules.Achievement;
import it.perfmon.rules.AssessmentStep;
import it.perfmon.rules.PhaseProgress;
import it.perfmon.rules.ObjectiveScore;
import it.perfmon.rules.ObjectiveScoreInput;
import it.perfmon.rules.PlanScore;
import it.perfmon.rules.PlanScoreResult;
import it.perfmon.rules.WeightCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Builds the Allegato A of a plan at a period with a fixed number of SQL statements (six), whatever the size of
 * the plan: each kind of row is read in one query and the tree is assembled in memory.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportService {

    private final EntityManager em;
    private final FrozenReports frozenReports;
    private final PlanVisibility visibility;

    ReportService(EntityManager em, FrozenReports frozenReports, PlanVisibility visibility) {
        this.em = em;
        this.frozenReports = frozenReports;
        this.visibility = visibility;
    }

    /** The report of a period: as frozen at closing when the period is closed, else computed from today's data. */
    public PlanReport report(long planId, Long periodId) {
        MonitoringPeriod period = periodId == null ? defaultPeriod(planId) : period(planId, periodId);
        PlanReport live = live(period);
        return period.status == PeriodStatus.CLOSED ? frozenReports.frozen(period, live).orElse(live) : live;
    }

    /** The report computed from today's data, whatever the period's status. */
    PlanReport live(MonitoringPeriod period) {
        return new ReportAssembler(period, load(period.plan.id, period)).assemble();
    }

    /** One indicator at a period, computed exactly as in the whole report. */
    public PlanReport.ReportIndicator indicatorAt(Indicator indicator, MonitoringPeriod period) {
        return indicatorAt(indicator, period, UnaryOperator.identity());
    }

    /**
     * One indicator at a period as it would be with another entered value (null: none), computed by the same rules
     * as the report, so that a form can show the suggestion for what is being typed before it is saved.
     */
    public PlanReport.ReportIndicator indicatorWithEnteredValue(Indicator indicator, MonitoringPeriod period,
            BigDecimal enteredValue) {
        return indicatorAt(indicator, period, stored -> {
            // A detached stand-in, never persisted: only the value differs from what is stored.
            IndicatorResult typed = new IndicatorResult();
            if (stored != null) {
                typed.enteredJustification = stored.enteredJustification;
                typed.monitoringNote = stored.monitoringNote;
                typed.dataSource = stored.dataSource;
                typed.assessmentStep = stored.assessmentStep;
                typed.deviationExplanation = stored.deviationExplanation;
                typed.correctiveActions = stored.correctiveActions;
            }
            typed.enteredValue = enteredValue;
            return typed;
        });
    }

    private PlanReport.ReportIndicator indicatorAt(Indicator indicator, MonitoringPeriod period,
            UnaryOperator<IndicatorResult> result) {
        List<PhaseProgress> phases = em.createQuery(
                "select p from Phase p where p.objective = :objective order by p.number", Phase.class)
                .setParameter("objective", indicator.objective).getResultList().stream()
                .map(IndicatorEvaluator::progress).toList();
        List<IndicatorResult> results = em.createQuery(
                "select r from IndicatorResult r where r.indicator = :indicator and r.period = :period", IndicatorResult.class)
                .setParameter("indicator", indicator).setParameter("period", period).getResultList();
        Map<CountComponent, BigDecimal> counts = new HashMap<>();
        em.createQuery("""
                select c.component, sum(c.value) from IndicatorCount c
                where c.indicator = :indicator and c.spanEnd <= :date group by c.component""", Object[].class)
                .setParameter("indicator", indicator).setParameter("date", period.referenceDate).getResultList()
                .forEach(row -> counts.put((CountComponent) row[0], (BigDecimal) row[1]));
        return IndicatorEvaluator.at(period).evaluate(indicator, result.apply(results.isEmpty() ? null : results.get(0)),
                counts.isEmpty() ? null : counts, phases).view();
    }

    private MonitoringPeriod period(long planId, long periodId) {
        List<MonitoringPeriod> found = em.createQuery("""
                select p from MonitoringPeriod p join fetch p.plan pl join fetch pl.organisation
                where p.id = :periodId and pl.id = :planId""", MonitoringPeriod.class)
                .setParameter("periodId", periodId).setParameter("planId", planId).getResultList();
        if (found.isEmpty()) {
            requireVisiblePlan(planId);
            throw ProblemException.invalid("periodId", "il periodo " + periodId + " non appartiene al piano " + planId);
        }
        visibility.require(found.get(0).plan, "Il piano", planId);
        return found.get(0);
    }

    /** The latest period that holds results, else the first one: what a person opening the plan wants to see. */
    private MonitoringPeriod defaultPeriod(long planId) {
        List<MonitoringPeriod> periods = em.createQuery("""
                select p from MonitoringPeriod p join fetch p.plan pl join fetch pl.organisation
                where pl.id = :planId order by p.referenceDate""", MonitoringPeriod.class)
                .setParameter("planId", planId).getResultList();
        if (periods.isEmpty()) {
            requireVisiblePlan(planId);
            throw ProblemException.conflict("Il piano " + planId + " non ha periodi di monitoraggio", "periodId");
        }
        visibility.require(periods.get(0).plan, "Il piano", planId);
        List<Long> withResults = em.createQuery("""
                select distinct r.period.id from IndicatorResult r where r.period.plan.id = :planId""", Long.class)
                .setParameter("planId", planId).getResultList();
        return periods.stream().filter(p -> withResults.contains(p.id))
                .max(Comparator.comparing(p -> p.referenceDate))
                .orElse(periods.get(0));
    }

    private void requireVisiblePlan(long planId) {
        Plan plan = em.find(Plan.class, planId);
        if (plan == null) {
            throw ProblemException.notFound("Il piano", planId);
        }
        visibility.require(plan, "Il piano", planId);
    }

    private PlanData load(long planId, MonitoringPeriod period) {
        List<StrategicArea> areas = em.createQuery(
                "select a from StrategicArea a where a.plan.id = :planId order by a.number", StrategicArea.class)
                .setParameter("planId", planId).getResultList();
        List<Objective> objectives = em.createQuery("""
                select o from Objective o join fetch o.responsibleStructure
                where o.plan.id = :planId order by o.code""", Objective.class)
                .setParameter("planId", planId).getResultList();
        List<Object[]> indicatorRows = em.createQuery("""
                select i, r from Indicator i
                left join IndicatorResult r on r.indicator = i and r.period.id = :periodId
                where i.objective.plan.id = :planId order by i.objective.id, i.position""", Object[].class)
                .setParameter("planId", planId).setParameter("periodId", period.id).getResultList();
        List<Phase> phases = em.createQuery(
                "select p from Phase p where p.objective.plan.id = :planId order by p.objective.id, p.number", Phase.class)
                .setParameter("planId", planId).getResultList();
        List<Object[]> sums = em.createQuery("""
                select c.indicator.id, c.component, sum(c.value), count(c) from IndicatorCount c
                where c.indicator.objective.plan.id = :planId and c.spanEnd <= :date
                group by c.indicator.id, c.component""", Object[].class)
                .setParameter("planId", planId).setParameter("date", period.referenceDate).getResultList();

        Map<Long, IndicatorResult> results = new HashMap<>();
        List<Indicator> indicators = new ArrayList<>();
        for (Object[] row : indicatorRows) {
            Indicator indicator = (Indicator) row[0];
            indicators.add(indicator);
            if (row[1] != null) {
                results.put(indicator.id, (IndicatorResult) row[1]);
            }
        }
        Map<Long, Map<CountComponent, BigDecimal>> counts = new HashMap<>();
        for (Object[] row : sums) {
            counts.computeIfAbsent((Long) row[0], id -> new HashMap<>())
                    .put((CountComponent) row[1], (BigDecimal) row[2]);
        }
        return new PlanData(areas, objectives, indicators, results, phases, counts);
    }

    record PlanData(List<StrategicArea> areas, List<Objective> objectives, List<Indicator> indicators,
            Map<Long, IndicatorResult> results, List<Phase> phases, Map<Long, Map<CountComponent, BigDecimal>> counts) {

        Map<Long, List<Indicator>> indicatorsByObjective() {
            return indicators.stream().collect(Collectors.groupingBy(i -> i.objective.id, LinkedHashMap::new,
                    Collectors.toList()));
        }

        Map<Long, List<Phase>> phasesByObjective() {
            return phases.stream().collect(Collectors.groupingBy(p -> p.objective.id, LinkedHashMap::new,
                    Collectors.toList()));
        }
    }

    /** Assembles the tree and applies the rules; no database access from here on. */
    private static final class ReportAssembler {

        private final MonitoringPeriod period;
        private final PlanData data;
        private final IndicatorEvaluator evaluator;

        ReportAssembler(MonitoringPeriod period, PlanData data) {
            this.period = period;
            this.data = data;
            this.evaluator = IndicatorEvaluator.at(period);
        }

        PlanReport assemble() {
            Map<Long, List<Indicator>> indicatorsByObjective = data.indicatorsByObjective();
            Map<Long, List<Phase>> phasesByObjective = data.phasesByObjective();
            Map<Long, List<ReportObjective>> objectivesByArea = new LinkedHashMap<>();
            List<ObjectiveScoreInput> scoreInputs = new ArrayList<>();
            List<String> warnings = new ArrayList<>();
            Map<Integer, Integer> stepCounts = new HashMap<>();

            for (Objective objective : data.objectives().stream()
                    .sorted(Comparator.comparing((Objective o) -> o.code, ObjectiveCodeOrder.ORDER)).toList()) {
                List<Phase> phases = phasesByObjective.getOrDefault(objective.id, List.of());
                List<PhaseProgress> progress = phases.stream().map(IndicatorEvaluator::progress).toList();
                List<PlanReport.ReportIndicator> indicators = new ArrayList<>();
                List<Achievement> achievements = new ArrayList<>();
                for (Indicator indicator : indicatorsByObjective.getOrDefault(objective.id, List.of())) {
                    IndicatorResult result = data.results().get(indicator.id);
                    var evaluated = evaluator.evaluate(indicator, result, data.counts().get(indicator.id), progress);
                    indicators.add(evaluated.view());
                    evaluated.achievement().ifPresent(achievements::add);
                    stepCounts.merge(result == null || result.assessmentStep == null ? 0 : result.assessmentStep, 1,
                            Integer::sum);
                }
                WeightSummary phaseWeights = null;
                if (!phases.isEmpty()) {
                    phaseWeights = weights(WeightCheck.of(phases.stream().map(p -> p.weight).toList()));
                    if (!phaseWeights.complete()) {
                        warnings.add("Cronoprogramma dell'obiettivo " + objective.code + ": " + phaseWeights.warning());
                    }
                }
                ObjectiveScoreInput scoreInput = new ObjectiveScoreInput(objective.code,
                        objective.weight, achievements);
                scoreInputs.add(scoreInput);
                objectivesByArea.computeIfAbsent(objective.area.id, id -> new ArrayList<>())
                        .add(objectiveView(objective, indicators, phases, phaseWeights));
            }

            PlanScoreResult score = PlanScore.compute(scoreInputs);
            WeightSummary planWeights = weights(score.weights());
            if (!planWeights.complete()) {
                warnings.add(0, "Pesi degli obiettivi del piano: " + planWeights.warning());
            }
            Map<String, ObjectiveScore> objectiveScores = score.objectives().stream()
                    .collect(Collectors.toMap(ObjectiveScore::code, s -> s, (a, b) -> a));
            List<ReportArea> areas = data.areas().stream().map(area -> new ReportArea(area.id, area.number, area.title,
                    objectivesByArea.getOrDefault(area.id, List.of()).stream()
                            .map(o -> withScore(o, objectiveScores.get(o.code()))).toList()))
                    .toList();
            var plan = period.plan;
            return new PlanReport(
                    new PlanReport.ReportPlan(plan.id, plan.year, plan.title, plan.organisation.code, plan.organisation.name),
                    new PlanReport.ReportPeriod(period.id, period.kind.name(), period.referenceDate, period.label,
                            period.status.name()),
                    new PlanReport.ReportScore(score.score(), score.rawScore(), planWeights, score.objectivesWithoutWeight()),
                    summary(stepCounts), List.copyOf(warnings), areas, null, List.of());
        }

        private ReportObjective objectiveView(Objective o, List<PlanReport.ReportIndicator> indicators,
                List<Phase> phases, WeightSummary phaseWeights) {
            return new ReportObjective(o.id, o.code, o.title, o.weight, o.notes,
                    new StructureRef(o.responsibleStructure.id, o.responsibleStructure.code,
                            o.responsibleStructure.displayName()),
                    o.programmingLink, o.deadline, o.timelineNumber, o.timelineTitle, null, null, phaseWeights,
                    o.version, indicators, phases.stream().map(this::phaseView).toList());
        }

        private static ReportObjective withScore(ReportObjective o, ObjectiveScore score) {
            if (score == null) {
                return o;
            }
            return new ReportObjective(o.id(), o.code(), o.title(), o.weight(), o.notes(), o.responsibleStructure(),
                    o.programmingLink(), o.deadline(), o.timelineNumber(), o.timelineTitle(), score.achievement(),
                    score.rawAchievement(), o.phaseWeights(), o.version(), o.indicators(), o.phases());
        }

        private ReportPhase phaseView(Phase p) {
            return new ReportPhase(p.id, p.number, p.description, p.output, p.plannedStart, p.plannedEnd, p.responsible,
                    p.weight, p.actualEnd, p.partialProgress, p.monitoringNote, p.dataSource,
                    PhaseStatus.at(p.plannedStart, p.plannedEnd, p.actualEnd, period.referenceDate).name(), p.version);
        }

        private static WeightSummary weights(WeightCheck check) {
            return new WeightSummary(check.sum(), check.missing(), check.complete(), check.warning().orElse(null));
        }

        private static List<AssessmentCount> summary(Map<Integer, Integer> stepCounts) {
            List<AssessmentCount> summary = new ArrayList<>();
            for (AssessmentStep step : AssessmentStep.values()) {
                summary.add(new AssessmentCount(step.code(), step.label(), stepCounts.getOrDefault(step.code(), 0)));
            }
            summary.add(new AssessmentCount(null, "non valutato", stepCounts.getOrDefault(0, 0)));
            return summary;
        }
    }
}
