package dev.signpost.feedback;

import java.util.List;

/** Someone else saved the item after this edit began; nothing was overwritten. Carries what they changed. */
public class TriageConflict extends RuntimeException {

    private final List<FeedbackEvent> theirChanges;

    TriageConflict(List<FeedbackEvent> theirChanges) {
        super("Someone else changed this feedback while you were editing it.");
        this.theirChanges = List.copyOf(theirChanges);
    }

    public List<FeedbackEvent> theirChanges() {
        return theirChanges;
    }
}
