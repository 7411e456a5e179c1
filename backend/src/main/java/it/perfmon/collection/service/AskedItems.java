package it.perfmon.collection.service;

import it.perfmon.collection.Collection;
import it.perfmon.common.AgencyClock;
import it.perfmon.report.model.PlanReport;
import it.perfmon.report.service.ReportService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each structure is asked for in a collection's period, read off the period's report so that "needs a value"
 * means exactly what the report shows (computed or entered value used), never a second computation.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AskedItems {

    private final ReportService reports;
    private final AgencyClock clock;

    AskedItems(ReportService reports, AgencyClock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    /** By structure id, in the report's order; structures with nothing asked have an empty list. */
    public Map<Long, List<AskedItem>> byStructure(Collection collection) {
        return byStructure(collection, clock.today());
    }

    /** As on {@code today} of the agency's calendar, which decides which phases are late. */
    public Map<Long, List<AskedItem>> byStructure(Collection collection, LocalDate today) {
        PlanReport report = reports.report(collection.period.plan.id, collection.period.id);
        LocalDate periodDate = collection.period.referenceDate;
        Map<Long, List<AskedItem>> items = new LinkedHashMap<>();
        for (PlanReport.ReportArea area : report.areas()) {
            for (PlanReport.ReportObjective objective : area.objectives()) {
                List<AskedItem> asked = items.computeIfAbsent(objective.responsibleStructure().id(), id -> new ArrayList<>());
                objective.indicators().forEach(i -> indicator(objective, i, asked));
                objective.phases().forEach(p -> phase(objective, p, periodDate, today, asked));
            }
        }
        return items;
    }

    public List<AskedItem> of(Collection collection, long structureId) {
        return byStructure(collection).getOrDefault(structureId, List.of());
    }

    private static void indicator(PlanReport.ReportObjective objective, PlanReport.ReportIndicator indicator,
            List<AskedItem> asked) {
        List<AskedItem.Reason> reasons = new ArrayList<>();
        if (indicator.valueUsed() == null) {
            reasons.add(AskedItem.Reason.VALUE);
        }
        if (indicator.result() == null || indicator.result().assessment() == null) {
            reasons.add(AskedItem.Reason.ASSESSMENT);
        }
        if (!reasons.isEmpty()) {
            asked.add(new AskedItem(AskedItem.Kind.INDICATOR, objective.id(), objective.code(), indicator.id(),
                    indicator.definition().position(), indicator.definition().description(), null, List.copyOf(reasons)));
        }
    }

    private static void phase(PlanReport.ReportObjective objective, PlanReport.ReportPhase phase, LocalDate periodDate,
            LocalDate today, List<AskedItem> asked) {
        if (phase.actualEnd() != null) {
            return;
        }
        List<AskedItem.Reason> reasons = new ArrayList<>();
        if (!phase.plannedEnd().isAfter(periodDate)) {
            reasons.add(AskedItem.Reason.DUE);
        }
        if (phase.plannedEnd().isBefore(today)) {
            reasons.add(AskedItem.Reason.LATE);
        }
        if (!reasons.isEmpty()) {
            asked.add(new AskedItem(AskedItem.Kind.PHASE, objective.id(), objective.code(), phase.id(), phase.number(),
                    phase.description(), phase.plannedEnd(), List.copyOf(reasons)));
        }
    }
}
