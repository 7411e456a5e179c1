package it.perfmon.audit.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.perfmon.audit.service.AuditTrail;
import it.perfmon.common.Jdbc;
import it.perfmon.common.Page;
import it.perfmon.common.PageRequest;
import it.perfmon.common.ProblemException;
import it.perfmon.security.Actor;
import it.perfmon.security.CurrentActor;
import it.perfmon.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/audit")
@Tag(name = "Audit trail", description = "Who changed what in the plan, and when")
@Produces(MediaType.APPLICATION_JSON)
@Transactional(Transactional.TxType.SUPPORTS)
public class AuditResource {

    private static final TypeReference<List<AuditEventResponse.Change>> CHANGES = new TypeReference<>() {
    };

    /** Events about accounts (who may sign in, with which role, which tokens exist): for administrators only. */
    static final List<String> ACCOUNT_TYPES = List.of("user", "token");

    private final ObjectMapper mapper;
    private final EntityManager em;
    private final CurrentActor current;

    AuditResource(ObjectMapper mapper, EntityManager em, CurrentActor current) {
        this.mapper = mapper;
        this.em = em;
        this.current = current;
    }

    @GET
    @RolesAllowed({Role.ADMIN, Role.EDITOR_ROLE, Role.VIEWER_ROLE})
    @Operation(operationId = "listAuditEvents", summary = "The history of changes, newest first",
            description = "Each change to plan data with who made it (user or token), when, and every changed field's "
                    + "old and new value. Filter by entityType (plan, period, area, objective, indicator, phase, "
                    + "result, count, user, token, organisation, structure) and entityId to see the history of one thing; "
                    + "objectiveId gives an objective's whole history: its own changes and those of its indicators, "
                    + "phases, results and counts, deleted ones included. "
                    + "Events about accounts (user, token: sign-in rights, roles, password changes, tokens) are shown "
                    + "to administrators only; asking for them otherwise is refused with 403.")
    @APIResponse(responseCode = "403", description = "Account events (entityType user or token) asked by a non-administrator")
    @APIResponse(responseCode = "200", description = "A page of changes")
    public Page<AuditEventResponse> list(
            @QueryParam("entityType") @Parameter(description = "Kind of thing changed", example = "phase",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 32)) String entityType,
            @QueryParam("entityId") @Parameter(description = "Id of the thing changed", schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
            Long entityId,
            @QueryParam("objectiveId") @Parameter(description = "Only changes to this objective and to its indicators, phases, results and counts",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) Long objectiveId,
            @Valid @BeanParam PageRequest page) {
        if (entityType != null && !AuditTrail.TYPES.containsValue(entityType)) {
            throw ProblemException.invalid("entityType", "valori ammessi: " + AuditTrail.TYPES.values().stream().sorted().toList());
        }
        boolean administrator = current.actor().map(Actor::isAdministrator).orElse(false);
        if (!administrator && entityType != null && ACCOUNT_TYPES.contains(entityType)) {
            throw ProblemException.forbidden("Gli eventi degli account (" + entityType
                    + ") sono visibili solo agli amministratori");
        }
        boolean counts = entityType == null || "count".equals(entityType);
        // Figures created by a batch share its one event (without an entity id): each shows as a creation of its own.
        StringBuilder events = new StringBuilder("""
                select e.id, e.occurred_at, e.actor_kind, e.actor_name, e.entity_type, e.entity_id, e.action, e.changes,
                       e.reason, null as component, null as indicator_id, null as span_start, null as span_end,
                       null as territorial_unit_id, null as created_value
                from audit_event e where e.entity_id is not null""");
        StringBuilder created = new StringBuilder("""
                select e.id, e.occurred_at, e.actor_kind, e.actor_name, e.entity_type, c.id, e.action, null, null,
                       c.component, c.indicator_id, c.span_start, c.span_end, c.territorial_unit_id, c.created_value
                from indicator_count c join audit_event e on e.id = c.created_event_id where 1 = 1""");
        List<Object> eventParams = new ArrayList<>();
        List<Object> createdParams = new ArrayList<>();
        if (entityType != null) {
            events.append(" and e.entity_type = ?");
            eventParams.add(entityType);
        }
        if (!administrator) {
            events.append(" and e.entity_type not in (?, ?)");
            eventParams.addAll(ACCOUNT_TYPES);
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
        List<AuditEventResponse> items = new ArrayList<>();
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

    private AuditEventResponse view(ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        Instant occurredAt = rs.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC);
        String actorName = rs.getString(4);
        String changes = rs.getString(8);
        List<AuditEventResponse.Change> list;
        if (changes != null) {
            try {
                list = mapper.readValue(changes, CHANGES);
            } catch (JsonProcessingException ex) {
                throw new IllegalStateException("Unreadable audit event " + id, ex);
            }
        } else {
            list = batchCreation(rs, actorName);
        }
        return new AuditEventResponse(id, occurredAt, rs.getString(3), actorName, rs.getString(5), rs.getLong(6),
                rs.getString(7), list, rs.getString(9));
    }

    /** The fields of a figure created by a batch, as the trail records any creation: every field set, by name. */
    private static List<AuditEventResponse.Change> batchCreation(ResultSet rs, String actorName) throws SQLException {
        List<AuditEventResponse.Change> changes = new ArrayList<>();
        changes.add(new AuditEventResponse.Change("component", null, rs.getString(10)));
        changes.add(new AuditEventResponse.Change("indicator", null, rs.getLong(11)));
        changes.add(new AuditEventResponse.Change("spanEnd", null, rs.getObject(13, LocalDate.class).toString()));
        changes.add(new AuditEventResponse.Change("spanStart", null, rs.getObject(12, LocalDate.class).toString()));
        long unit = rs.getLong(14);
        if (!rs.wasNull()) {
            changes.add(new AuditEventResponse.Change("territorialUnit", null, unit));
        }
        changes.add(new AuditEventResponse.Change("updatedBy", null, actorName));
        BigDecimal value = rs.getBigDecimal(15).stripTrailingZeros();
        changes.add(new AuditEventResponse.Change("value", null, value.scale() < 0 ? value.setScale(0) : value));
        return changes;
    }
}
