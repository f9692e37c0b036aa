package dev.signpost.feedback;

import dev.signpost.database.ChangeEvent;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.util.List;

/** One change to a feedback item (status, owner, assignee, answer) or an internal note; rows are only ever added. */
@Entity
@Table(name = "feedback_event")
public class FeedbackEvent extends ChangeEvent {

    static final String NOTE = "note";

    public boolean note() {
        return NOTE.equals(field);
    }

    static List<FeedbackEvent> of(long itemId) {
        return list("itemId", Sort.ascending("occurredAt").and("id"), itemId);
    }
}
