package dev.signpost.leancoffee;

import dev.signpost.database.Submissions;
import dev.signpost.leancoffee.rules.TopicDraft;
import dev.signpost.web.Refusal;
import dev.signpost.actions.ActionDraft;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

import java.net.URI;
import java.util.List;
import java.util.function.Supplier;

/**
 * The session page as every Lean Coffee form comes back to it: a change that worked goes back to the board (303, at
 * the topic it touched); one that was refused shows the board with the message and everything the viewer typed.
 */
@ApplicationScoped
public class BoardPage {

    private static final Logger LOG = Logger.getLogger(BoardPage.class);
    static final TopicDraft NO_TOPIC = new TopicDraft("", "");

    /** The session page: the board and whatever the viewer typed that was refused. */
    public record PageView(BoardView board, TopicDraft topicDraft, String error, String flash, ActionDraft actionDraft, Long actionTopic,
            List<String> people) {
    }

    @CheckedTemplate(basePath = "leancoffee")
    static class Templates {
        static native TemplateInstance session(PageView view);
    }

    @Inject
    Sessions sessions;
    @Inject
    Submissions submissions;
    @Inject
    BoardReader reader;

    TemplateInstance page(long id, TopicDraft topicDraft, String error, String message, ActionDraft actionDraft, Long actionTopic) {
        BoardView board = reader.view(id);
        return Templates.session(new PageView(board, topicDraft, error, message, actionDraft, actionTopic, board.attendees()));
    }

    /** Runs a change and goes back to the board; a refusal shows the board with the message and what was typed. */
    Response act(long id, Supplier<String> change, TopicDraft topicDraft, ActionDraft actionDraft, Long actionTopic) {
        sessions.find(id).orElseThrow(NotFoundException::new);
        join(id);
        try {
            if (topicDraft == null && actionDraft == null) { // a button (a dot, a phase, a thumb): its own rules bound repeats
                return Response.seeOther(URI.create("/lean-coffee/" + id + change.get())).build();
            }
            // a topic or an action item, stored once per submission key; during an outage the board cannot be shown,
            // so DatabaseUnavailablePage gives back what was sent
            return submissions.form("lean-coffee", () -> Response.seeOther(URI.create("/lean-coffee/" + id + change.get())).build(), null);
        } catch (Refusal rejected) {
            if (rejected.status() == 404) {
                throw new NotFoundException(rejected.getMessage());
            }
            return Response.status(rejected.status()).entity(page(id, topicDraft == null ? NO_TOPIC : topicDraft,
                    rejected.getMessage(), null, actionDraft, actionTopic)).build();
        }
    }

    /** A change that has nothing to keep when refused. */
    Response act(long id, Supplier<String> change) {
        return act(id, change, null, null, null);
    }

    /**
     * Records the viewer as an attendee (opening the board is joining the meeting), in a transaction of its own; a
     * second request that joined at the same moment already did it.
     */
    void join(long id) {
        try {
            sessions.join(id);
        } catch (RuntimeException e) {
            LOG.debugf("joining session %d raced with another request: %s", id, e.getMessage());
        }
    }

    /** A number a form sent, or a 400 refusal naming what to choose. */
    static long number(String text, String what) {
        if (text == null || !text.strip().matches("\\d{1,18}")) {
            throw new Refusal(400, "Choose " + what + ".");
        }
        return Long.parseLong(text.strip());
    }
}
