package it.perfmon.collection;

import it.perfmon.common.EditableEntity;
import it.perfmon.plan.MonitoringPeriod;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** The request for a period's figures, made of one part per responsible structure. */
@Entity
@Table(name = "collection")
public class Collection extends EditableEntity {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id")
    public MonitoringPeriod period;

    /** The last day of the agency's calendar (Europe/Rome) on which parts are expected. */
    public LocalDate deadline;

    public String message;

    /** Days before the deadline of the first reminder; null: the service's default (perfmon.reminders.lead-days). */
    @Column(name = "lead_days")
    public Integer leadDays;

    /** Days between reminders after the deadline; null: the service's default (perfmon.reminders.every-days). */
    @Column(name = "every_days")
    public Integer everyDays;

    @Column(name = "opened_by")
    public String openedBy;

    @Column(name = "opened_at")
    public Instant openedAt;
}
