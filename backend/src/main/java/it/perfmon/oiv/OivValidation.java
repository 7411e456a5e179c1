package it.perfmon.oiv;

import it.perfmon.common.EditableEntity;
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

/** The OIV's overall validation of a closed final period, with its reasoning, by whom and when. */
@Entity
@Table(name = "oiv_validation")
public class OivValidation extends EditableEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id")
    public MonitoringPeriod period;

    @Enumerated(EnumType.STRING)
    public ValidationOutcome outcome;

    public String reasoning;

    @Column(name = "validated_by")
    public String validatedBy;

    @Column(name = "validated_at")
    public Instant validatedAt;
}
