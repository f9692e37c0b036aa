package dev.signpost.database;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;

/**
 * One row of something's history: who changed which field from what to what, and when. Rows are only ever added. An
 * entity per history table extends it ({@code action_event}, {@code feedback_event}); their columns are the same.
 */
@MappedSuperclass
public abstract class ChangeEvent extends PanacheEntityBase {

    /** The longest value a history row keeps. */
    public static final int VALUE_LENGTH = 10_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "item_id", nullable = false)
    public Long itemId;

    @Column(nullable = false, length = 100)
    public String actor;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    /** What changed; each history names its own fields. */
    @Column(nullable = false, length = 30)
    public String field;

    @Column(name = "old_value", length = VALUE_LENGTH)
    public String oldValue;

    @Column(name = "new_value", length = VALUE_LENGTH)
    public String newValue;
}
