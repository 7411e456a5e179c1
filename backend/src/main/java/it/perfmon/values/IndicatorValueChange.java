package it.perfmon.values;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A change to indicator values that leaves no row of its own: a deleted result or phase moved the values it fed, a
 * deleted indicator or period took its rows away (removed). It names the rows by objective, indicator and period,
 * any of them null meaning all; kept by id, not by reference, since what it names is gone.
 */
@Entity
@Table(name = "indicator_value_change")
public class IndicatorValueChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "plan_id")
    public long planId;

    @Column(name = "plan_year")
    public int planYear;

    @Column(name = "objective_id")
    public Long objectiveId;

    @Column(name = "indicator_id")
    public Long indicatorId;

    @Column(name = "period_id")
    public Long periodId;

    public boolean removed;

    @Column(name = "changed_at")
    public Instant changedAt;
}
