package dev.signpost.leancoffee;

import dev.signpost.leancoffee.rules.LeanCoffeeRules;
import dev.signpost.leancoffee.rules.TopicDraft;
import dev.signpost.leancoffee.rules.TopicState;
import dev.signpost.web.Refusal;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Optional;

/** What participants do before the discussion: propose topics, and place and take back their dots. */
@ApplicationScoped
@Transactional
public class Voting {

    @Inject
    SessionGuard guard;
    @Inject
    BoardQueries queries;

    public LeanCoffeeTopic addTopic(long sessionId, TopicDraft draft) {
        LeanCoffeeSession session = guard.session(sessionId);
        guard.requireSignedIn();
        SessionGuard.refuse(409, LeanCoffeeRules.topicRefusal(session.phase));
        if (!draft.valid()) {
            throw new IllegalArgumentException("only a valid draft can be stored");
        }
        LeanCoffeeTopic topic = new LeanCoffeeTopic();
        topic.sessionId = sessionId;
        topic.title = draft.title();
        topic.pitch = draft.pitch();
        topic.author = guard.username();
        topic.state = TopicState.TO_DISCUSS;
        topic.notes = "";
        topic.createdAt = guard.now();
        topic.persist();
        guard.ensureParticipant(sessionId);
        guard.changed(session);
        return topic;
    }

    /**
     * Places one of the current user's dots on a topic. The limit is enforced by the database: the participant's
     * counter only goes up while it is below the session's limit, so parallel requests can never exceed it.
     */
    public void vote(long sessionId, long topicId) {
        LeanCoffeeSession session = guard.session(sessionId);
        guard.requireSignedIn();
        LeanCoffeeTopic topic = SessionGuard.topic(session, topicId);
        String voter = guard.username();
        guard.ensureParticipant(sessionId);
        SessionGuard.refuse(409, LeanCoffeeRules.voteRefusal(session.phase, 0, session.votesPerPerson));
        int placed = LeanCoffeeParticipant.update("dotsUsed = dotsUsed + 1 where sessionId = ?1 and username = ?2 and dotsUsed < ?3",
                sessionId, voter, session.votesPerPerson);
        if (placed == 0) {
            throw new Refusal(409, "You have placed all your " + session.votesPerPerson + " dots; take one back to place it elsewhere.");
        }
        LeanCoffeeVote vote = new LeanCoffeeVote();
        vote.sessionId = sessionId;
        vote.topicId = topic.id;
        vote.voter = voter;
        vote.createdAt = guard.now();
        vote.persist();
        guard.changed(session);
    }

    /** Takes back one of the current user's dots from a topic. */
    public void unvote(long sessionId, long topicId) {
        LeanCoffeeSession session = guard.session(sessionId);
        guard.requireSignedIn();
        LeanCoffeeTopic topic = SessionGuard.topic(session, topicId);
        String voter = guard.username();
        int mine = queries.votesOf(sessionId, voter).getOrDefault(topic.id, 0);
        SessionGuard.refuse(409, LeanCoffeeRules.unvoteRefusal(session.phase, mine));
        Optional<LeanCoffeeVote> dot = LeanCoffeeVote.<LeanCoffeeVote>find("topicId = ?1 and voter = ?2", Sort.descending("id"), topic.id, voter)
                .firstResultOptional();
        if (dot.isEmpty() || LeanCoffeeVote.delete("id = ?1", dot.get().id) == 0) {
            throw new Refusal(409, "You have no dot on this topic.");
        }
        LeanCoffeeParticipant.update("dotsUsed = dotsUsed - 1 where sessionId = ?1 and username = ?2 and dotsUsed > 0", sessionId, voter);
        guard.changed(session);
    }
}
