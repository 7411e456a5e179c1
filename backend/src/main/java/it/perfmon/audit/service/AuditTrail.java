package it.perfmon.audit.service;

import it.perfmon.count.IndicatorCount;
import it.perfmon.evidence.Evidence;
import it.perfmon.oiv.OivReview;
import it.perfmon.assessment.IndicatorResult;
import it.perfmon.phase.Phase;
import it.perfmon.indicator.Indicator;
import it.perfmon.objective.Objective;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.perfmon.answers.PlanDataVersions;
import it.perfmon.area.StrategicArea;
import it.perfmon.audit.AuditEvent;
import it.perfmon.collection.Collection;
import it.perfmon.collection.CollectionPart;
import it.perfmon.oiv.OivValidation;
import it.perfmon.organisation.Organisation;
import it.perfmon.organisation.ResponsibleStructure;
import it.perfmon.organisation.TerritorialUnit;
import it.perfmon.security.ApiToken;
import it.perfmon.security.AppUser;
import it.perfmon.security.UserMembership;
import it.perfmon.plan.MonitoringPeriod;
import it.perfmon.plan.Plan;
import it.perfmon.audit.Snapshot;
import it.perfmon.common.EditableEntity;
import it.perfmon.common.Jdbc;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import it.perfmon.security.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records changes to plan data in the same transaction as the change itself, so a change is never saved without
 * its record, nor recorded without being saved.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditTrail {

    private final CurrentActor actor;
    private final ObjectMapper mapper;

    private final EntityManager em;
    private final PlanDataVersions versions;

    AuditTrail(CurrentActor actor, ObjectMapper mapper, EntityManager em, PlanDataVersions versions) {
        this.actor = actor;
        this.mapper = mapper;
        this.em = em;
        this.versions = versions;
    }

    /**
     * One event for the creation of many rows of a type written by JDBC batches (counts): who and when. The rows
     * point to the event by its id and keep their own values, so the trail can show each row's creation. The rows'
     * plans are named, so that their data versions move.
     */
    public long createdInBatch(String entityType, java.util.Collection<Long> planIds) {
        planIds.forEach(versions::moved);
        Instant now = Instant.now();
        long[] id = new long[1];
        Jdbc.work(em, connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into audit_event (occurred_at, actor_kind, actor_name, actor_subject, entity_type, entity_id,
                        action, changes, organisation_id)
                    values (?, ?, ?, ?, ?, null, 'CREATE', '[]',
                        (select max(organisation_id) from plan where id in (%s)))""".formatted(planMarks(planIds)),
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setObject(1, Jdbc.utc(now));
                insert.setString(2, actor.kind().name());
                insert.setString(3, actor.name());
                insert.setString(4, actor.subject());
                insert.setString(5, entityType);
                int i = 6;
                for (long planId : planIds) {
                    insert.setLong(i++, planId);
                }
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id[0] = keys.getLong(1);
                }
            }
        });
        return id[0];
    }

    /** A batch names the plans of one organisation (counts of another organisation are refused before). */
    private static String planMarks(java.util.Collection<Long> planIds) {
        return planIds.isEmpty() ? "null" : String.join(", ", java.util.Collections.nCopies(planIds.size(), "?"));
    }

    public void created(EditableEntity entity) {
        created(entity, null);
    }

    /** A creation made for a stated reason, which the trail keeps beside it. */
    public void created(EditableEntity entity, String reason) {
        record(entity, "CREATE", Snapshot.empty().changesTo(Snapshot.of(entity)), reason);
    }

    public void updated(EditableEntity entity, Snapshot before) {
        updated(entity, before, null);
    }

    /** A change made for a stated reason, which the trail keeps beside it. */
    public void updated(EditableEntity entity, Snapshot before, String reason) {
        Map<String, Object[]> changes = before.changesTo(Snapshot.of(entity));
        if (!changes.isEmpty()) {
            record(entity, "UPDATE", changes, reason);
        }
    }

    /**
     * A change that also replaced secrets (a password): each recorded as the fact that it changed, in the same event
     * as the other fields; never the secret nor its hash.
     */
    public void updatedWithSecrets(EditableEntity entity, Snapshot before, java.util.Set<String> secretsChanged) {
        Map<String, Object[]> changes = before.changesTo(Snapshot.of(entity));
        secretsChanged.stream().sorted().forEach(field -> changes.put(field, new Object[] {SECRET, SECRET_CHANGED}));
        if (!changes.isEmpty()) {
            record(entity, "UPDATE", changes, null);
        }
    }

    /** What the trail shows for a secret's old value, and for its new one. */
    public static final String SECRET = "********";
    public static final String SECRET_CHANGED = "******** (modificata)";

    public void deleted(EditableEntity entity) {
        record(entity, "DELETE", Snapshot.of(entity).changesTo(Snapshot.empty()), null);
    }

    /**
     * A session that now acts in another organisation: recorded in the trail of the organisation entered, whose
     * administrators see who acts there and since when.
     */
    public void switched(long sessionId, String from, Organisation to) {
        Map<String, Object[]> changes = new LinkedHashMap<>();
        changes.put("organisation", new Object[] {from, to.code});
        AuditEvent event = new AuditEvent();
        event.occurredAt = Instant.now();
        event.actorKind = actor.kind().name();
        event.actorName = actor.name();
        event.actorSubject = actor.subject();
        event.entityType = SESSION_TYPE;
        event.entityId = sessionId;
        event.action = "UPDATE";
        event.changes = json(changes);
        event.organisationId = to.id;
        event.persist();
    }

    /** The type of the events that record a session's switch to another organisation. */
    public static final String SESSION_TYPE = "session";

    private void record(EditableEntity entity, String action, Map<String, Object[]> changes, String reason) {
        moveDataVersion(entity);
        AuditEvent event = new AuditEvent();
        event.occurredAt = Instant.now();
        event.actorKind = actor.kind().name();
        event.actorName = actor.name();
        event.actorSubject = actor.subject();
        event.entityType = entityType(entity);
        event.entityId = entity.id;
        event.action = action;
        event.changes = json(changes);
        event.reason = reason;
        event.objectiveId = objectiveOf(entity);
        event.organisationId = organisationOf(org.hibernate.Hibernate.unproxy(entity));
        event.persist();
    }

    /**
     * Every recorded change to plan data moves the version of the plan it belongs to, so that answers kept in memory
     * (it.perfmon.answers) are computed again; recording here means no write path can change plan data unseen by
     * both the trail and the cache. Users and tokens belong to no plan; an organisation's structures and name show in
     * every plan of it.
     */
    private void moveDataVersion(EditableEntity entity) {
        Object changed = org.hibernate.Hibernate.unproxy(entity);
        if (changed instanceof Organisation organisation) {
            versions.movedOrganisation(organisation.id);
            return;
        }
        if (changed instanceof ResponsibleStructure structure) {
            versions.movedOrganisation(structure.organisation.id);
            return;
        }
        if (changed instanceof TerritorialUnit unit) {
            versions.movedOrganisation(unit.organisation.id);
            return;
        }
        Long planId = planOf(changed);
        if (planId != null) {
            versions.moved(planId);
        }
    }

    /** The plan a row of plan data belongs to; null for accounts, tokens and preferences. */
    private static Long planOf(Object changed) {
        if (changed instanceof Plan plan) {
            return plan.id;
        } else if (changed instanceof MonitoringPeriod period) {
            return period.plan.id;
        } else if (changed instanceof StrategicArea area) {
            return area.plan.id;
        } else if (changed instanceof Objective objective) {
            return objective.plan.id;
        } else if (changed instanceof Indicator indicator) {
            return indicator.objective.plan.id;
        } else if (changed instanceof Phase phase) {
            return phase.objective.plan.id;
        } else if (changed instanceof IndicatorResult result) {
            return result.period.plan.id;
        } else if (changed instanceof IndicatorCount count) {
            return count.indicator.objective.plan.id;
        } else if (changed instanceof Collection collection) {
            return collection.period.plan.id;
        } else if (changed instanceof CollectionPart part) {
            return part.collection.period.plan.id;
        } else if (changed instanceof Evidence evidence) {
            return evidence.phase != null ? evidence.phase.objective.plan.id : evidence.indicator.objective.plan.id;
        } else if (changed instanceof OivReview review) {
            return review.period.plan.id;
        } else if (changed instanceof OivValidation validation) {
            return validation.period.plan.id;
        }
        return null;
    }

    /** The organisation whose administrators list the event: the data's, or for anything else the actor's. */
    private Long organisationOf(Object changed) {
        Long planId = planOf(changed);
        if (planId != null) {
            return em.find(Plan.class, planId).organisation.id;
        }
        if (changed instanceof Organisation organisation) {
            return organisation.id;
        } else if (changed instanceof ResponsibleStructure structure) {
            return structure.organisation.id;
        } else if (changed instanceof TerritorialUnit unit) {
            return unit.organisation.id;
        } else if (changed instanceof AppUser user) {
            return user.organisation.id;
        } else if (changed instanceof ApiToken token) {
            return token.organisation.id;
        } else if (changed instanceof UserMembership membership) {
            return membership.organisation.id;
        }
        return actor.organisationId();
    }

    private static Long objectiveOf(EditableEntity entity) {
        if (entity instanceof Objective objective) {
            return objective.id;
        }
        if (entity instanceof Indicator indicator) {
            return indicator.objective.id;
        }
        if (entity instanceof Phase phase) {
            return phase.objective.id;
        }
        if (entity instanceof IndicatorResult result) {
            return result.indicator.objective.id;
        }
        if (entity instanceof IndicatorCount count) {
            return count.indicator.objective.id;
        }
        if (entity instanceof OivReview review) {
            return review.objective.id;
        }
        if (entity instanceof Evidence evidence) {
            return evidence.phase != null ? evidence.phase.objective.id : evidence.indicator.objective.id;
        }
        return null;
    }

    /** The names clients filter the trail by. */
    public static final Map<String, String> TYPES = Map.ofEntries(Map.entry("Plan", "plan"),
            Map.entry("MonitoringPeriod", "period"), Map.entry("StrategicArea", "area"), Map.entry("Objective", "objective"),
            Map.entry("Indicator", "indicator"), Map.entry("Phase", "phase"), Map.entry("IndicatorResult", "result"),
            Map.entry("IndicatorCount", "count"), Map.entry("AppUser", "user"), Map.entry("ApiToken", "token"),
            Map.entry("UserMembership", "membership"), Map.entry("UserSession", SESSION_TYPE),
            Map.entry("Organisation", "organisation"), Map.entry("ResponsibleStructure", "structure"),
            Map.entry("TerritorialUnit", "territorialUnit"),
            Map.entry("Collection", "collection"), Map.entry("CollectionPart", "collectionPart"),
            Map.entry("Evidence", "evidence"), Map.entry("OivReview", "oivReview"),
            Map.entry("OivValidation", "oivValidation"));

    /** The entity's type as clients name it, whatever proxy class Hibernate hands out. */
    public static String entityType(Object entity) {
        String simpleName = org.hibernate.Hibernate.getClassLazy(entity).getSimpleName();
        return TYPES.getOrDefault(simpleName, simpleName);
    }

    private String json(Map<String, Object[]> changes) {
        List<Map<String, Object>> rows = new ArrayList<>();
        changes.forEach((field, values) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("field", field);
            row.put("oldValue", values[0]);
            row.put("newValue", values[1]);
            rows.add(row);
        });
        try {
            return mapper.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
