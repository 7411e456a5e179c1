package it.perfmon.plan;

import it.perfmon.common.EditableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A date at which the plan's progress is reported (interim at 30 June, final at 31 December). */
@Entity
@Table(name = "monitoring_period")
public class MonitoringPeriod extends EditableEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    public Plan plan;

    @Enumerated(EnumType.STRING)
    public PeriodKind kind;

    @Column(name = "reference_date")
    public LocalDate referenceDate;

    public String label;

    @Enumerated(EnumType.STRING)
    public PeriodStatus status = PeriodStatus.OPEN;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "closed_by")
    public String closedBy;
}
