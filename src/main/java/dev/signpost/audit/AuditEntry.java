package dev.signpost.audit;

import java.time.Instant;

/** An audit event as pages and callers see it, detached from the persistence context. */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String targetType, String targetId,
        String detail) {

    static AuditEntry of(AuditEvent event) {
        return new AuditEntry(event.id, event.occurredAt, event.actor, event.action, event.targetType, event.targetId,
                event.detail);
    }
}
