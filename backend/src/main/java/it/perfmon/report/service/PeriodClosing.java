package it.perfmon.report.service;

import it.perfmon.audit.Snapshot;
import it.perfmon.audit.service.AuditTrail;
import it.perfmon.common.ProblemException;
import it.perfmon.common.Versions;
import it.perfmon.plan.MonitoringPeriod;
import it.perfmon.plan.PeriodStatus;
import it.perfmon.plan.service.PeriodService;
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

    private final PeriodService periods;
    private final ReportService reports;
    private final FrozenReports frozenReports;
    private final AuditTrail audit;
    private final CurrentActor actor;

    PeriodClosing(PeriodService periods, ReportService reports, FrozenReports frozenReports, AuditTrail audit,
            CurrentActor actor) {
        this.periods = periods;
        this.reports = reports;
        this.frozenReports = frozenReports;
        this.audit = audit;
        this.actor = actor;
    }

    public MonitoringPeriod close(long periodId, String ifMatch) {
        MonitoringPeriod period = lockedPeriod(periodId, ifMatch);
        if (period.status == PeriodStatus.CLOSED) {
            throw ProblemException.conflict("Il periodo " + period.label + " è già chiuso", "status");
        }
        Snapshot before = Snapshot.of(period);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        frozenReports.freeze(period, reports.live(period), actor.name(), now);
        period.status = PeriodStatus.CLOSED;
        period.closedAt = now;
        period.closedBy = actor.name();
        MonitoringPeriod.flush();
        audit.updated(period, before);
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

    /** Locked so that two administrators closing at once take one snapshot, not two. */
    private MonitoringPeriod lockedPeriod(long periodId, String ifMatch) {
        MonitoringPeriod period = periods.get(periodId);
        MonitoringPeriod.getEntityManager().refresh(period, LockModeType.PESSIMISTIC_WRITE);
        Versions.checkIfPresent(period.version, ifMatch);
        return period;
    }
}
