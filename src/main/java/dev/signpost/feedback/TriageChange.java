package dev.signpost.feedback;

/**
 * A triager's edit of an item as submitted, with the version it was based on. Kept whole when refused (a conflict
 * or a bad value), so nothing typed is lost.
 */
public record TriageChange(int version, String status, String owner, String assignee, String publicAnswer, String note) {

    public TriageChange {
        status = status == null ? "" : status.strip();
        owner = owner == null ? "" : owner.strip();
        assignee = assignee == null ? "" : assignee.strip();
        publicAnswer = publicAnswer == null ? "" : publicAnswer.strip();
        note = note == null ? "" : note.strip();
    }

    static TriageChange of(FeedbackItem item) {
        return new TriageChange(item.version, item.status.name(), item.owner, item.assignee, item.publicAnswer, "");
    }
}
