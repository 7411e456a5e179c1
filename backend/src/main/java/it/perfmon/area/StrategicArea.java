package it.perfmon.area;

import it.perfmon.common.EditableEntity;
import it.perfmon.plan.Plan;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A strategic area (ambito strategico) grouping a plan's objectives. */
@Entity
@Table(name = "strategic_area")
public class StrategicArea extends EditableEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    public Plan plan;

    public int number;
    public String title;
}
