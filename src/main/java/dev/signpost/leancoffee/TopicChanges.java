package dev.signpost.leancoffee;

import dev.signpost.audit.AuditLog;
import dev.signpost.leancoffee.rules.LeanCoffeeRules;
import dev.signpost.leancoffee.rules.TopicDraft;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Editing and withdrawing a proposed topic: its author while the session collects topics, the facilitator (or an
 * admin) until voting ends. Both are recorded in the audit log and refresh every open board.
 */
@ApplicationScoped
@Transactional
public class TopicChanges {

    @Inject
    SessionGuard guard;
    @Inject
    BoardQueries queries;
    @Inject
    AuditLog audit;

    /** The topic, if the current user may change it now; otherwise the refusal (403 or 409), or 404 without it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public LeanCoffeeTopic changeable(long sessionId, long topicId) {
        LeanCoffeeSession session = guard.session(sessionId);
        guard.requireSignedIn();
        LeanCoffeeTopic topic = SessionGuard.topic(session, topicId);
        check(session, topic);
        return topic;
    }

    /** Replaces the topic's title and pitch with a valid draft. */
    public void edit(long sessionId, long topicId, TopicDraft draft) {
        if (!draft.valid()) {
            throw new IllegalArgumentException("only a valid draft can be stored");
        }
        LeanCoffeeSession session = guard.session(sessionId);
        guard.requireSignedIn();
        LeanCoffeeTopic topic = SessionGuard.topic(session, topicId);
        check(session, topic);
        if (topic.title.equals(draft.title()) && topic.pitch.equals(draft.pitch())) {
            return;
        }
        audit.record("lean-coffee.topic-edited", "lean-coffee", String.valueOf(sessionId),
                topicId + ": \"" + topic.title + "\" -> \"" + draft.title() + "\"");
        topic.title = draft.title();
        topic.pitch = draft.pitch();
        guard.changed(session);
    }

    /**
     * Withdraws the topic: it leaves the board with the duplicates merged into it, and every dot on it goes back to
     * the participant who placed it.
     */
    public void withdraw(long sessionId, long topicId) {
        LeanCoffeeSession session = guard.session(sessionId);
        guard.requireSignedIn();
        LeanCoffeeTopic topic = SessionGuard.topic(session, topicId);
        check(session, topic);
        Set<Long> gone = withMergedIntoIt(topic.id);
        queries.dotsByVoter(topic.id).forEach((voter, dots) -> LeanCoffeeParticipant.update(
                "dotsUsed = dotsUsed - ?1 where sessionId = ?2 and username = ?3 and dotsUsed >= ?1", dots, sessionId, voter));
        LeanCoffeeVote.delete("topicId in ?1", gone);
        LeanCoffeeThumb.delete("topicId in ?1", gone);
        LeanCoffeeTopic.update("mergedInto = null where id in ?1", gone);
        LeanCoffeeTopic.delete("id in ?1", gone);
        audit.record("lean-coffee.topic-withdrawn", "lean-coffee", String.valueOf(sessionId), topicId + ": \"" + topic.title + "\"");
        guard.changed(session);
    }

    private void check(LeanCoffeeSession session, LeanCoffeeTopic topic) {
        LeanCoffeeRules.topicChangeRefusal(session.phase, topic.author.equals(guard.username()), guard.canRun(session),
                session.facilitator).ifPresent(refusal -> {
                    throw refusal;
                });
    }

    /** The topic and every topic merged into it, directly or through another. */
    private static Set<Long> withMergedIntoIt(long topicId) {
        Set<Long> all = new HashSet<>(List.of(topicId));
        Set<Long> next = Set.of(topicId);
        while (!next.isEmpty()) {
            List<Long> merged = LeanCoffeeTopic.getEntityManager()
                    .createQuery("select id from LeanCoffeeTopic where mergedInto in :ids", Long.class).setParameter("ids", next).getResultList();
            next = new HashSet<>(merged);
            next.removeAll(all);
            all.addAll(next);
        }
        return all;
    }
}
