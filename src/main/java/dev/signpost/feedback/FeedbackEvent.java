package dev.signpost.feedback;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/** One change to a feedback item (status, owner, assignee, answer) or an internal note; rows are only ever added. */
@Entity
@Table(name = "feedback_event")
public class FeedbackEvent extends PanacheEntityBase {

    static final String NOTE = "note";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "item_id", nullable = false)
    public Long itemId;

    @Column(nullable = false, length = 100)
    public String actor;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    /** {@code status}, {@code owner}, {@code assignee}, {@code answer} or {@code note}. */
    @Column(nullable = false, length = 30)
    public String field;

    @Column(name = "old_value", length = 10_000)
    public String oldValue;

    @Column(name = "new_value", length = 10_000)
    public String newValue;

    public boolean note() {
        return NOTE.equals(field);
    }

    static List<FeedbackEvent> of(long itemId) {
        return list("itemId", Sort.ascending("occurredAt").and("id"), itemId);
    }
}
