package it.perfmon.audit.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.perfmon.audit.AuditEvent;
import it.perfmon.audit.Snapshot;
import it.perfmon.common.EditableEntity;
import it.perfmon.common.Jdbc;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
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

    AuditTrail(CurrentActor actor, ObjectMapper mapper, EntityManager em) {
        this.actor = actor;
        this.mapper = mapper;
        this.em = em;
    }

    /** The creation of many rows written by JDBC batches (counts), recorded the same way, also in one batch. */
    public void createdAll(List<? extends EditableEntity> entities) {
        if (entities.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        String kind = actor.kind().name();
        String name = actor.name();
        Jdbc.work(em, connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into audit_event (occurred_at, actor_kind, actor_name, entity_type, entity_id, action, changes)
                    values (?, ?, ?, ?, ?, 'CREATE', ?)""")) {
                for (EditableEntity entity : entities) {
                    insert.setObject(1, Jdbc.utc(now));
                    insert.setString(2, kind);
                    insert.setString(3, name);
                    insert.setString(4, entityType(entity));
                    insert.setLong(5, entity.id);
                    insert.setString(6, json(Snapshot.empty().changesTo(Snapshot.of(entity))));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    public void created(EditableEntity entity) {
        record(entity, "CREATE", Snapshot.empty().changesTo(Snapshot.of(entity)), null);
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

    public void deleted(EditableEntity entity) {
        record(entity, "DELETE", Snapshot.of(entity).changesTo(Snapshot.empty()), null);
    }

    private void record(EditableEntity entity, String action, Map<String, Object[]> changes, String reason) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = Instant.now();
        event.actorKind = actor.kind().name();
        event.actorName = actor.name();
        event.entityType = entityType(entity);
        event.entityId = entity.id;
        event.action = action;
        event.changes = json(changes);
        event.reason = reason;
        event.persist();
    }

    /** The names clients filter the trail by. */
    public static final Map<String, String> TYPES = Map.ofEntries(Map.entry("Plan", "plan"),
            Map.entry("MonitoringPeriod", "period"), Map.entry("StrategicArea", "area"), Map.entry("Objective", "objective"),
            Map.entry("Indicator", "indicator"), Map.entry("Phase", "phase"), Map.entry("IndicatorResult", "result"),
            Map.entry("IndicatorCount", "count"), Map.entry("AppUser", "user"), Map.entry("ApiToken", "token"),
            Map.entry("Organisation", "organisation"), Map.entry("ResponsibleStructure", "structure"));

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
