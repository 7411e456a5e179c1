package it.perfmon.audit.rest;

import it.perfmon.audit.service.AuditEntry;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditEvent", description = "One change to plan data")
public record AuditEventResponse(
        @Schema(format = "int64") long id,
        Instant occurredAt,
        @Schema(enumeration = {"USER", "TOKEN", "SYSTEM"}) String actorKind,
        @Schema(example = "m.rossi") String actorName,
        @Schema(example = "phase") String entityType,
        @Schema(format = "int64") long entityId,
        @Schema(enumeration = {"CREATE", "UPDATE", "DELETE"}) String action,
        List<Change> changes,
        @Schema(nullable = true, description = "Why the change was made, where the act requires it (reopening a period)",
                example = "Rettifica del dato sulle istruttorie richiesta dal settore regionale") String reason) {

    public static AuditEventResponse of(AuditEntry entry) {
        return new AuditEventResponse(entry.id(), entry.occurredAt(), entry.actorKind(), entry.actorName(),
                entry.entityType(), entry.entityId(), entry.action(),
                entry.changes().stream().map(c -> new Change(c.field(), c.oldValue(), c.newValue())).toList(),
                entry.reason());
    }

    @Schema(name = "AuditChange")
    public record Change(
            @Schema(example = "actualEnd") String field,
            @Schema(description = "Value before the change (any JSON type)", example = "null") Object oldValue,
            @Schema(description = "Value after the change (any JSON type)", example = "2021-03-02") Object newValue) {
    }
}
