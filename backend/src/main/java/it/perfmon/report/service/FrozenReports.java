package it.perfmon.report.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.perfmon.count.CountedValue;
import it.perfmon.plan.MonitoringPeriod;
import it.perfmon.plan.PeriodSnapshot;
import it.perfmon.report.model.PlanReport;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Keeps the report of a closed period as it stood at closing, and gives it back beside today's differences. */
@ApplicationScoped
public class FrozenReports {

    private final ObjectMapper writer;
    private final ObjectMapper reader;

    FrozenReports(ObjectMapper mapper) {
        this.writer = mapper;
        // A snapshot taken by an older release may carry fields since removed: it must stay readable.
        this.reader = mapper.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    void freeze(MonitoringPeriod period, PlanReport report, Map<Long, CountedValue> countedValues, String actor,
            Instant at) {
        PeriodSnapshot snapshot = PeriodSnapshot.<PeriodSnapshot>findByIdOptional(period.id).orElseGet(PeriodSnapshot::new);
        snapshot.periodId = period.id;
        snapshot.report = write(report);
        snapshot.unitValues = write(countedValues);
        snapshot.takenAt = at;
        snapshot.takenBy = actor;
        snapshot.persist();
    }

    void thaw(MonitoringPeriod period) {
        PeriodSnapshot.deleteById(period.id);
    }

    /** The frozen report under today's period header, or empty when the period was never frozen. */
    Optional<PlanReport> frozen(MonitoringPeriod period, PlanReport live) {
        return PeriodSnapshot.<PeriodSnapshot>findByIdOptional(period.id).map(snapshot -> {
            PlanReport frozen = read(snapshot.report);
            return frozen.withPeriod(live.period()).frozenAt(new PlanReport.Freeze(period.closedAt, period.closedBy),
                    LiveDifferences.between(frozen, live));
        });
    }

    /** The report exactly as frozen at closing (its own period header), or empty when the period has no snapshot. */
    public Optional<PlanReport> snapshot(long periodId) {
        return PeriodSnapshot.<PeriodSnapshot>findByIdOptional(periodId).map(snapshot -> read(snapshot.report));
    }

    /** One indicator as frozen in the period's report, or empty when the period was never frozen. */
    public Optional<PlanReport.ReportIndicator> frozenIndicator(MonitoringPeriod period, long indicatorId) {
        return Optional.ofNullable(frozenIndicators(List.of(period.id)).getOrDefault(period.id, Map.of()).get(indicatorId));
    }

    /**
     * A ratio indicator's counted value with its territorial units as frozen at closing, or empty when the period
     * was never frozen or was frozen before the units' figures were kept.
     */
    public Optional<CountedValue> frozenCountedValue(MonitoringPeriod period, long indicatorId) {
        return PeriodSnapshot.<PeriodSnapshot>findByIdOptional(period.id)
                .filter(snapshot -> snapshot.unitValues != null)
                .map(snapshot -> readCountedValues(snapshot.unitValues).get(indicatorId));
    }

    /** The frozen indicators of those periods that have a snapshot, by period and indicator id, in one statement. */
    public Map<Long, Map<Long, PlanReport.ReportIndicator>> frozenIndicators(Collection<Long> periodIds) {
        if (periodIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Map<Long, PlanReport.ReportIndicator>> found = new HashMap<>();
        for (PeriodSnapshot snapshot : PeriodSnapshot.<PeriodSnapshot>list("periodId in ?1", periodIds)) {
            Map<Long, PlanReport.ReportIndicator> indicators = new HashMap<>();
            read(snapshot.report).areas().forEach(a -> a.objectives().forEach(o -> o.indicators()
                    .forEach(i -> indicators.put(i.id(), i))));
            found.put(snapshot.periodId, indicators);
        }
        return found;
    }

    private Map<Long, CountedValue> readCountedValues(String json) {
        try {
            return reader.readValue(json, new TypeReference<Map<Long, CountedValue>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable period snapshot", e);
        }
    }

    private String write(Object report) {
        try {
            return writer.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Report not serialisable", e);
        }
    }

    PlanReport read(String json) {
        try {
            return reader.readValue(json, PlanReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable period snapshot", e);
        }
    }
}
