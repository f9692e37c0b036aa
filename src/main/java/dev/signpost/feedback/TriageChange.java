package dev.signpost.feedback;

import dev.signpost.web.FormText;

/**
 * A triager's edit of an item as submitted, with the version it was based on. Kept whole when refused (a conflict
 * or a bad value), so nothing typed is lost.
 */
public record TriageChange(int version, String status, String owner, String assignee, String publicAnswer, String note) {

    public TriageChange {
        status = status == null ? "" : status.strip();
        owner = owner == null ? "" : owner.strip();
        assignee = assignee == null ? "" : assignee.strip();
        publicAnswer = FormText.of(publicAnswer);
        note = FormText.of(note);
    }

    static TriageChange of(FeedbackItem item) {
        return new TriageChange(item.version, item.status.name(), item.owner, item.assignee, item.publicAnswer, "");
    }
}
