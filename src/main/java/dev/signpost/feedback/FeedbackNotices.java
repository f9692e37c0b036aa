package dev.signpost.feedback;

import dev.signpost.notifications.Kind;
import dev.signpost.notifications.NewMessage;
import dev.signpost.notifications.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Objects;

/**
 * Tells the person who sent feedback that it was answered or its status changed: a message in the outbox, in the
 * transaction of the triager's edit (a refused or rolled back edit tells nobody). Nobody is told of their own change.
 */
@ApplicationScoped
public class FeedbackNotices {

    static final String ANSWERED = Kind.FEEDBACK_ANSWERED.code();

    @Inject
    Outbox outbox;

    /**
     * The item's status or public answer changed by {@code changedBy}; {@code version} is the item's version after the
     * change, which with its id names this change. Nothing when neither changed, or when the submitter made it.
     */
    public void changed(FeedbackItem item, Status was, String answerWas, int version, String changedBy) {
        boolean newStatus = was != item.status;
        boolean newAnswer = !Objects.equals(answerWas, item.publicAnswer);
        if (!newStatus && !newAnswer || item.submitter == null || item.submitter.isBlank() || item.submitter.equals(changedBy)) {
            return;
        }
        outbox.queue(new NewMessage(ANSWERED, item.submitter, title(item, newAnswer), body(item, was, newStatus, newAnswer, answerWas, changedBy),
                "/feedback/" + item.id, ANSWERED + ":" + item.id + ":v" + version));
    }

    private static String title(FeedbackItem item, boolean newAnswer) {
        return (newAnswer && item.publicAnswer != null ? "Your feedback is answered: " : "Your feedback is now " + item.status.label() + ": ")
                + item.title;
    }

    private static String body(FeedbackItem item, Status was, boolean newStatus, boolean newAnswer, String answerWas, String by) {
        StringBuilder body = new StringBuilder();
        if (newStatus) {
            body.append(by).append(" changed its status from ").append(was.label()).append(" to ").append(item.status.label()).append('.');
        }
        if (newAnswer) {
            body.append(body.isEmpty() ? "" : " ").append(by).append(item.publicAnswer == null ? " removed the answer."
                    : answerWas == null ? " answered:" : " changed the answer:");
            if (item.publicAnswer != null) {
                body.append("\n\n").append(item.publicAnswer.strip());
            }
        }
        return body.toString();
    }
}
