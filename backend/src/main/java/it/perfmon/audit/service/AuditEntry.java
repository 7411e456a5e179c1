package it.perfmon.audit.service;

import java.time.Instant;
import java.util.List;

/** One change to plan data as the trail keeps it: who, when, what, and every changed field's old and new value. */
public record AuditEntry(long id, Instant occurredAt, String actorKind, String actorName, String entityType,
        long entityId, String action, List<Change> changes, String reason) {

    /** A field's value before and after (any JSON type). */
    public record Change(String field, Object oldValue, Object newValue) {
    }
}
