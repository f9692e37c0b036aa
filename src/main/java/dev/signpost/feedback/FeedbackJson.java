package dev.signpost.feedback;

import java.time.Instant;
import java.util.List;

/**
 * A feedback item as the API shows it. {@code history} (which holds the internal notes) is only given to the people
 * who triage feedback; for the submitter it is null.
 */
public record FeedbackJson(long id, String category, String title, String description, String relatedPage, String owner,
        boolean contactMe, String submitter, String status, String assignee, String publicAnswer, Instant createdAt,
        Instant updatedAt, int version, List<Change> history) {

    /** One change from the item's history. */
    public record Change(String actor, Instant at, String field, String from, String to) {

        static Change of(FeedbackEvent event) {
            return new Change(event.actor, event.occurredAt, event.field, event.oldValue, event.newValue);
        }
    }

    static FeedbackJson of(FeedbackItem item, List<FeedbackEvent> history) {
        return new FeedbackJson(item.id, item.category.code(), item.title, item.description, item.relatedPage, item.owner,
                item.contactMe, item.submitter, item.status.code(), item.assignee, item.publicAnswer, item.createdAt,
                item.updatedAt, item.version, history == null ? null : history.stream().map(Change::of).toList());
    }
}
