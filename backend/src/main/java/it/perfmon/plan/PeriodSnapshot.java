package it.perfmon.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The Allegato A of a period as it stood when the period was closed, kept as the report's JSON. */
@Entity
@Table(name = "period_snapshot")
public class PeriodSnapshot extends PanacheEntityBase {

    @Id
    @Column(name = "period_id")
    public Long periodId;

    @Column(columnDefinition = "LONGTEXT")
    public String report;

    /** The counted values of the ratio indicators with their territorial units, as JSON by indicator id. */
    @Column(name = "unit_values", columnDefinition = "LONGTEXT")
    public String unitValues;

    @Column(name = "taken_at")
    public Instant takenAt;

    @Column(name = "taken_by")
    public String takenBy;
}
