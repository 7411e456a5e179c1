package it.perfmon.oiv;

import it.perfmon.common.EditableEntity;
import it.perfmon.objective.Objective;
import it.perfmon.plan.MonitoringPeriod;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** The OIV's check of one objective in one monitoring period: its outcome and observations, by whom and when. */
@Entity
@Table(name = "oiv_review")
public class OivReview extends EditableEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id")
    public MonitoringPeriod period;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "objective_id")
    public Objective objective;

    @Enumerated(EnumType.STRING)
    public ReviewOutcome outcome;

    public String observations;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;
}
