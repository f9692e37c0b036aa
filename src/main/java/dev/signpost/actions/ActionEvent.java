package dev.signpost.actions;

import dev.signpost.database.ChangeEvent;
import dev.signpost.web.time.TimeText;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * One entry of an action item's history: a field changed from → to (with the comment given), a comment, its creation,
 * or the daily check finding it overdue. Rows are only ever added.
 */
@Entity
@Table(name = "action_event")
public class ActionEvent extends ChangeEvent {

    static final String CREATED = "created";
    static final String COMMENT = "comment";
    static final String OVERDUE = "overdue";
    static final String DUE = "due";

    /**
     * Markdown; rendered sanitised. No {@code isComment()} beside it: Qute would resolve {@code e.comment} to that
     * method instead of this field (the 409 page's "their changes" lost every comment).
     */
    @Column(length = 10_000)
    public String comment;

    /** How the history shows the change, e.g. "changed status: Open → Done". */
    public String summary() {
        return switch (field) {
            case CREATED -> "created the item";
            case COMMENT -> "commented";
            case OVERDUE -> "noticed it is overdue (due " + shown(field, oldValue) + ")";
            case "details" -> "changed the details";
            default -> "changed " + field + ": " + shown(field, oldValue) + " → " + shown(field, newValue);
        };
    }

    /** A value of a field as people read it: a due date is stored as written ({@code 2026-12-10}) and shown as a day. */
    static String shown(String field, String value) {
        if (value == null) {
            return "(none)";
        }
        if (DUE.equals(field) || OVERDUE.equals(field)) {
            try {
                return TimeText.day(LocalDate.parse(value));
            } catch (DateTimeParseException e) {
                return value;
            }
        }
        return value;
    }

    static List<ActionEvent> of(long itemId) {
        return list("itemId", Sort.ascending("occurredAt").and("id"), itemId);
    }
}
