package it.perfmon.indicator;

import it.perfmon.common.EditableEntity;
import it.perfmon.objective.Objective;
import it.perfmon.rules.IndicatorKind;
import it.perfmon.rules.JudgedAgainst;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** An indicator (indicatore) of an objective; its kind decides how its value is obtained. */
@Entity
@Table(name = "indicator")
public class Indicator extends EditableEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "objective_id")
    public Objective objective;

    public int position;
    public String description;

    @Enumerated(EnumType.STRING)
    public IndicatorKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "judged_against")
    public JudgedAgainst judgedAgainst;

    /** Whoever creates an indicator without saying how it is judged gets what its kind implies. */
    @PrePersist
    void judgedAsItsKindImpliesUnlessTold() {
        if (judgedAgainst == null && kind != null) {
            judgedAgainst = JudgedAgainst.defaultFor(kind);
        }
    }

    @Column(name = "numerator_label")
    public String numeratorLabel;

    @Column(name = "denominator_label")
    public String denominatorLabel;

    /**
     * Whether the counted components may be fractional (hours, euros); false for things counted (interviews,
     * applications), whose figures must be whole numbers.
     */
    @Column(name = "decimal_counts")
    public boolean decimalCounts;

    @Column(name = "planned_quantity")
    public BigDecimal plannedQuantity;

    @Column(name = "baseline_value")
    public BigDecimal baselineValue;

    @Column(name = "baseline_reference")
    public String baselineReference;

    @Column(name = "target_value")
    public BigDecimal targetValue;

    @Column(name = "next_years_target_value")
    public BigDecimal nextYearsTargetValue;

    @Column(name = "next_years_target_rule")
    public String nextYearsTargetRule;

    @Column(name = "planning_note")
    public String planningNote;

    /** The rule the target was resolved from when the plan was rolled over (e.g. {@code >= dato finale anno precedente}). */
    @Column(name = "target_rule")
    public String targetRule;

    /** The indicator of the previous year's plan this one continues, when the plan was rolled over. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "previous_indicator_id")
    public Indicator previous;
}
