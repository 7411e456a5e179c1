package it.perfmon.plan;

import it.perfmon.common.EditableEntity;
import it.perfmon.organisation.Organisation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A yearly performance plan (Piano della performance) of one organisation. */
@Entity
@Table(name = "plan")
public class Plan extends EditableEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    public Organisation organisation;

    @Column(name = "plan_year")
    public int year;

    public String title;

    /** When an administrator published the plan; null while it is a draft. */
    @Column(name = "published_at")
    public Instant publishedAt;
}
