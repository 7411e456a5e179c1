package it.perfmon.report.service;

import it.perfmon.audit.Snapshot;
import it.perfmon.audit.service.AuditTrail;
import it.perfmon.collection.service.CollectionService;
import it.perfmon.common.ProblemException;
import it.perfmon.common.Texts;
import it.perfmon.common.Versions;
import it.perfmon.count.service.CountedValueService;
import it.perfmon.plan.MonitoringPeriod;
import it.perfmon.plan.service.PlanVisibility;
import it.perfmon.plan.PeriodStatus;
import it.perfmon.security.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Closing a period freezes its report (values, notes, assessments) as published; reopening, an administrator's
 * act that needs a reason, makes it live again. Both are in the audit trail.
 */
@ApplicationScoped
@Transactional
public class PeriodClosing {

    private final ReportService reports;
    private final FrozenReports frozenReports;
    private final CountedValueService countedValues;
    private final AuditTrail audit;
    private final CurrentActor actor;
    private final CollectionService collections;
    private final PlanVisibility visibility;

    PeriodClosing(ReportService reports, FrozenReports frozenReports, CountedValueService countedValues, AuditTrail audit,
            CurrentActor actor, CollectionService collections, PlanVisibility visibility) {
        this.collections = collections;
        this.visibility = visibility;
        this.reports = reports;
        this.frozenReports = frozenReports;
        this.countedValues = countedValues;
        this.audit = audit;
        this.actor = actor;
    }

    /**
     * A period whose collection has parts not yet accepted closes only with a reason, which the trail keeps beside the
     * close; without a collection, or with every part accepted, no reason is needed.
     */
    public MonitoringPeriod close(long periodId, String reason, String ifMatch) {
        MonitoringPeriod period = lockedPeriod(periodId, ifMatch);
        if (period.status == PeriodStatus.CLOSED) {
            throw ProblemException.conflict("Il periodo " + period.label + " è già chiuso", "status");
        }
        collections.requireAcceptedOrReason(period, reason);
        Snapshot before = Snapshot.of(period);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        frozenReports.freeze(period, reports.live(period), countedValues.allAt(period), actor.name(), now);
        period.status = PeriodStatus.CLOSED;
        period.closedAt = now;
        period.closedBy = actor.name();
        MonitoringPeriod.flush();
        String stated = Texts.blankToNull(reason);
        audit.updated(period, before, stated == null ? null : stated.strip());
        return period;
    }

    public MonitoringPeriod reopen(long periodId, String reason, String ifMatch) {
        MonitoringPeriod period = lockedPeriod(periodId, ifMatch);
        if (period.status != PeriodStatus.CLOSED) {
            throw ProblemException.conflict("Il periodo " + period.label + " è già aperto", "status");
        }
        Snapshot before = Snapshot.of(period);
        frozenReports.thaw(period);
        period.status = PeriodStatus.OPEN;
        period.closedAt = null;
        period.closedBy = null;
        MonitoringPeriod.flush();
        audit.updated(period, before, reason.strip());
        return period;
    }

    /**
     * Locked so that two administrators closing at once take one snapshot, not two, and so that a result being
     * saved (which holds the row's shared lock, see PeriodService.requireOpen) is committed before the report is
     * frozen. The lock is the transaction's first read: under REPEATABLE READ the report read next sees the data
     * as of the first plain read, which must come after the savers it waited for have committed.
     */
    private MonitoringPeriod lockedPeriod(long periodId, String ifMatch) {
        MonitoringPeriod period = MonitoringPeriod.getEntityManager().find(MonitoringPeriod.class, periodId,
                LockModeType.PESSIMISTIC_WRITE);
        if (period == null) {
            throw ProblemException.notFound("Il periodo di monitoraggio", periodId);
        }
        // Found by the lock, not by PeriodService.get: the plan's visibility and organisation are checked here.
        visibility.require(period.plan, "Il periodo di monitoraggio", periodId);
        Versions.checkIfPresent(period.version, ifMatch);
        return period;
    }
}
