package it.perfmon.audit.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.perfmon.common.Jdbc;
import it.perfmon.organisation.service.OrganisationAccess;
import it.perfmon.common.Page;
import it.perfmon.common.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reading the trail: the events, newest first, with the figures created by a batch (which share its one event)
 * shown each as a creation of its own, in two statements whatever the page.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuditHistory {

    private static final TypeReference<List<AuditEntry.Change>> CHANGES = new TypeReference<>() {
    };

    /** Events about accounts (who may sign in, with which role, which tokens exist): for administrators only. */
    public static final List<String> ACCOUNT_TYPES = List.of("user", "token", "membership", "session");

    private final ObjectMapper mapper;
    private final EntityManager em;
    private final OrganisationAccess access;

    AuditHistory(ObjectMapper mapper, EntityManager em, OrganisationAccess access) {
        this.mapper = mapper;
        this.em = em;
        this.access = access;
    }

    /** Events about the OIV's reviews and validations: for administrators and the OIV, who alone read them. */
    public static final List<String> OIV_TYPES = List.of("oivReview", "oivValidation");

    /** The type of the events about evidence, which only those who read the evidence itself see. */
    public static final String EVIDENCE_TYPE = "evidence";

    /**
     * Whose evidence events the reader sees: all, or those of objectives of these responsible structures (the
     * evidence's file names and descriptions may name people, as its content may).
     */
    public record EvidenceEvents(boolean all, Set<Long> structureIds) {
    }

    /**
     * A page of events, optionally of one entity type, one entity or one objective's whole history; account events
     * are left out unless asked for by an administrator, evidence events unless the reader may read the evidence, and
     * the OIV's events unless the reader reads the OIV's work.
     */
    public Page<AuditEntry> list(String entityType, Long entityId, Long objectiveId, boolean administrator,
            EvidenceEvents evidence, boolean oivWork, PageRequest page) {
        boolean counts = entityType == null || "count".equals(entityType);
        // Figures created by a batch share its one event (without an entity id): each shows as a creation of its own.
        StringBuilder events = new StringBuilder("""
                select e.id, e.occurred_at, e.actor_kind, e.actor_name, e.entity_type, e.entity_id, e.action, e.changes,
                       e.reason, null as component, null as indicator_id, null as span_start, null as span_end,
                       null as territorial_unit_id, null as created_value
                from audit_event e where e.entity_id is not null and e.organisation_id = ?""");
        StringBuilder created = new StringBuilder("""
                select e.id, e.occurred_at, e.actor_kind, e.actor_name, e.entity_type, c.id, e.action, null, null,
                       c.component, c.indicator_id, c.span_start, c.span_end, c.territorial_unit_id, c.created_value
                from indicator_count c join audit_event e on e.id = c.created_event_id where e.organisation_id = ?""");
        // The caller's organisation's events only: another organisation's trail is not theirs to read.
        long organisation = access.own().id;
        List<Object> eventParams = new ArrayList<>(List.of(organisation));
        List<Object> createdParams = new ArrayList<>(List.of(organisation));
        if (entityType != null) {
            events.append(" and e.entity_type = ?");
            eventParams.add(entityType);
        }
        if (!administrator) {
            events.append(" and e.entity_type not in (" + String.join(", ",
                    java.util.Collections.nCopies(ACCOUNT_TYPES.size(), "?")) + ")");
            eventParams.addAll(ACCOUNT_TYPES);
        }
        if (!oivWork) {
            events.append(" and e.entity_type not in (?, ?)");
            eventParams.addAll(OIV_TYPES);
        }
        if (!evidence.all()) {
            if (evidence.structureIds().isEmpty()) {
                events.append(" and e.entity_type <> ?");
            } else {
                events.append(" and (e.entity_type <> ? or e.objective_id in (select o.id from objective o where "
                        + "o.responsible_structure_id in (" + String.join(", ",
                                java.util.Collections.nCopies(evidence.structureIds().size(), "?")) + ")))");
            }
            eventParams.add(EVIDENCE_TYPE);
            eventParams.addAll(evidence.structureIds().stream().sorted().toList());
        }
        if (entityId != null) {
            events.append(" and e.entity_id = ?");
            eventParams.add(entityId);
            created.append(" and c.id = ?");
            createdParams.add(entityId);
        }
        if (objectiveId != null) {
            events.append(" and e.objective_id = ?");
            eventParams.add(objectiveId);
            created.append(" and c.indicator_id in (select i.id from indicator i where i.objective_id = ?)");
            createdParams.add(objectiveId);
        }
        List<Object> params = new ArrayList<>(eventParams);
        if (counts) {
            params.addAll(createdParams);
        }
        String union = counts ? events + " union all " + created : events.toString();
        List<AuditEntry> items = new ArrayList<>();
        long[] total = new long[1];
        Jdbc.work(em, connection -> {
            try (PreparedStatement count = connection.prepareStatement("select count(*) from (" + union + ") t")) {
                bind(count, params);
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    total[0] = rs.getLong(1);
                }
            }
            try (PreparedStatement select = connection.prepareStatement(
                    union + " order by 2 desc, 1 desc, 6 desc limit ? offset ?")) {
                bind(select, params);
                select.setInt(params.size() + 1, page.limit());
                select.setInt(params.size() + 2, page.offset());
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        items.add(view(rs));
                    }
                }
            }
        });
        return new Page<>(items, page.offset(), page.limit(), total[0]);
    }

    private static void bind(PreparedStatement statement, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            statement.setObject(i + 1, params.get(i));
        }
    }

    private AuditEntry view(ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        Instant occurredAt = rs.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC);
        String actorName = rs.getString(4);
        String changes = rs.getString(8);
        List<AuditEntry.Change> list;
        if (changes != null) {
            try {
                list = mapper.readValue(changes, CHANGES);
            } catch (JsonProcessingException ex) {
                throw new IllegalStateException("Unreadable audit event " + id, ex);
            }
        } else {
            list = batchCreation(rs, actorName);
        }
        return new AuditEntry(id, occurredAt, rs.getString(3), actorName, rs.getString(5), rs.getLong(6),
                rs.getString(7), list, rs.getString(9));
    }

    /** The fields of a figure created by a batch, as the trail records any creation: every field set, by name. */
    private static List<AuditEntry.Change> batchCreation(ResultSet rs, String actorName) throws SQLException {
        List<AuditEntry.Change> changes = new ArrayList<>();
        changes.add(new AuditEntry.Change("component", null, rs.getString(10)));
        changes.add(new AuditEntry.Change("indicator", null, rs.getLong(11)));
        changes.add(new AuditEntry.Change("spanEnd", null, rs.getObject(13, LocalDate.class).toString()));
        changes.add(new AuditEntry.Change("spanStart", null, rs.getObject(12, LocalDate.class).toString()));
        long unit = rs.getLong(14);
        if (!rs.wasNull()) {
            changes.add(new AuditEntry.Change("territorialUnit", null, unit));
        }
        changes.add(new AuditEntry.Change("updatedBy", null, actorName));
        BigDecimal value = rs.getBigDecimal(15).stripTrailingZeros();
        changes.add(new AuditEntry.Change("value", null, value.scale() < 0 ? value.setScale(0) : value));
        return changes;
    }
}
