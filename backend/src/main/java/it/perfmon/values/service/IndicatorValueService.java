package it.perfmon.values.service;

import it.perfmon.area.StrategicArea;
import it.perfmon.assessment.IndicatorResult;
import it.perfmon.common.FieldError;
import it.perfmon.common.Page;
import it.perfmon.common.PageRequest;
import it.perfmon.common.ProblemException;
import it.perfmon.common.Texts;
import it.perfmon.count.CountComponent;
import it.perfmon.indicator.Indicator;
import it.perfmon.objective.Objective;
import it.perfmon.objective.ObjectiveCodeOrder;
import it.perfmon.phase.Phase;
import it.perfmon.plan.MonitoringPeriod;
import it.perfmon.plan.PeriodStatus;
import it.perfmon.report.service.FrozenReports;
import it.perfmon.plan.Plan;
import it.perfmon.report.rest.PlanReport.ReportIndicator;
import it.perfmon.report.service.IndicatorEvaluator;
import it.perfmon.rules.IndicatorKind;
import it.perfmon.rules.PhaseProgress;
import it.perfmon.values.rest.IndicatorValueResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The values of indicators at monitoring periods as flat rows, computed as the report computes them and read with
 * five SQL statements whatever the number of plans, periods and indicators selected (plus one look-up per id filter
 * that selected nothing, to tell an unknown id from an empty selection, and one for the frozen reports when closed
 * periods are selected: a closed period's values are the ones published at closing, as in its report).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class IndicatorValueService {

    private static final Comparator<MonitoringPeriod> PERIOD_ORDER = Comparator
            .comparingInt((MonitoringPeriod p) -> p.plan.year)
            .thenComparing(p -> p.plan.id)
            .thenComparing(p -> p.referenceDate);
    private static final Comparator<Indicator> INDICATOR_ORDER = Comparator
            .comparing((Indicator i) -> i.objective.code, ObjectiveCodeOrder.ORDER)
            .thenComparingInt(i -> i.position);

    private final EntityManager em;
    private final FrozenReports frozenReports;

    IndicatorValueService(EntityManager em, FrozenReports frozenReports) {
        this.em = em;
        this.frozenReports = frozenReports;
    }

    /** All filters are optional and combine with "and"; none selects every period of every plan. */
    public record Filter(Long planId, Integer year, Long periodId, Long areaId, Long objectiveId, String objectiveCode,
            String programmingLink, Instant updatedSince) {
    }

    public Page<IndicatorValueResponse> list(Filter filter, PageRequest page) {
        List<MonitoringPeriod> periods = periods(filter);
        Scope scope = Scope.of(filter, periods);
        List<Indicator> indicators = periods.isEmpty() ? List.of() : indicators(scope);
        requireKnownIds(filter, periods, indicators);
        if (indicators.isEmpty()) {
            return Page.of(List.of(), page);
        }
        Values values = load(scope, periods);
        Map<Long, Map<Long, ReportIndicator>> frozen = frozenReports.frozenIndicators(periods.stream()
                .filter(p -> p.status == PeriodStatus.CLOSED).map(p -> p.id).toList());
        Map<Long, List<Indicator>> byPlan = indicators.stream().sorted(INDICATOR_ORDER)
                .collect(Collectors.groupingBy(i -> i.objective.plan.id, LinkedHashMap::new, Collectors.toList()));
        List<IndicatorValueResponse> rows = new ArrayList<>();
        for (MonitoringPeriod period : periods.stream().sorted(PERIOD_ORDER).toList()) {
            IndicatorEvaluator evaluator = IndicatorEvaluator.at(period);
            for (Indicator indicator : byPlan.getOrDefault(period.plan.id, List.of())) {
                ReportIndicator frozenView = frozen.getOrDefault(period.id, Map.of()).get(indicator.id);
                IndicatorValueResponse row = row(period, indicator, evaluator, values, frozenView);
                if (filter.updatedSince() == null || row.updatedAt().isAfter(filter.updatedSince())) {
                    rows.add(row);
                }
            }
        }
        return Page.of(rows, page);
    }

    private List<MonitoringPeriod> periods(Filter filter) {
        StringBuilder query = new StringBuilder("select p from MonitoringPeriod p join fetch p.plan pl where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.planId() != null) {
            query.append(" and pl.id = :planId");
            params.put("planId", filter.planId());
        }
        if (filter.year() != null) {
            query.append(" and pl.year = :year");
            params.put("year", filter.year());
        }
        if (filter.periodId() != null) {
            query.append(" and p.id = :periodId");
            params.put("periodId", filter.periodId());
        }
        TypedQuery<MonitoringPeriod> typed = em.createQuery(query.toString(), MonitoringPeriod.class);
        params.forEach(typed::setParameter);
        return typed.getResultList();
    }

    private List<Indicator> indicators(Scope scope) {
        return scope.bind(em.createQuery("select i from Indicator i join fetch i.objective o join fetch o.area where "
                + scope.where(), Indicator.class)).getResultList();
    }

    /** An id that names nothing is the client's mistake, not an empty selection; ids are checked only when given. */
    private void requireKnownIds(Filter filter, List<MonitoringPeriod> periods, List<Indicator> indicators) {
        List<FieldError> errors = new ArrayList<>();
        requireKnown(errors, "planId", filter.planId(), Plan.class, "il piano",
                periods.stream().anyMatch(p -> p.plan.id.equals(filter.planId())));
        requireKnown(errors, "periodId", filter.periodId(), MonitoringPeriod.class, "il periodo",
                periods.stream().anyMatch(p -> p.id.equals(filter.periodId())));
        requireKnown(errors, "areaId", filter.areaId(), StrategicArea.class, "l'ambito",
                indicators.stream().anyMatch(i -> i.objective.area.id.equals(filter.areaId())));
        requireKnown(errors, "objectiveId", filter.objectiveId(), Objective.class, "l'obiettivo",
                indicators.stream().anyMatch(i -> i.objective.id.equals(filter.objectiveId())));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    /** Asks the database only when what was loaded does not already show that the id exists. */
    private void requireKnown(List<FieldError> errors, String field, Long id, Class<?> entity, String what,
            boolean seen) {
        if (id != null && !seen && em.find(entity, id) == null) {
            errors.add(new FieldError(field, what + " " + id + " non esiste"));
        }
    }

    private Values load(Scope scope, List<MonitoringPeriod> periods) {
        List<Long> periodIds = periods.stream().map(p -> p.id).toList();
        List<IndicatorResult> results = scope.bind(em.createQuery("""
                select r from IndicatorResult r join r.indicator i join i.objective o
                where r.period.id in :periodIds and %s""".formatted(scope.where()), IndicatorResult.class))
                .setParameter("periodIds", periodIds).getResultList();
        List<Phase> phases = scope.bind(em.createQuery(
                "select p from Phase p join p.objective o where %s order by o.id, p.number".formatted(scope.where()),
                Phase.class)).getResultList();
        // Each count meets every selected period of its plan: the sum takes those up to the period's date, as the
        // report does, while the latest change ranges over all of the indicator's counts.
        List<Object[]> counts = scope.bind(em.createQuery("""
                select i.id, pe.id, c.component, sum(case when c.spanEnd <= pe.referenceDate then c.value end),
                       max(c.updatedAt)
                from IndicatorCount c join c.indicator i join i.objective o, MonitoringPeriod pe
                where pe.id in :periodIds and pe.plan.id = o.plan.id and %s
                group by i.id, pe.id, c.component""".formatted(scope.where()), Object[].class))
                .setParameter("periodIds", periodIds).getResultList();

        Values values = new Values();
        for (IndicatorResult result : results) {
            values.results.put(new Key(result.indicator.id, result.period.id), result);
        }
        for (Phase phase : phases) {
            values.phases.computeIfAbsent(phase.objective.id, id -> new ArrayList<>()).add(phase);
        }
        for (Object[] row : counts) {
            Long indicatorId = (Long) row[0];
            if (row[3] != null) {
                values.counts.computeIfAbsent(new Key(indicatorId, (Long) row[1]), key -> new HashMap<>())
                        .put((CountComponent) row[2], (BigDecimal) row[3]);
            }
            values.countsChanged.merge(indicatorId, (Instant) row[4], Values::latest);
        }
        return values;
    }

    private static IndicatorValueResponse row(MonitoringPeriod period, Indicator indicator, IndicatorEvaluator evaluator,
            Values values, ReportIndicator frozenView) {
        IndicatorResult result = values.results.get(new Key(indicator.id, period.id));
        List<Phase> phases = values.phases.getOrDefault(indicator.objective.id, List.of());
        List<PhaseProgress> progress = phases.stream().map(IndicatorEvaluator::progress).toList();
        ReportIndicator view = frozenView != null ? frozenView : evaluator.evaluate(indicator, result,
                values.counts.get(new Key(indicator.id, period.id)), progress).view();
        Objective objective = indicator.objective;
        // updatedSince must catch every row whose value moved, and a value moves not only when its indicator or
        // result is edited but also when a count is posted or a phase of its timeline is reported, or when its
        // period is closed or reopened: the row's updatedAt is the latest change among everything its value comes
        // from. A frozen row last moved when its period was closed.
        Instant updatedAt = frozenView != null ? period.updatedAt : Stream.of(indicator.updatedAt,
                        result == null ? null : result.updatedAt, values.countsChanged.get(indicator.id),
                        indicator.kind == IndicatorKind.TIMELINE ? latest(phases) : null, period.updatedAt)
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElseThrow();
        return new IndicatorValueResponse(period.plan.id, period.plan.year, period.id, period.kind.name(),
                period.referenceDate, objective.area.number, objective.code, objective.title, indicator.id,
                indicator.position, view.description(), indicator.kind.name(), view.baselineValue(),
                view.baselineReference(), view.targetValue(), view.nextYearsTargetValue(),
                view.nextYearsTargetRule(), view.computedValue(), view.enteredValue(), view.valueUsed(),
                view.assessment() == null ? null : view.assessment().step(), view.monitoringNote(),
                view.dataSource(), updatedAt);
    }

    private static Instant latest(List<Phase> phases) {
        return phases.stream().map(p -> p.updatedAt).max(Comparator.naturalOrder()).orElse(null);
    }

    private record Key(long indicatorId, long periodId) {
    }

    /** Everything the values are computed from, for all the selected indicators and periods at once. */
    private static final class Values {

        final Map<Key, IndicatorResult> results = new HashMap<>();
        final Map<Long, List<Phase>> phases = new HashMap<>();
        final Map<Key, Map<CountComponent, BigDecimal>> counts = new HashMap<>();
        final Map<Long, Instant> countsChanged = new HashMap<>();

        static Instant latest(Instant a, Instant b) {
            return a.isAfter(b) ? a : b;
        }
    }

    /** The objectives selected by the filters, as a condition on the alias {@code o} shared by every query. */
    private record Scope(String where, Map<String, Object> params) {

        static Scope of(Filter filter, List<MonitoringPeriod> periods) {
            StringBuilder where = new StringBuilder("o.plan.id in :planIds");
            Map<String, Object> params = new HashMap<>();
            params.put("planIds", periods.stream().map(p -> p.plan.id).distinct().toList());
            if (filter.areaId() != null) {
                where.append(" and o.area.id = :areaId");
                params.put("areaId", filter.areaId());
            }
            if (filter.objectiveId() != null) {
                where.append(" and o.id = :objectiveId");
                params.put("objectiveId", filter.objectiveId());
            }
            if (filter.objectiveCode() != null) {
                where.append(" and o.code = :objectiveCode");
                params.put("objectiveCode", filter.objectiveCode());
            }
            if (filter.programmingLink() != null) {
                // As in the list of objectives: links are free text, so the filter matches a part of it, with
                // LIKE's wildcards taken literally.
                where.append(" and lower(o.programmingLink) like :link escape '!'");
                params.put("link", "%" + Texts.likeLiteral(filter.programmingLink().toLowerCase()) + "%");
            }
            return new Scope(where.toString(), params);
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            params.forEach(query::setParameter);
            return query;
        }
    }
}
