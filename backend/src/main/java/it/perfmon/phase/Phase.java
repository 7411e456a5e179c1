package it.perfmon.phase;

import it.perfmon.common.EditableEntity;
import it.perfmon.objective.Objective;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A weighted phase (fase) of an objective's timeline (cronoprogramma). */
@Entity
@Table(name = "phase")
public class Phase extends EditableEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "objective_id")
    public Objective objective;

    public int number;
    public String description;
    public String output;

    @Column(name = "planned_start")
    public LocalDate plannedStart;

    @Column(name = "planned_end")
    public LocalDate plannedEnd;

    public String responsible;
    public BigDecimal weight;

    @Column(name = "actual_end")
    public LocalDate actualEnd;

    @Column(name = "partial_progress")
    public BigDecimal partialProgress;

    @Column(name = "monitoring_note")
    public String monitoringNote;

    @Column(name = "data_source")
    public String dataSource;
}
