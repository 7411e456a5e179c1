package it.perfmon.objective;

import it.perfmon.area.StrategicArea;
import it.perfmon.common.EditableEntity;
import it.perfmon.organisation.ResponsibleStructure;
import it.perfmon.plan.Plan;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A weighted objective (obiettivo) of a plan, measured by indicators and, often, a timeline of phases. */
@Entity
@Table(name = "objective")
public class Objective extends EditableEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    public Plan plan;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "area_id")
    public StrategicArea area;

    public String code;
    public String title;
    public BigDecimal weight;
    public String notes;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "responsible_structure_id")
    public ResponsibleStructure responsibleStructure;

    @Column(name = "programming_link")
    public String programmingLink;

    public LocalDate deadline;

    @Column(name = "timeline_number")
    public Integer timelineNumber;

    @Column(name = "timeline_title")
    public String timelineTitle;
}
