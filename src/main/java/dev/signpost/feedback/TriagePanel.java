package dev.signpost.feedback;

import java.util.Collection;
import java.util.List;

/**
 * The triage part of an item's page: the edit form (as typed, after a refusal), the owners it can be routed to, the
 * history, a conflict or an error.
 */
public record TriagePanel(TriageChange change, Collection<String> owners, List<FeedbackEvent> history,
        List<FeedbackEvent> conflict, String error) {

    public List<Status> statuses() {
        return List.of(Status.values());
    }

    public boolean conflicted() {
        return conflict != null;
    }
}
