package dev.signpost.leancoffee;

import dev.signpost.leancoffee.rules.LeanCoffeeRules;
import dev.signpost.leancoffee.rules.Merge;
import dev.signpost.leancoffee.rules.MergeResult;
import dev.signpost.leancoffee.rules.Phase;
import dev.signpost.leancoffee.rules.Thumb;
import dev.signpost.leancoffee.rules.Timebox;
import dev.signpost.leancoffee.rules.TopicState;
import dev.signpost.web.Refusal;
import dev.signpost.audit.AuditLog;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Running a session: its phases, the discussion board's columns, merging duplicates, the timebox of the topic under
 * discussion, and the thumbs that decide whether to go on (the facilitator or an admin; thumbs are everyone's).
 */
@ApplicationScoped
@Transactional
public class Facilitation {

    @Inject
    SessionGuard guard;
    @Inject
    BoardQueries queries;
    @Inject
    AuditLog audit;
    @Inject
    LeanCoffeeNotices notices;

    /** Moves the session to another phase (facilitator or admin); closing it sends its summary to the SIG's channel. */
    public void phase(long sessionId, Phase to) {
        LeanCoffeeSession session = guard.session(sessionId);
        guard.requireRunner(session);
        SessionGuard.refuse(409, LeanCoffeeRules.phaseRefusal(session.phase, to));
        audit.record("lean-coffee.phase", "lean-coffee", String.valueOf(sessionId), session.phase.code() + " -> " + to.code());
        session.phase = to;
        session.updatedAt = guard.now();
        if (to == Phase.CLOSED) {
            notices.closed(session);
        }
        guard.changed(session);
    }

    /** Moves a topic to another column of the discussion board (facilitator or admin). */
    public void move(long sessionId, long topicId, TopicState to) {
        LeanCoffeeSession session = guard.session(sessionId);
        guard.requireRunner(session);
        LeanCoffeeTopic topic = SessionGuard.topic(session, topicId);
        SessionGuard.refuse(409, queries.board(session).moveRefusal(session.phase, topic.id, to));
        if (topic.state == TopicState.DISCUSSING && to != TopicState.DISCUSSING) {
            topic.timerStartedAt = null;
            topic.timerSeconds = null;
        }
        topic.state = to;
        guard.changed(session);
    }

    /** Merges a duplicate topic into another: its dots move over; a participant's dots above the limit are returned. */
    public MergeResult merge(long sessionId, long keptId, long mergedId) {
        LeanCoffeeSession session = guard.session(sessionId);
        guard.requireRunner(session);
        LeanCoffeeTopic kept = LeanCoffeeTopic.findById(keptId);
        LeanCoffeeTopic merged = LeanCoffeeTopic.findById(mergedId);
        if (kept == null || merged == null || !kept.sessionId.equals(sessionId) || !merged.sessionId.equals(sessionId)) {
            throw new Refusal(404, "There is no such topic in this session.");
        }
        SessionGuard.refuse(409, Merge.refusal(session.phase, keptId, kept.mergedInto != null, mergedId, merged.mergedInto != null));
        Map<String, Integer> used = new HashMap<>();
        LeanCoffeeParticipant.<LeanCoffeeParticipant>list("sessionId", sessionId).forEach(p -> used.put(p.username, p.dotsUsed));
        MergeResult result = Merge.of(queries.dotsByVoter(keptId), queries.dotsByVoter(mergedId), used, session.votesPerPerson);
        LeanCoffeeVote.update("topicId = ?1 where topicId = ?2", keptId, mergedId);
        result.returned().forEach((voter, count) -> {
            List<LeanCoffeeVote> extra = LeanCoffeeVote.<LeanCoffeeVote>find("topicId = ?1 and voter = ?2", Sort.descending("id"), keptId, voter)
                    .page(0, count).list();
            extra.forEach(LeanCoffeeVote::delete);
            LeanCoffeeParticipant.update("dotsUsed = dotsUsed - ?1 where sessionId = ?2 and username = ?3 and dotsUsed >= ?1",
                    extra.size(), sessionId, voter);
        });
        merged.mergedInto = keptId;
        if (!merged.pitch.isEmpty() && !kept.pitch.contains(merged.pitch) && kept.pitch.length() + merged.pitch.length() < 990) {
            kept.pitch = kept.pitch.isEmpty() ? merged.pitch : kept.pitch + " / " + merged.pitch;
        }
        audit.record("lean-coffee.merged", "lean-coffee", String.valueOf(sessionId), mergedId + " -> " + keptId);
        guard.changed(session);
        return result;
    }

    /** Starts the timebox on the topic under discussion (facilitator or admin). */
    public void startTimer(long sessionId, long topicId) {
        LeanCoffeeSession session = guard.session(sessionId);
        guard.requireRunner(session);
        LeanCoffeeTopic topic = SessionGuard.topic(session, topicId);
        SessionGuard.refuse(409, LeanCoffeeRules.timerRefusal(session.phase, topic.state == TopicState.DISCUSSING));
        setTimer(topic, Timebox.start(guard.now(), session.timebox()));
        guard.changed(session);
    }

    /** Extends the topic's timebox by {@code minutes}, or by half the last box when null (facilitator or admin). */
    public void extend(long sessionId, long topicId, Integer minutes) {
        LeanCoffeeSession session = guard.session(sessionId);
        guard.requireRunner(session);
        LeanCoffeeTopic topic = SessionGuard.topic(session, topicId);
        SessionGuard.refuse(409, LeanCoffeeRules.timerRefusal(session.phase, topic.state == TopicState.DISCUSSING));
        Timebox current = topic.timebox();
        if (current == null) {
            throw new Refusal(409, "Start the timer first.");
        }
        Instant now = guard.now();
        setTimer(topic, minutes == null ? current.extendBy(now) : current.extendBy(now, Duration.ofMinutes(minutes)));
        guard.changed(session);
    }

    /**
     * The current user's thumb on the topic under discussion, for its current round (a second one replaces the first);
     * at any time during the discussion, not only when the timebox runs out.
     */
    public void thumb(long sessionId, long topicId, Thumb thumb) {
        LeanCoffeeSession session = guard.session(sessionId);
        guard.requireSignedIn();
        LeanCoffeeTopic topic = SessionGuard.topic(session, topicId);
        SessionGuard.refuse(409, LeanCoffeeRules.thumbRefusal(session.phase, topic.state == TopicState.DISCUSSING));
        String voter = guard.username();
        guard.ensureParticipant(sessionId);
        int round = LeanCoffeeRules.thumbRound(topic.timerRound);
        LeanCoffeeThumb existing = LeanCoffeeThumb.findById(new LeanCoffeeThumb.Key(topic.id, round, voter));
        if (existing == null) {
            existing = new LeanCoffeeThumb();
            existing.topicId = topic.id;
            existing.round = round;
            existing.voter = voter;
            existing.thumb = thumb;
            existing.createdAt = guard.now();
            existing.persist();
        } else {
            existing.thumb = thumb;
            existing.createdAt = guard.now();
        }
        guard.changed(session);
    }

    private static void setTimer(LeanCoffeeTopic topic, Timebox box) {
        topic.timerStartedAt = box.startedAt();
        topic.timerSeconds = (int) box.length().toSeconds();
        topic.timerRound = box.round();
    }
}
