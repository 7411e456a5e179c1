package it.perfmon.values.service;

import it.perfmon.assessment.IndicatorResult;
import it.perfmon.indicator.Indicator;
import it.perfmon.phase.Phase;
import it.perfmon.plan.MonitoringPeriod;
import it.perfmon.plan.Plan;
import it.perfmon.values.IndicatorValueChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Records, in the deleting transaction, the deletions that change indicator values, so that an incremental sync
 * (updatedSince) sees them: the rows whose value moved come again with a later updatedAt, the rows that are gone
 * are listed as removals.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ValueChanges {

    /** The indicator's row at that period now has no result: its value used, note and assessment may have moved. */
    public void resultDeleted(IndicatorResult result) {
        Plan plan = result.period.plan;
        record(plan, null, result.indicator.id, result.period.id, false);
    }

    /** The timeline of the phase's objective lost a phase: its timeline indicators' values may have moved. */
    public void phaseDeleted(Phase phase) {
        record(phase.objective.plan, phase.objective.id, null, null, false);
    }

    /** The indicator's rows, one per period of its plan, are gone. */
    public void indicatorRemoved(Indicator indicator) {
        record(indicator.objective.plan, indicator.objective.id, indicator.id, null, true);
    }

    /** The period's rows, one per indicator of its plan, are gone. */
    public void periodRemoved(MonitoringPeriod period) {
        record(period.plan, null, null, period.id, true);
    }

    private static void record(Plan plan, Long objectiveId, Long indicatorId, Long periodId, boolean removed) {
        IndicatorValueChange change = new IndicatorValueChange();
        change.planId = plan.id;
        change.planYear = plan.year;
        change.objectiveId = objectiveId;
        change.indicatorId = indicatorId;
        change.periodId = periodId;
        change.removed = removed;
        // As the rows' updatedAt, which the database keeps to the microsecond.
        change.changedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        change.persist();
    }
}
