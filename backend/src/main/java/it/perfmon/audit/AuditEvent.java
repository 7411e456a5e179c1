package it.perfmon.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change to plan data: who, when, and the changed fields with old and new values (JSON). */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    @Column(name = "actor_kind")
    public String actorKind;

    @Column(name = "actor_name")
    public String actorName;

    /** Unique and stable, where the name shown to people may not be (OpenID Connect). */
    @Column(name = "actor_subject")
    public String actorSubject;

    @Column(name = "entity_type")
    public String entityType;

    @Column(name = "entity_id")
    public Long entityId;

    public String action;

    @Column(columnDefinition = "LONGTEXT")
    public String changes;

    /** Why the change was made, where the act requires a reason (reopening a closed period). */
    public String reason;

    /** The objective the changed thing belongs to (itself, or its indicator, phase, result or count), if any. */
    @Column(name = "objective_id")
    public Long objectiveId;

    /** The organisation whose data or accounts changed; its administrators list the event. */
    @Column(name = "organisation_id")
    public Long organisationId;
}
