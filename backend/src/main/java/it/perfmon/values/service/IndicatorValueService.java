package it.perfmon.values.service;

import io.quarkus.panache.common.Sort;
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
import it.perfmon.plan.MonitoringPeriod;
import it.perfmon.plan.PeriodKind;
import it.perfmon.plan.PeriodStatus;
import it.perfmon.plan.Plan;
import it.perfmon.plan.service.PlanVisibility;
import it.perfmon.report.model.PlanReport.ReportIndicator;
import it.perfmon.report.service.FrozenReports;
import it.perfmon.report.service.IndicatorEvaluator;
import it.perfmon.rules.IndicatorKind;
import it.perfmon.rules.JudgedAgainst;
import it.perfmon.rules.PhaseProgress;
import it.perfmon.values.IndicatorValueChange;
import it.perfmon.values.model.IndicatorValue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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

    private static final Comparator<PeriodRow> PERIOD_ORDER = Comparator.comparingInt(PeriodRow::planYear)
            .thenComparingLong(PeriodRow::planId)
            .thenComparing(PeriodRow::referenceDate);
    private static final Comparator<IndicatorRow> INDICATOR_ORDER = Comparator
            .comparing(IndicatorRow::objectiveCode, ObjectiveCodeOrder.ORDER)
            .thenComparingInt(i -> i.indicator().position);

    private final EntityManager em;
    private final FrozenReports frozenReports;

    private final PlanVisibility visibility;

    IndicatorValueService(EntityManager em, FrozenReports frozenReports, PlanVisibility visibility) {
        this.em = em;
        this.frozenReports = frozenReports;
        this.visibility = visibility;
    }

    /** All filters are optional and combine with "and"; none selects every period of every plan. */
    public record Filter(Long planId, Integer year, Long periodId, Long areaId, Long objectiveId, String objectiveCode,
            String programmingLink, Instant updatedSince, String organisation) {
    }

    public Page<IndicatorValue> list(Filter filter, PageRequest page) {
        Scope scope = Scope.of(filter, visibility.organisations().listedIds(filter.organisation()),
                visibility.organisations().draftsOf());
        List<PeriodRow> periods = periods(scope);
        List<IndicatorRow> indicators = periods.isEmpty() ? List.of() : indicators(scope);
        requireKnownIds(filter, periods, indicators);
        if (indicators.isEmpty()) {
            return Page.of(List.of(), page);
        }
        Values values = load(scope);
        Map<Long, Map<Long, ReportIndicator>> frozen = frozenReports.frozenIndicators(periods.stream()
                .filter(p -> p.status() == PeriodStatus.CLOSED).map(PeriodRow::id).toList());
        Map<Long, List<IndicatorRow>> byPlan = indicators.stream().sorted(INDICATOR_ORDER)
                .collect(Collectors.groupingBy(IndicatorRow::planId, LinkedHashMap::new, Collectors.toList()));
        List<IndicatorValue> rows = new ArrayList<>();
        for (PeriodRow period : periods.stream().sorted(PERIOD_ORDER).toList()) {
            IndicatorEvaluator evaluator = IndicatorEvaluator.at(period.planYear(), period.referenceDate(), period.kind());
            for (IndicatorRow indicator : byPlan.getOrDefault(period.planId(), List.of())) {
                ReportIndicator frozenView = frozen.getOrDefault(period.id(), Map.of()).get(indicator.indicator().id);
                IndicatorValue row = row(period, indicator, evaluator, values, frozenView);
                if (filter.updatedSince() == null || row.updatedAt().isAfter(filter.updatedSince())) {
                    rows.add(row);
                }
            }
        }
        return Page.of(rows, page);
    }

    /**
     * The rows that deletions took away, oldest first, for an incremental sync to delete too. The filters on area,
     * objective code and programming link name what a deleted row no longer has, so they are refused.
     */
    public List<IndicatorValueChange> removals(Filter filter) {
        List<FieldError> unsupported = new ArrayList<>();
        if (filter.areaId() != null) {
            unsupported.add(new FieldError("areaId", "non si applica alle righe rimosse"));
        }
        if (filter.objectiveCode() != null) {
            unsupported.add(new FieldError("objectiveCode", "non si applica alle righe rimosse"));
        }
        if (filter.programmingLink() != null) {
            unsupported.add(new FieldError("programmingLink", "non si applica alle righe rimosse"));
        }
        if (!unsupported.isEmpty()) {
            throw ProblemException.invalid(unsupported);
        }
        StringBuilder where = new StringBuilder("removed = true");
        Map<String, Object> params = new HashMap<>();
        // What a draft lost was never shown to those who do not see drafts, nor another organisation's to its members.
        where.append(" and planId in (select p.id from Plan p where p.organisation.id in :orgs"
                + " and (p.publishedAt is not null or p.organisation.id = :draftsOf))");
        params.put("orgs", visibility.organisations().listedIds(filter.organisation()));
        params.put("draftsOf", visibility.organisations().draftsOf());
        if (filter.planId() != null) {
            where.append(" and planId = :planId");
            params.put("planId", filter.planId());
        }
        if (filter.year() != null) {
            where.append(" and planYear = :year");
            params.put("year", filter.year());
        }
        if (filter.periodId() != null) {
            where.append(" and (periodId = :periodId or periodId is null)");
            params.put("periodId", filter.periodId());
        }
        if (filter.objectiveId() != null) {
            where.append(" and (objectiveId = :objectiveId or objectiveId is null)");
            params.put("objectiveId", filter.objectiveId());
        }
        if (filter.updatedSince() != null) {
            where.append(" and changedAt > :since");
            params.put("since", filter.updatedSince());
        }
        return IndicatorValueChange.<IndicatorValueChange>find(where.toString(), Sort.ascending("changedAt", "id"),
                params).list();
    }

    /** The columns of a period that the rows need. */
    private record PeriodRow(long id, PeriodKind kind, LocalDate referenceDate, PeriodStatus status, Instant updatedAt,
            long planId, int planYear, Instant planUpdatedAt, String organisationCode) {
    }

    /**
     * An indicator with the columns of its objective and area that the rows need. The indicator is an unmanaged
     * copy filled from the query's columns, for the evaluator, which reads its fields only.
     */
    private record IndicatorRow(Indicator indicator, long objectiveId, String objectiveCode, String objectiveTitle,
            long planId, long areaId, int areaNumber, Instant contextChanged) {
    }

    /** A phase's progress with the objective it belongs to and its latest change. */
    private record PhaseRow(long objectiveId, PhaseProgress progress, Instant updatedAt) {
    }

    private List<PeriodRow> periods(Scope scope) {
        return scope.bindPeriods(em.createQuery("""
                select pe.id, pe.kind, pe.referenceDate, pe.status, pe.updatedAt, pl.id, pl.year, pl.updatedAt,
                       pl.organisation.code
                from MonitoringPeriod pe join pe.plan pl where %s""".formatted(scope.periods()), Object[].class))
                .getResultList().stream().map(t -> new PeriodRow((Long) t[0], (PeriodKind) t[1], (LocalDate) t[2],
                        (PeriodStatus) t[3], (Instant) t[4], (Long) t[5], (Integer) t[6], (Instant) t[7],
                        (String) t[8])).toList();
    }

    private List<IndicatorRow> indicators(Scope scope) {
        return scope.bind(em.createQuery("""
                select i.id, i.position, i.description, i.kind, i.numeratorLabel, i.denominatorLabel, i.plannedQuantity,
                       i.baselineValue, i.baselineReference, i.targetValue, i.nextYearsTargetValue, i.nextYearsTargetRule,
                       i.planningNote, i.targetRule, i.updatedAt, o.id, o.code, o.title, o.plan.id, a.id, a.number,
                       o.updatedAt, a.updatedAt,
                       (select max(v.changedAt) from IndicatorValueChange v where v.removed = false
                            and (v.indicatorId = i.id
                                 or (v.indicatorId is null and v.objectiveId = o.id and i.kind = :timeline))),
                       i.judgedAgainst
                from Indicator i join i.objective o join o.area a where %s""".formatted(scope.objectives()),
                Object[].class)).setParameter("timeline", IndicatorKind.TIMELINE).getResultList().stream()
                .map(IndicatorValueService::indicatorRow).toList();
    }

    private static IndicatorRow indicatorRow(Object[] t) {
        Indicator indicator = new Indicator();
        indicator.id = (Long) t[0];
        indicator.position = (Integer) t[1];
        indicator.description = (String) t[2];
        indicator.kind = (IndicatorKind) t[3];
        indicator.numeratorLabel = (String) t[4];
        indicator.denominatorLabel = (String) t[5];
        indicator.plannedQuantity = (BigDecimal) t[6];
        indicator.baselineValue = (BigDecimal) t[7];
        indicator.baselineReference = (String) t[8];
        indicator.targetValue = (BigDecimal) t[9];
        indicator.nextYearsTargetValue = (BigDecimal) t[10];
        indicator.nextYearsTargetRule = (String) t[11];
        indicator.planningNote = (String) t[12];
        indicator.targetRule = (String) t[13];
        indicator.updatedAt = (Instant) t[14];
        // The row shows its objective's code and title and its area's number; a deleted result or phase (a value
        // change recorded without a row of its own) moved its value.
        Instant contextChanged = Stream.of((Instant) t[21], (Instant) t[22], (Instant) t[23]).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElseThrow();
        indicator.judgedAgainst = (JudgedAgainst) t[24];
        return new IndicatorRow(indicator, (Long) t[15], (String) t[16], (String) t[17], (Long) t[18], (Long) t[19],
                (Integer) t[20], contextChanged);
    }

    /** An id that names nothing is the client's mistake, not an empty selection; ids are checked only when given. */
    private void requireKnownIds(Filter filter, List<PeriodRow> periods, List<IndicatorRow> indicators) {
        List<FieldError> errors = new ArrayList<>();
        requireKnown(errors, "planId", filter.planId(), Plan.class, "il piano",
                periods.stream().anyMatch(p -> Objects.equals(p.planId(), filter.planId())));
        requireKnown(errors, "periodId", filter.periodId(), MonitoringPeriod.class, "il periodo",
                periods.stream().anyMatch(p -> Objects.equals(p.id(), filter.periodId())));
        requireKnown(errors, "areaId", filter.areaId(), StrategicArea.class, "l'ambito",
                indicators.stream().anyMatch(i -> Objects.equals(i.areaId(), filter.areaId())));
        requireKnown(errors, "objectiveId", filter.objectiveId(), Objective.class, "l'obiettivo",
                indicators.stream().anyMatch(i -> Objects.equals(i.objectiveId(), filter.objectiveId())));
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

    private Values load(Scope scope) {
        List<Object[]> results = scope.bind(em.createQuery("""
                select i.id, pe.id, r.id, r.version, r.enteredValue, r.enteredJustification, r.monitoringNote,
                       r.dataSource, r.assessmentStep, r.assessedBy, r.assessedAt, r.updatedAt,
                       r.deviationExplanation, r.correctiveActions
                from IndicatorResult r join r.indicator i join i.objective o join r.period pe join pe.plan pl
                where %s and %s""".formatted(scope.periods(), scope.objectives()), Object[].class)).getResultList();
        List<Object[]> phases = scope.bind(em.createQuery("""
                select o.id, p.number, p.weight, p.plannedStart, p.plannedEnd, p.actualEnd, p.partialProgress,
                       p.updatedAt
                from Phase p join p.objective o where %s order by o.id, p.number""".formatted(scope.objectives()),
                Object[].class)).getResultList();
        // Each count meets every selected period of its plan: the sum takes those up to the period's date, as the
        // report does, while the latest change ranges over all of the indicator's counts.
        List<Object[]> counts = scope.bind(em.createQuery("""
                select i.id, pe.id, c.component, sum(case when c.spanEnd <= pe.referenceDate then c.value end),
                       max(c.updatedAt)
                from IndicatorCount c join c.indicator i join i.objective o, MonitoringPeriod pe join pe.plan pl
                where %s and pe.plan.id = o.plan.id and %s
                group by i.id, pe.id, c.component""".formatted(scope.periods(), scope.objectives()), Object[].class))
                .getResultList();

        Values values = new Values();
        for (Object[] row : results) {
            IndicatorResult result = new IndicatorResult();
            result.id = (Long) row[2];
            result.version = (Integer) row[3];
            result.enteredValue = (BigDecimal) row[4];
            result.enteredJustification = (String) row[5];
            result.monitoringNote = (String) row[6];
            result.dataSource = (String) row[7];
            result.assessmentStep = (Integer) row[8];
            result.assessedBy = (String) row[9];
            result.assessedAt = (Instant) row[10];
            result.updatedAt = (Instant) row[11];
            result.deviationExplanation = (String) row[12];
            result.correctiveActions = (String) row[13];
            values.results.put(new Key((Long) row[0], (Long) row[1]), result);
        }
        for (Object[] row : phases) {
            PhaseProgress progress = new PhaseProgress((Integer) row[1], (BigDecimal) row[2], (LocalDate) row[3],
                    (LocalDate) row[4], (LocalDate) row[5], (BigDecimal) row[6]);
            values.phases.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                    .add(new PhaseRow((Long) row[0], progress, (Instant) row[7]));
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

    private static IndicatorValue row(PeriodRow period, IndicatorRow row, IndicatorEvaluator evaluator,
            Values values, ReportIndicator frozenView) {
        Indicator indicator = row.indicator();
        IndicatorResult result = values.results.get(new Key(indicator.id, period.id()));
        List<PhaseRow> phases = values.phases.getOrDefault(row.objectiveId(), List.of());
        List<PhaseProgress> progress = phases.stream().map(PhaseRow::progress).toList();
        ReportIndicator view = frozenView != null ? frozenView : evaluator.evaluate(indicator, result,
                values.counts.get(new Key(indicator.id, period.id())), progress).view();
        // updatedSince must catch every row whose value moved, and a value moves not only when its indicator or
        // result is edited but also when a count is posted or a phase of its timeline is reported, or when its
        // period is closed or reopened: the row's updatedAt is the latest change among everything its value comes
        // from, deletions of results and phases included (recorded as value changes), and the objective, area and
        // plan whose texts it shows. A frozen row last moved when its period was closed.
        Instant updatedAt = frozenView != null ? period.updatedAt() : Stream.of(indicator.updatedAt,
                        result == null ? null : result.updatedAt, values.countsChanged.get(indicator.id),
                        indicator.kind == IndicatorKind.TIMELINE ? latest(phases) : null, period.updatedAt(),
                        row.contextChanged(), period.planUpdatedAt())
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElseThrow();
        return new IndicatorValue(period.planId(), period.planYear(), period.organisationCode(), period.id(), period.kind().name(),
                period.referenceDate(), row.areaNumber(), row.objectiveCode(), row.objectiveTitle(), indicator.id,
                indicator.position, view.definition().description(), indicator.kind.name(),
                view.target().baselineValue(), view.target().baselineReference(), view.target().targetValue(),
                view.target().nextYearsTargetValue(), view.target().nextYearsTargetRule(), view.computedValue(),
                view.value().enteredValue(), view.valueUsed(),
                view.result().assessment() == null ? null : view.result().assessment().step(),
                view.result().monitoringNote(), view.result().dataSource(), view.result().deviationExplanation(),
                view.result().correctiveActions(), updatedAt);
    }

    private static Instant latest(List<PhaseRow> phases) {
        return phases.stream().map(PhaseRow::updatedAt).max(Comparator.naturalOrder()).orElse(null);
    }

    private record Key(long indicatorId, long periodId) {
    }

    /** Everything the values are computed from, for all the selected indicators and periods at once. */
    private static final class Values {

        final Map<Key, IndicatorResult> results = new HashMap<>();
        final Map<Long, List<PhaseRow>> phases = new HashMap<>();
        final Map<Key, Map<CountComponent, BigDecimal>> counts = new HashMap<>();
        final Map<Long, Instant> countsChanged = new HashMap<>();

        static Instant latest(Instant a, Instant b) {
            return a.isAfter(b) ? a : b;
        }
    }

    /**
     * The filters as conditions on the aliases every query shares: {@code pe} (period) and {@code pl} (its plan) for
     * the periods, {@code o} for the objectives. Only single values are bound, never lists, so that Hibernate
     * caches each statement's translation to SQL: the objectives' plans are those with a selected period, a
     * subquery on the same conditions. Every condition on the objectives names every parameter of the periods'.
     */
    private record Scope(String periods, String objectives, Map<String, Object> periodParams,
            Map<String, Object> params) {

        /** Drafts' periods are left out unless the caller sees drafts; without periods, no plan's values show. */
        static Scope of(Filter filter, List<Long> organisations, long draftsOf) {
            Map<String, Object> periodParams = new HashMap<>();
            if (filter.planId() != null) {
                periodParams.put("planId", filter.planId());
            }
            if (filter.year() != null) {
                periodParams.put("year", filter.year());
            }
            if (filter.periodId() != null) {
                periodParams.put("periodId", filter.periodId());
            }
            boolean planOnly = periodParams.keySet().equals(Set.of("planId"));
            // The organisations' list is the one parameter that is a list: Hibernate translates the statement
            // again for each length, which is a handful (one organisation, or all of them).
            periodParams.put("orgs", organisations);
            periodParams.put("draftsOf", draftsOf);
            StringBuilder where = new StringBuilder(planOnly
                    ? "o.plan.id = :planId and o.plan.organisation.id in :orgs"
                            + " and (o.plan.publishedAt is not null or o.plan.organisation.id = :draftsOf)"
                    : "o.plan.id in (select spe.plan.id from MonitoringPeriod spe join spe.plan spl where "
                            + periodConditions(filter, "spe", "spl") + ")");
            Map<String, Object> params = new HashMap<>(periodParams);
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
            return new Scope(periodConditions(filter, "pe", "pl"), where.toString(), periodParams, params);
        }

        private static String periodConditions(Filter filter, String period, String plan) {
            StringBuilder where = new StringBuilder(plan + ".organisation.id in :orgs and (" + plan
                    + ".publishedAt is not null or " + plan + ".organisation.id = :draftsOf)");
            if (filter.planId() != null) {
                where.append(" and ").append(plan).append(".id = :planId");
            }
            if (filter.year() != null) {
                where.append(" and ").append(plan).append(".year = :year");
            }
            if (filter.periodId() != null) {
                where.append(" and ").append(period).append(".id = :periodId");
            }
            return where.toString();
        }

        <T> TypedQuery<T> bindPeriods(TypedQuery<T> query) {
            periodParams.forEach(query::setParameter);
            return query;
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            params.forEach(query::setParameter);
            return query;
        }
    }
}
