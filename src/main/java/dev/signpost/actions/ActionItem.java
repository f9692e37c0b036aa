package dev.signpost.actions;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/** An action item: a promise with an owner and a due date, and where it came from. */
@Entity
@Table(name = "action_item")
public class ActionItem extends PanacheEntityBase {

    public static final int TITLE_LENGTH = 200;
    static final int DETAILS_LENGTH = 10_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = TITLE_LENGTH)
    public String title;

    /** Markdown as written; rendered sanitised. */
    @Column(nullable = false, length = DETAILS_LENGTH)
    public String details;

    /** The user name of the person who owns it. */
    @Column(nullable = false, length = 100)
    public String owner;

    @Column(name = "due_on")
    public LocalDate dueOn;

    @Convert(converter = StatusColumn.class)
    @Column(nullable = false, length = 20)
    public ActionStatus status;

    /** The SIG's slug, or null. */
    @Column(length = 200)
    public String sig;

    @Convert(converter = SourceColumn.class)
    @Column(name = "source_type", length = 20)
    public ActionSource sourceType;

    /** The source's id (feedback, Lean Coffee topic) or slug (roadmap item). */
    @Column(name = "source_ref", length = 300)
    public String sourceRef;

    @Column(name = "created_by", nullable = false, length = 100)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The day the daily check first found it overdue; cleared when it is no longer overdue. */
    @Column(name = "overdue_noticed_on")
    public LocalDate overdueNoticedOn;

    @Version
    public int version;

    public String href() {
        return "/actions/" + id;
    }

    /** Where the item's forms post: {@code status}, {@code edit} or {@code comments}. */
    public String action(String form) {
        return href() + "/" + form;
    }

    /** Days past due on {@code today}; 0 when not overdue. */
    public long daysOverdue(LocalDate today) {
        return ActionRules.daysOverdue(dueOn, status, today);
    }

    /** Stores a status as its code ({@code in-progress}). */
    @jakarta.persistence.Converter
    public static class StatusColumn extends dev.signpost.database.CodeColumn<ActionStatus> {
        public StatusColumn() {
            super(ActionStatus::code, ActionStatus::of);
        }
    }

    /** Stores a source as its code ({@code feedback}). */
    @jakarta.persistence.Converter
    public static class SourceColumn extends dev.signpost.database.CodeColumn<ActionSource> {
        public SourceColumn() {
            super(ActionSource::code, ActionSource::of);
        }
    }
}
