package it.perfmon.count;

import it.perfmon.common.EditableEntity;
import it.perfmon.indicator.Indicator;
import it.perfmon.organisation.TerritorialUnit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A figure counted for an indicator's numerator or denominator over a span, optionally for one territorial unit. */
@Entity
@Table(name = "indicator_count")
public class IndicatorCount extends EditableEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicator_id")
    public Indicator indicator;

    @Enumerated(EnumType.STRING)
    public CountComponent component;

    @Column(name = "span_start")
    public LocalDate spanStart;

    @Column(name = "span_end")
    public LocalDate spanEnd;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "territorial_unit_id")
    public TerritorialUnit territorialUnit;

    @Column(name = "count_value")
    public BigDecimal value;

    /** The user or token that last posted this figure. */
    @Column(name = "updated_by")
    public String updatedBy;
}
