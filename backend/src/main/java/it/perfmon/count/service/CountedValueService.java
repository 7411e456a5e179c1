package it.perfmon.count.service;

import it.perfmon.common.ProblemException;
import it.perfmon.count.CountComponent;
import it.perfmon.count.CountedValue;
import it.perfmon.count.CountedValue.UnitValue;
import it.perfmon.indicator.Indicator;
import it.perfmon.organisation.TerritorialUnit;
import it.perfmon.plan.MonitoringPeriod;
import it.perfmon.plan.PeriodStatus;
import it.perfmon.plan.service.PlanVisibility;
import it.perfmon.report.service.FrozenReports;
import it.perfmon.rules.IndicatorKind;
import it.perfmon.rules.Ratio;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Values from counts: the figures whose spans end by the period's date, summed over territorial units. A closed
 * period's values are the ones frozen when it was closed, as in its report.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CountedValueService {

    private final EntityManager em;
    private final FrozenReports frozenReports;
    private final PlanVisibility visibility;

    CountedValueService(EntityManager em, FrozenReports frozenReports, PlanVisibility visibility) {
        this.em = em;
        this.frozenReports = frozenReports;
        this.visibility = visibility;
    }

    /** The sums of one indicator's counts at a period, by territorial unit (null: totals) and component. */
    private record UnitSum(long indicatorId, Long unitId, CountComponent component, BigDecimal sum) {
    }

    public CountedValue valueAt(long indicatorId, long periodId, boolean byUnit) {
        Indicator indicator = em.find(Indicator.class, indicatorId);
        if (indicator == null) {
            throw ProblemException.notFound("L'indicatore", indicatorId);
        }
        visibility.require(indicator.objective.plan, "L'indicatore", indicatorId);
        MonitoringPeriod period = em.find(MonitoringPeriod.class, periodId);
        if (period == null || !period.plan.id.equals(indicator.objective.plan.id)) {
            throw ProblemException.invalid("periodId", "il periodo " + periodId + " non appartiene al piano dell'indicatore");
        }
        if (indicator.kind != IndicatorKind.RATIO && indicator.kind != IndicatorKind.RATIO_PLANNED) {
            throw ProblemException.invalid("indicatorId", "l'indicatore non è un rapporto: il suo valore non viene da conteggi");
        }
        CountedValue value = period.status == PeriodStatus.CLOSED ? frozen(indicator, period) : null;
        if (value == null) {
            List<UnitSum> sums = em.createQuery("""
                    select c.territorialUnit.id, c.component, sum(c.value) from IndicatorCount c
                    where c.indicator = :indicator and c.spanEnd <= :date
                    group by c.territorialUnit.id, c.component""", Object[].class)
                    .setParameter("indicator", indicator).setParameter("date", period.referenceDate).getResultList()
                    .stream().map(row -> new UnitSum(indicator.id, (Long) row[0], (CountComponent) row[1],
                            (BigDecimal) row[2])).toList();
            value = value(indicator, period, sums, unitsOf(sums));
        }
        return byUnit ? value : value.withoutUnits();
    }

    /**
     * Every ratio indicator of the period's plan at the period, with its units, in two statements: what closing
     * freezes beside the report.
     */
    public Map<Long, CountedValue> allAt(MonitoringPeriod period) {
        List<Indicator> indicators = em.createQuery("""
                select i from Indicator i where i.objective.plan = :plan and i.kind in :kinds""", Indicator.class)
                .setParameter("plan", period.plan).setParameter("kinds", List.of(IndicatorKind.RATIO,
                        IndicatorKind.RATIO_PLANNED)).getResultList();
        Map<Long, List<UnitSum>> sums = new HashMap<>();
        em.createQuery("""
                select c.indicator.id, c.territorialUnit.id, c.component, sum(c.value) from IndicatorCount c
                where c.indicator.objective.plan = :plan and c.spanEnd <= :date
                group by c.indicator.id, c.territorialUnit.id, c.component""", Object[].class)
                .setParameter("plan", period.plan).setParameter("date", period.referenceDate).getResultList()
                .forEach(row -> sums.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(new UnitSum(
                        (Long) row[0], (Long) row[1], (CountComponent) row[2], (BigDecimal) row[3])));
        Map<Long, TerritorialUnit> units = unitsOf(sums.values().stream().flatMap(List::stream).toList());
        Map<Long, CountedValue> values = new HashMap<>();
        for (Indicator indicator : indicators) {
            values.put(indicator.id, value(indicator, period, sums.getOrDefault(indicator.id, List.of()), units));
        }
        return values;
    }

    /**
     * As frozen at closing; for a period closed before the units' figures were kept, the report's frozen totals
     * without units; null when the period was never frozen.
     */
    private CountedValue frozen(Indicator indicator, MonitoringPeriod period) {
        return frozenReports.frozenCountedValue(period, indicator.id).map(v -> v.frozenAt(period.closedAt))
                .orElseGet(() -> frozenReports.frozenIndicator(period, indicator.id)
                        .map(i -> new CountedValue(indicator.id, period.id, i.numerator(), i.denominator(),
                                i.computedValue(), null, period.closedAt))
                        .orElse(null));
    }

    private Map<Long, TerritorialUnit> unitsOf(List<UnitSum> sums) {
        List<Long> ids = sums.stream().map(UnitSum::unitId).filter(id -> id != null).distinct().toList();
        Map<Long, TerritorialUnit> units = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select u from TerritorialUnit u where u.id in :ids", TerritorialUnit.class)
                    .setParameter("ids", ids).getResultList().forEach(u -> units.put(u.id, u));
        }
        return units;
    }

    private static CountedValue value(Indicator indicator, MonitoringPeriod period, List<UnitSum> sums,
            Map<Long, TerritorialUnit> unitsById) {
        Map<Long, BigDecimal[]> byUnitSums = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        BigDecimal[] total = new BigDecimal[2];
        for (UnitSum row : sums) {
            int side = row.component() == CountComponent.NUMERATOR ? 0 : 1;
            byUnitSums.computeIfAbsent(row.unitId(), id -> new BigDecimal[2])[side] = row.sum();
            total[side] = total[side] == null ? row.sum() : total[side].add(row.sum());
        }
        BigDecimal denominator = indicator.kind == IndicatorKind.RATIO_PLANNED ? indicator.plannedQuantity : total[1];
        List<UnitValue> units = new ArrayList<>();
        for (var entry : byUnitSums.entrySet()) {
            TerritorialUnit unit = entry.getKey() == null ? null : unitsById.get(entry.getKey());
            BigDecimal[] unitSums = entry.getValue();
            BigDecimal unitDenominator = indicator.kind == IndicatorKind.RATIO_PLANNED ? denominator : unitSums[1];
            units.add(new UnitValue(unit == null ? null : unit.code, unit == null ? null : unit.name, unitSums[0],
                    unitDenominator, Ratio.percent(unitSums[0], unitDenominator).orElse(null)));
        }
        return new CountedValue(indicator.id, period.id, total[0], denominator,
                Ratio.percent(total[0], denominator).orElse(null), units, null);
    }
}
