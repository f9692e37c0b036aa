package dev.signpost.feedback;

import dev.signpost.web.WorkWaiting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/** "My work" for the people who triage feedback: the new items nobody has looked at yet. */
@ApplicationScoped
public class TriageWaiting implements WorkWaiting {

    @Inject
    FeedbackItems items;

    @Override
    public Optional<Count> count() {
        if (!items.canTriage()) {
            return Optional.empty();
        }
        long untriaged = items.untriaged();
        return Optional.of(new Count(untriaged == 1 ? "new feedback to triage" : "new feedback items to triage",
                untriaged, "/feedback/triage?status=new", 30));
    }
}
