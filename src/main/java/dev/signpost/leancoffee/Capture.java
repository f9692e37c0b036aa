package dev.signpost.leancoffee;

import dev.signpost.leancoffee.rules.Phase;
import dev.signpost.web.Refusal;
import dev.signpost.actions.ActionDraft;
import dev.signpost.actions.ActionItem;
import dev.signpost.actions.ActionItems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** What a discussion leaves behind: a topic's notes and the action items captured on it (facilitator or admin). */
@ApplicationScoped
@Transactional
public class Capture {

    static final int NOTES_LENGTH = 10_000;

    @Inject
    SessionGuard guard;
    @Inject
    ActionItems actions;

    /** Replaces a topic's notes. */
    public void notes(long sessionId, long topicId, String notes) {
        LeanCoffeeSession session = guard.session(sessionId);
        guard.requireRunner(session);
        LeanCoffeeTopic topic = SessionGuard.topic(session, topicId);
        if (notes.length() > NOTES_LENGTH) {
            throw new Refusal(400, "Notes have at most 10,000 characters; these have " + notes.length() + ".");
        }
        topic.notes = notes;
        guard.changed(session);
    }

    /** Captures an action item on a topic: a tracker item of the session's SIG, linked to the topic. */
    public ActionItem capture(long sessionId, long topicId, ActionDraft draft) {
        LeanCoffeeSession session = guard.session(sessionId);
        guard.requireRunner(session);
        SessionGuard.topic(session, topicId);
        if (session.phase != Phase.DISCUSSING) {
            throw new Refusal(409, "Action items are captured while the session is discussing.");
        }
        ActionItem item = actions.createOnBehalf(draft);
        guard.changed(session);
        return item;
    }
}
