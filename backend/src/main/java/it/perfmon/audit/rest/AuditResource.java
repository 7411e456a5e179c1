package it.perfmon.audit.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Parameters;
import it.perfmon.audit.AuditEvent;
import it.perfmon.audit.service.AuditTrail;
import it.perfmon.common.Page;
import it.perfmon.common.PageRequest;
import it.perfmon.common.ProblemException;
import it.perfmon.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
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

    private final ObjectMapper mapper;

    AuditResource(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @GET
    @RolesAllowed({Role.ADMIN, Role.EDITOR_ROLE, Role.VIEWER_ROLE})
    @Operation(operationId = "listAuditEvents", summary = "The history of changes, newest first",
            description = "Each change to plan data with who made it (user or token), when, and every changed field's "
                    + "old and new value. Filter by entityType (plan, period, area, objective, indicator, phase, "
                    + "result, count, user, token, organisation, structure) and entityId to see the history of one thing.")
    @APIResponse(responseCode = "200", description = "A page of changes")
    public Page<AuditEventResponse> list(
            @QueryParam("entityType") @Parameter(description = "Kind of thing changed", example = "phase",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 32)) String entityType,
            @QueryParam("entityId") @Parameter(description = "Id of the thing changed", schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
            Long entityId,
            @Valid @BeanParam PageRequest page) {
        if (entityType != null && !AuditTrail.TYPES.containsValue(entityType)) {
            throw ProblemException.invalid("entityType", "valori ammessi: " + AuditTrail.TYPES.values().stream().sorted().toList());
        }
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (entityType != null) {
            where.append(" and entityType = :type");
            params.and("type", entityType);
        }
        if (entityId != null) {
            where.append(" and entityId = :id");
            params.and("id", entityId);
        }
        var query = AuditEvent.<AuditEvent>find(where + " order by occurredAt desc, id desc", params);
        long total = query.count();
        List<AuditEventResponse> items = query.range(page.offset(), page.offset() + page.limit() - 1).list().stream()
                .map(this::view).toList();
        return new Page<>(items, page.offset(), page.limit(), total);
    }

    private AuditEventResponse view(AuditEvent e) {
        try {
            return new AuditEventResponse(e.id, e.occurredAt, e.actorKind, e.actorName, e.entityType, e.entityId,
                    e.action, mapper.readValue(e.changes, CHANGES), e.reason);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("Unreadable audit event " + e.id, ex);
        }
    }
}
