package it.perfmon.count.service;

import it.perfmon.plan.service.PlanVisibility;
import it.perfmon.common.ProblemException;
import it.perfmon.count.CountComponent;
import it.perfmon.count.rest.CountedValueResponse;
import it.perfmon.count.rest.CountedValueResponse.UnitValue;
import it.perfmon.indicator.Indicator;
import it.perfmon.organisation.TerritorialUnit;
import it.perfmon.plan.MonitoringPeriod;
import it.perfmon.rules.IndicatorKind;
import it.perfmon.rules.Ratio;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Values from counts: the figures whose spans end by the period's date, summed over territorial units. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CountedValueService {

    private final EntityManager em;
    private final PlanVisibility visibility;

    CountedValueService(EntityManager em, PlanVisibility visibility) {
        this.em = em;
        this.visibility = visibility;
    }

    public CountedValueResponse valueAt(long indicatorId, long periodId, boolean byUnit) {
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
        List<Object[]> rows = em.createQuery("""
                select c.territorialUnit.id, c.component, sum(c.value) from IndicatorCount c
                where c.indicator = :indicator and c.spanEnd <= :date
                group by c.territorialUnit.id, c.component""", Object[].class)
                .setParameter("indicator", indicator).setParameter("date", period.referenceDate).getResultList();
        Map<Long, BigDecimal[]> byUnitSums = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        BigDecimal[] total = new BigDecimal[2];
        for (Object[] row : rows) {
            int side = row[1] == CountComponent.NUMERATOR ? 0 : 1;
            BigDecimal sum = (BigDecimal) row[2];
            byUnitSums.computeIfAbsent((Long) row[0], id -> new BigDecimal[2])[side] = sum;
            total[side] = total[side] == null ? sum : total[side].add(sum);
        }
        BigDecimal denominator = indicator.kind == IndicatorKind.RATIO_PLANNED ? indicator.plannedQuantity : total[1];
        List<UnitValue> units = null;
        if (byUnit) {
            units = new ArrayList<>();
            for (var entry : byUnitSums.entrySet()) {
                TerritorialUnit unit = entry.getKey() == null ? null : em.find(TerritorialUnit.class, entry.getKey());
                BigDecimal[] sums = entry.getValue();
                BigDecimal unitDenominator = indicator.kind == IndicatorKind.RATIO_PLANNED ? denominator : sums[1];
                units.add(new UnitValue(unit == null ? null : unit.code, unit == null ? null : unit.name, sums[0],
                        unitDenominator, Ratio.percent(sums[0], unitDenominator).orElse(null)));
            }
        }
        return new CountedValueResponse(indicator.id, period.id, total[0], denominator,
                Ratio.percent(total[0], denominator).orElse(null), units);
    }
}
