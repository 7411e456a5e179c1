package it.perfmon.testing;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import it.perfmon.answers.PlanDataVersions;
import it.perfmon.count.CountComponent;
import it.perfmon.count.IndicatorCount;
import it.perfmon.indicator.Indicator;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Puts a throw-away plan into states the API would reach only through several requests: counts written
 * directly, as fixtures, moving the plan's data version as the service's own writes do.
 */
public final class Database {

    private Database() {
    }

    public static void addCount(long indicatorId, CountComponent component, String from, String to, long value) {
        QuarkusTransaction.requiringNew().run(() -> {
            IndicatorCount count = new IndicatorCount();
            count.indicator = Indicator.findById(indicatorId);
            count.component = component;
            count.spanStart = LocalDate.parse(from);
            count.spanEnd = LocalDate.parse(to);
            count.value = BigDecimal.valueOf(value);
            count.persist();
            // As every write of the service does, so that answers kept in memory are computed again.
            Arc.container().instance(PlanDataVersions.class).get().moved(count.indicator.objective.plan.id);
        });
    }
}
