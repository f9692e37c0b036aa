package dev.signpost.feedback;

import dev.signpost.security.CurrentUser;
import dev.signpost.web.WorkWaiting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/** "My work": the person's own feedback whose status or answer changed since they last opened it. */
@ApplicationScoped
public class AnswersWaiting implements WorkWaiting {

    @Inject
    CurrentUser user;
    @Inject
    FeedbackItems items;

    @Override
    public Optional<Count> count() {
        if (!user.signedIn()) {
            return Optional.empty();
        }
        long unread = items.unreadOfMine();
        return Optional.of(new Count(unread == 1 ? "answer to your feedback" : "answers to your feedback", unread,
                "/feedback/mine", 20));
    }
}
