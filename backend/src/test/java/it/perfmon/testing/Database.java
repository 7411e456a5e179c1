package it.perfmon.testing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import it.perfmon.count.CountComponent;
import it.perfmon.count.IndicatorCount;
import it.perfmon.indicator.Indicator;
import it.perfmon.plan.MonitoringPeriod;
import it.perfmon.plan.PeriodStatus;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Puts a throw-away plan into states the API cannot produce yet: counts come from integration scripts (write API
 * not built) and closing a period is an act of its own (issue #6).
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
        });
    }

    public static void closePeriod(long periodId) {
        QuarkusTransaction.requiringNew().run(() -> {
            MonitoringPeriod period = MonitoringPeriod.findById(periodId);
            period.status = PeriodStatus.CLOSED;
        });
    }
}
