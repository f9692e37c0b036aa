package dev.signpost.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Map;

/** One audited action. Rows are only ever added. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    static final int ACTOR_LENGTH = 100;
    static final int ACTION_LENGTH = 60;
    static final int TARGET_TYPE_LENGTH = 60;
    static final int TARGET_ID_LENGTH = 300;
    static final int DETAIL_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false, length = ACTOR_LENGTH)
    public String actor;

    @Column(nullable = false, length = ACTION_LENGTH)
    public String action;

    @Column(name = "target_type", length = TARGET_TYPE_LENGTH)
    public String targetType;

    @Column(name = "target_id", length = TARGET_ID_LENGTH)
    public String targetId;

    @Column(length = DETAIL_LENGTH)
    public String detail;

    /** Newest first, narrowed to an actor and/or an action when given. */
    static PanacheQuery<AuditEvent> matching(String actor, String action) {
        Sort newestFirst = Sort.descending("occurredAt").and("id", Sort.Direction.Descending);
        boolean byActor = actor != null && !actor.isBlank();
        boolean byAction = action != null && !action.isBlank();
        if (byActor && byAction) {
            return find("actor = :actor and action = :action", newestFirst, Map.of("actor", actor, "action", action));
        }
        if (byActor) {
            return find("actor", newestFirst, actor);
        }
        if (byAction) {
            return find("action", newestFirst, action);
        }
        return findAll(newestFirst);
    }
}
