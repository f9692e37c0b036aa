package dev.signpost.leancoffee;

import dev.signpost.leancoffee.rules.LeanCoffeeRules;
import dev.signpost.web.Refusal;
import dev.signpost.database.Database;
import dev.signpost.live.LiveBus;
import dev.signpost.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * What every change to a session starts and ends with: finding the session and topic (404 when they are not there),
 * checking who may act (403), making the actor a participant, and telling every open board, on every instance, that
 * something changed ({@link LiveBus} channel {@code lean-coffee:{id}}, after the transaction commits).
 */
@ApplicationScoped
public class SessionGuard {

    @Inject
    Clock clock;
    @Inject
    Database database;
    @Inject
    CurrentUser currentUser;
    @Inject
    LiveBus bus;

    public static String channel(long sessionId) {
        return "lean-coffee:" + sessionId;
    }

    public Instant now() {
        return clock.instant();
    }

    String username() {
        return currentUser.username();
    }

    LeanCoffeeSession session(long id) {
        database.requireReady();
        LeanCoffeeSession session = LeanCoffeeSession.findById(id);
        if (session == null) {
            throw new Refusal(404, "There is no Lean Coffee session " + id + ".");
        }
        return session;
    }

    static LeanCoffeeTopic topic(LeanCoffeeSession session, long topicId) {
        LeanCoffeeTopic topic = LeanCoffeeTopic.findById(topicId);
        if (topic == null || !topic.sessionId.equals(session.id) || topic.mergedInto != null) {
            throw new Refusal(404, "There is no such topic in this session.");
        }
        return topic;
    }

    void requireSignedIn() {
        if (!LeanCoffeeRules.canTakePart(currentUser.signedIn())) {
            throw new Refusal(403, "Sign in to take part.");
        }
    }

    void requireRunner(LeanCoffeeSession session) {
        if (!LeanCoffeeRules.canRun(currentUser.username(), currentUser.roles(), session.facilitator)) {
            throw new Refusal(403, "Only the facilitator (" + session.facilitator + ") or an admin runs the session.");
        }
    }

    boolean canRun(LeanCoffeeSession session) {
        return LeanCoffeeRules.canRun(currentUser.username(), currentUser.roles(), session.facilitator);
    }

    static void refuse(int status, Optional<String> refusal) {
        refusal.ifPresent(message -> {
            throw new Refusal(status, message);
        });
    }

    /** Within a change: the current user's participant row, made now when the page did not join first. */
    void ensureParticipant(long sessionId) {
        if (participant(sessionId, currentUser.username()).isEmpty()) {
            newParticipant(sessionId).flush();
        }
    }

    Optional<LeanCoffeeParticipant> participant(long sessionId, String username) {
        return LeanCoffeeParticipant.findByIdOptional(new LeanCoffeeParticipant.Key(sessionId, username));
    }

    LeanCoffeeParticipant newParticipant(long sessionId) {
        LeanCoffeeParticipant participant = new LeanCoffeeParticipant();
        participant.sessionId = sessionId;
        participant.username = currentUser.username();
        participant.dotsUsed = 0;
        participant.joinedAt = clock.instant();
        participant.persist();
        return participant;
    }

    /**
     * Tells every open board of the session, on every instance, to refresh (after this transaction commits). The
     * session row itself is not touched, so that parallel votes do not contend for it.
     */
    void changed(LeanCoffeeSession session) {
        bus.publish(channel(session.id), String.valueOf(clock.instant().toEpochMilli()));
    }
}
