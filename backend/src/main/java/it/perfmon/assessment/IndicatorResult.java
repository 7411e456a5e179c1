package it.perfmon.assessment;

import it.perfmon.common.EditableEntity;
import it.perfmon.indicator.Indicator;
import it.perfmon.plan.MonitoringPeriod;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * What was reported for an indicator in a monitoring period: an entered value (overriding the computed one,
 * which is never stored here but always recomputed), notes and the assessment (valutazione sintetica) with the
 * explanation of a deviation and the corrective actions. The assessments resource shows the same row.
 */
@Entity
@Table(name = "indicator_result")
public class IndicatorResult extends EditableEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicator_id")
    public Indicator indicator;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id")
    public MonitoringPeriod period;

    @Column(name = "entered_value")
    public BigDecimal enteredValue;

    @Column(name = "entered_justification")
    public String enteredJustification;

    @Column(name = "monitoring_note")
    public String monitoringNote;

    @Column(name = "data_source")
    public String dataSource;

    @Column(name = "assessment_step")
    public Integer assessmentStep;

    @Column(name = "assessed_by")
    public String assessedBy;

    @Column(name = "assessed_at")
    public Instant assessedAt;

    /** Why the indicator is behind (motivazione dello scostamento); required on save while it is. */
    @Column(name = "deviation_explanation")
    public String deviationExplanation;

    /** What is being done about it (interventi correttivi); required before the structure's part is submitted. */
    @Column(name = "corrective_actions")
    public String correctiveActions;
}
