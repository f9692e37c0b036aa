package dev.signpost.actions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An action item as the API shows it; {@code history} only on the single-item answer. */
public record ActionJson(long id, String title, String details, String status, String owner, LocalDate due, long daysOverdue, String sig,
        String source, String sourceRef, String createdBy, Instant createdAt, Instant updatedAt, int version, String url,
        List<Change> history) {

    /** One entry of the history: a field from → to with its comment, or a comment alone ({@code field} "comment"). */
    public record Change(String actor, Instant at, String field, String from, String to, String comment) {

        static Change of(ActionEvent e) {
            return new Change(e.actor, e.occurredAt, e.field, e.oldValue, e.newValue, e.comment);
        }
    }

    static ActionJson of(ActionItem i, LocalDate today, List<ActionEvent> history) {
        return new ActionJson(i.id, i.title, i.details, i.status.code(), i.owner, i.dueOn, i.daysOverdue(today), i.sig,
                i.sourceType == null ? null : i.sourceType.code(), i.sourceRef, i.createdBy, i.createdAt, i.updatedAt, i.version, i.href(),
                history == null ? null : history.stream().map(Change::of).toList());
    }
}
