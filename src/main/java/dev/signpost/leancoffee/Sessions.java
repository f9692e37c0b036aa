package dev.signpost.leancoffee;

import dev.signpost.actions.ActionDraft;
import dev.signpost.actions.ActionItem;
import dev.signpost.actions.ActionItems;
import dev.signpost.audit.AuditLog;
import dev.signpost.database.Database;
import dev.signpost.live.LiveBus;
import dev.signpost.security.CurrentUser;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lean Coffee sessions in the database: every change a participant or the facilitator makes, checked against
 * {@link LeanCoffeeRules} and announced on the {@link LiveBus} channel {@code lean-coffee:{id}} so that every open board,
 * on every instance, refreshes.
 */
@ApplicationScoped
@Transactional
public class Sessions {

    @Inject
    Clock clock;
    @Inject
    Database database;
    @Inject
    CurrentUser currentUser;
    @Inject
    AuditLog audit;
    @Inject
    LiveBus bus;
    @Inject
    ActionItems actions;

    public static String channel(long sessionId) {
        return "lean-coffee:" + sessionId;
    }

    public Instant now() {
        return clock.instant();
    }

    /** Stores a checked draft as a new session created by the current user. */
    public LeanCoffeeSession create(SessionDraft draft, java.time.ZoneId zone) {
        if (!draft.valid()) {
            throw new IllegalArgumentException("only a valid draft can be stored");
        }
        if (!LeanCoffeeRules.canCreate(currentUser.roles())) {
            throw new LeanCoffeeRejected(403, "Only sig-members and admins create Lean Coffee sessions.");
        }
        database.requireReady();
        Instant now = clock.instant();
        LeanCoffeeSession session = new LeanCoffeeSession();
        session.sig = draft.sig();
        session.title = draft.title();
        session.startsAt = draft.startsAt(zone).toInstant();
        session.facilitator = draft.facilitator();
        session.votesPerPerson = draft.votesEach();
        session.timeboxMinutes = (int) draft.timeboxLength().toMinutes();
        session.anonymous = draft.anonymous();
        session.hiddenVotes = draft.hiddenVotes();
        session.phase = Phase.COLLECTING;
        session.createdBy = currentUser.username();
        session.createdAt = now;
        session.updatedAt = now;
        session.persist();
        audit.record("lean-coffee.created", "lean-coffee", String.valueOf(session.id), session.title);
        return session;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<LeanCoffeeSession> find(long id) {
        database.requireReady();
        return LeanCoffeeSession.findByIdOptional(id);
    }

    /** Every session, the latest first (optionally of one SIG). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LeanCoffeeSession> list(String sig) {
        database.requireReady();
        Sort sort = Sort.descending("startsAt").and("id", Sort.Direction.Descending);
        return sig == null ? LeanCoffeeSession.listAll(sort) : LeanCoffeeSession.list("sig", sort, sig);
    }

    /** A session's topics that were not merged away, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LeanCoffeeTopic> topics(long sessionId) {
        return LeanCoffeeTopic.list("sessionId = ?1 and mergedInto is null", Sort.ascending("createdAt").and("id"), sessionId);
    }

    /** Dots per topic. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, Integer> votes(long sessionId) {
        Map<Long, Integer> votes = new HashMap<>();
        LeanCoffeeVote.getEntityManager().createQuery("select topicId, count(*) from LeanCoffeeVote where sessionId = :s group by topicId",
                Object[].class).setParameter("s", sessionId).getResultList().forEach(r -> votes.put((Long) r[0], ((Long) r[1]).intValue()));
        return votes;
    }

    /** A person's dots per topic. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, Integer> votesOf(long sessionId, String voter) {
        Map<Long, Integer> votes = new HashMap<>();
        LeanCoffeeVote.getEntityManager().createQuery("select topicId, count(*) from LeanCoffeeVote where sessionId = :s and voter = :v "
                + "group by topicId", Object[].class).setParameter("s", sessionId).setParameter("v", voter).getResultList()
                .forEach(r -> votes.put((Long) r[0], ((Long) r[1]).intValue()));
        return votes;
    }

    /** Everyone who took part: proposed a topic, placed a dot or gave a thumb. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> attendees(long sessionId) {
        return LeanCoffeeParticipant.getEntityManager().createQuery("select username from LeanCoffeeParticipant where sessionId = :s "
                + "order by joinedAt, username", String.class).setParameter("s", sessionId).getResultList();
    }

    /** Thumbs of every topic of a session: topic → round → thumbs, in one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, Map<Integer, List<LeanCoffeeThumb>>> thumbsOf(long sessionId) {
        Map<Long, Map<Integer, List<LeanCoffeeThumb>>> byTopic = new HashMap<>();
        LeanCoffeeThumb.<LeanCoffeeThumb>list("topicId in (select t.id from LeanCoffeeTopic t where t.sessionId = ?1)",
                Sort.ascending("round").and("voter"), sessionId)
                .forEach(t -> byTopic.computeIfAbsent(t.topicId, k -> new LinkedHashMap<>()).computeIfAbsent(t.round, r -> new ArrayList<>()).add(t));
        return byTopic;
    }

    public LeanCoffeeTopic addTopic(long sessionId, TopicDraft draft) {
        LeanCoffeeSession session = session(sessionId);
        requireSignedIn();
        refuse(409, LeanCoffeeRules.topicRefusal(session.phase));
        if (!draft.valid()) {
            throw new IllegalArgumentException("only a valid draft can be stored");
        }
        Instant now = clock.instant();
        LeanCoffeeTopic topic = new LeanCoffeeTopic();
        topic.sessionId = sessionId;
        topic.title = draft.title();
        topic.pitch = draft.pitch();
        topic.author = currentUser.username();
        topic.state = TopicState.TO_DISCUSS;
        topic.notes = "";
        topic.createdAt = now;
        topic.persist();
        ensureParticipant(sessionId, currentUser.username());
        changed(session);
        return topic;
    }

    /**
     * Places one of the current user's dots on a topic. The limit is enforced by the database: the participant's
     * counter only goes up while it is below the session's limit, so parallel requests can never exceed it.
     */
    public void vote(long sessionId, long topicId) {
        LeanCoffeeSession session = session(sessionId);
        requireSignedIn();
        LeanCoffeeTopic topic = topic(session, topicId);
        String voter = currentUser.username();
        ensureParticipant(sessionId, voter);
        refuse(409, LeanCoffeeRules.voteRefusal(session.phase, 0, session.votesPerPerson));
        int placed = LeanCoffeeParticipant.update("dotsUsed = dotsUsed + 1 where sessionId = ?1 and username = ?2 and dotsUsed < ?3",
                sessionId, voter, session.votesPerPerson);
        if (placed == 0) {
            throw new LeanCoffeeRejected(409, "You have placed all your " + session.votesPerPerson + " dots; take one back to place it elsewhere.");
        }
        LeanCoffeeVote vote = new LeanCoffeeVote();
        vote.sessionId = sessionId;
        vote.topicId = topic.id;
        vote.voter = voter;
        vote.createdAt = clock.instant();
        vote.persist();
        changed(session);
    }

    /** Takes back one of the current user's dots from a topic. */
    public void unvote(long sessionId, long topicId) {
        LeanCoffeeSession session = session(sessionId);
        requireSignedIn();
        LeanCoffeeTopic topic = topic(session, topicId);
        String voter = currentUser.username();
        int mine = votesOf(sessionId, voter).getOrDefault(topic.id, 0);
        refuse(409, LeanCoffeeRules.unvoteRefusal(session.phase, mine));
        Optional<LeanCoffeeVote> dot = LeanCoffeeVote.<LeanCoffeeVote>find("topicId = ?1 and voter = ?2", Sort.descending("id"), topic.id, voter)
                .firstResultOptional();
        if (dot.isEmpty() || LeanCoffeeVote.delete("id = ?1", dot.get().id) == 0) {
            throw new LeanCoffeeRejected(409, "You have no dot on this topic.");
        }
        LeanCoffeeParticipant.update("dotsUsed = dotsUsed - 1 where sessionId = ?1 and username = ?2 and dotsUsed > 0", sessionId, voter);
        changed(session);
    }

    /** Moves the session to another phase (facilitator or admin). */
    public void phase(long sessionId, Phase to) {
        LeanCoffeeSession session = session(sessionId);
        requireRunner(session);
        refuse(409, LeanCoffeeRules.phaseRefusal(session.phase, to));
        audit.record("lean-coffee.phase", "lean-coffee", String.valueOf(sessionId), session.phase.code() + " -> " + to.code());
        session.phase = to;
        session.updatedAt = clock.instant();
        changed(session);
    }

    /** Moves a topic to another column of the discussion board (facilitator or admin). */
    public void move(long sessionId, long topicId, TopicState to) {
        LeanCoffeeSession session = session(sessionId);
        requireRunner(session);
        LeanCoffeeTopic topic = topic(session, topicId);
        refuse(409, board(session).moveRefusal(session.phase, topic.id, to));
        if (topic.state == TopicState.DISCUSSING && to != TopicState.DISCUSSING) {
            topic.timerStartedAt = null;
            topic.timerSeconds = null;
        }
        topic.state = to;
        changed(session);
    }

    /** Merges a duplicate topic into another: its dots move over; a participant's dots above the limit are returned. */
    public MergeResult merge(long sessionId, long keptId, long mergedId) {
        LeanCoffeeSession session = session(sessionId);
        requireRunner(session);
        LeanCoffeeTopic kept = LeanCoffeeTopic.findById(keptId);
        LeanCoffeeTopic merged = LeanCoffeeTopic.findById(mergedId);
        if (kept == null || merged == null || !kept.sessionId.equals(sessionId) || !merged.sessionId.equals(sessionId)) {
            throw new LeanCoffeeRejected(404, "There is no such topic in this session.");
        }
        refuse(409, Merge.refusal(session.phase, keptId, kept.mergedInto != null, mergedId, merged.mergedInto != null));
        Map<String, Integer> used = new HashMap<>();
        LeanCoffeeParticipant.<LeanCoffeeParticipant>list("sessionId", sessionId).forEach(p -> used.put(p.username, p.dotsUsed));
        MergeResult result = Merge.of(dotsByVoter(keptId), dotsByVoter(mergedId), used, session.votesPerPerson);
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
        changed(session);
        return result;
    }

    /** Starts the timebox on the topic under discussion (facilitator or admin). */
    public void startTimer(long sessionId, long topicId) {
        LeanCoffeeSession session = session(sessionId);
        requireRunner(session);
        LeanCoffeeTopic topic = topic(session, topicId);
        refuse(409, LeanCoffeeRules.timerRefusal(session.phase, topic.state == TopicState.DISCUSSING));
        Timebox box = Timebox.start(clock.instant(), session.timebox());
        setTimer(topic, box);
        changed(session);
    }

    /** Extends the topic's timebox by {@code minutes}, or by half the last box when null (facilitator or admin). */
    public void extend(long sessionId, long topicId, Integer minutes) {
        LeanCoffeeSession session = session(sessionId);
        requireRunner(session);
        LeanCoffeeTopic topic = topic(session, topicId);
        refuse(409, LeanCoffeeRules.timerRefusal(session.phase, topic.state == TopicState.DISCUSSING));
        Timebox current = topic.timebox();
        if (current == null) {
            throw new LeanCoffeeRejected(409, "Start the timer first.");
        }
        Instant now = clock.instant();
        Timebox next = minutes == null ? current.extendBy(now) : current.extendBy(now, Duration.ofMinutes(minutes));
        setTimer(topic, next);
        changed(session);
    }

    /** The current user's thumb for the topic's current round (a second one replaces the first). */
    public void thumb(long sessionId, long topicId, Thumb thumb) {
        LeanCoffeeSession session = session(sessionId);
        requireSignedIn();
        LeanCoffeeTopic topic = topic(session, topicId);
        refuse(409, LeanCoffeeRules.thumbRefusal(session.phase, topic.timebox(), clock.instant()));
        String voter = currentUser.username();
        ensureParticipant(sessionId, voter);
        LeanCoffeeThumb existing = LeanCoffeeThumb.findById(new LeanCoffeeThumb.Key(topic.id, topic.timerRound, voter));
        if (existing == null) {
            existing = new LeanCoffeeThumb();
            existing.topicId = topic.id;
            existing.round = topic.timerRound;
            existing.voter = voter;
            existing.thumb = thumb;
            existing.createdAt = clock.instant();
            existing.persist();
        } else {
            existing.thumb = thumb;
            existing.createdAt = clock.instant();
        }
        changed(session);
    }

    /** Replaces a topic's notes (facilitator or admin). */
    public void notes(long sessionId, long topicId, String notes) {
        LeanCoffeeSession session = session(sessionId);
        requireRunner(session);
        LeanCoffeeTopic topic = topic(session, topicId);
        if (notes.length() > 10_000) {
            throw new LeanCoffeeRejected(400, "Notes have at most 10,000 characters; these have " + notes.length() + ".");
        }
        topic.notes = notes;
        changed(session);
    }

    /** Captures an action item on a topic (facilitator or admin): a tracker item of the session's SIG, linked to the topic. */
    public ActionItem capture(long sessionId, long topicId, ActionDraft draft) {
        LeanCoffeeSession session = session(sessionId);
        requireRunner(session);
        LeanCoffeeTopic topic = topic(session, topicId);
        if (session.phase != Phase.DISCUSSING) {
            throw new LeanCoffeeRejected(409, "Action items are captured while the session is discussing.");
        }
        ActionItem item = actions.createOnBehalf(draft);
        changed(session);
        return item;
    }

    /** Action items captured in a session, by topic. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, List<ActionItem>> actionsOf(long sessionId) {
        Map<Long, List<ActionItem>> byTopic = new LinkedHashMap<>();
        for (ActionItem item : capturedIn(List.of(sessionId))) {
            byTopic.computeIfAbsent(Long.parseLong(item.sourceRef), t -> new ArrayList<>()).add(item);
        }
        return byTopic;
    }

    /**
     * The open action items from the SIG's earlier sessions, with the session each came from: what a new session
     * reviews first.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CarriedOver> carriedOver(LeanCoffeeSession session) {
        Map<Long, LeanCoffeeSession> earlier = new LinkedHashMap<>();
        LeanCoffeeSession.<LeanCoffeeSession>list("sig = ?1 and startsAt < ?2 and id <> ?3", Sort.descending("startsAt"), session.sig,
                session.startsAt, session.id).forEach(s -> earlier.put(s.id, s));
        if (earlier.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> sessionOfTopic = new HashMap<>();
        LeanCoffeeTopic.getEntityManager().createQuery("select id, sessionId from LeanCoffeeTopic where sessionId in :s", Object[].class)
                .setParameter("s", earlier.keySet()).getResultList().forEach(r -> sessionOfTopic.put((Long) r[0], (Long) r[1]));
        List<CarriedOver> open = new ArrayList<>();
        capturedIn(earlier.keySet()).stream().filter(i -> !i.status.finished())
                .forEach(i -> open.add(new CarriedOver(i, earlier.get(sessionOfTopic.get(Long.parseLong(i.sourceRef))))));
        open.sort(java.util.Comparator.comparing((CarriedOver c) -> c.from().startsAt).reversed());
        return open;
    }

    /** The action items captured on the topics of these sessions, in one query. */
    private List<ActionItem> capturedIn(java.util.Collection<Long> sessionIds) {
        List<String> topics = LeanCoffeeTopic.getEntityManager().createQuery("select id from LeanCoffeeTopic where sessionId in :s", Long.class)
                .setParameter("s", sessionIds).getResultList().stream().map(String::valueOf).toList();
        return actions.fromSources(dev.signpost.actions.ActionSource.LEAN_COFFEE, topics);
    }

    /** An open action item from an earlier session. */
    public record CarriedOver(ActionItem item, LeanCoffeeSession from) {

        public java.time.LocalDate day() {
            return java.time.LocalDate.ofInstant(from.startsAt, ZoneOffset.UTC);
        }
    }

    /** The board's columns with vote totals as the viewer may see them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Board board(LeanCoffeeSession session) {
        return board(session, topics(session.id), votes(session.id));
    }

    /** The board from topics and dots already read. */
    public static Board board(LeanCoffeeSession session, List<LeanCoffeeTopic> topics, Map<Long, Integer> votes) {
        List<TopicSummary> summaries = new ArrayList<>();
        long order = 0;
        for (LeanCoffeeTopic topic : topics) {
            summaries.add(new TopicSummary(topic.id, topic.title, votes.getOrDefault(topic.id, 0), topic.state, order++));
        }
        return Board.order(summaries, VoteVisibility.of(session.hiddenVotes, session.phase));
    }

    private Map<String, Integer> dotsByVoter(long topicId) {
        Map<String, Integer> dots = new HashMap<>();
        LeanCoffeeVote.getEntityManager().createQuery("select voter, count(*) from LeanCoffeeVote where topicId = :t group by voter",
                Object[].class).setParameter("t", topicId).getResultList().forEach(r -> dots.put((String) r[0], ((Long) r[1]).intValue()));
        return dots;
    }

    private void setTimer(LeanCoffeeTopic topic, Timebox box) {
        topic.timerStartedAt = box.startedAt();
        topic.timerSeconds = (int) box.length().toSeconds();
        topic.timerRound = box.round();
    }

    /**
     * Makes the current user a participant of the session, once. The pages call this in a transaction of its own before
     * a change, so that two first requests of one person at once meet only at the primary key, outside the change's
     * transaction: the loser's insert fails alone and the participant exists either way.
     */
    public void join(long sessionId) {
        requireSignedIn();
        session(sessionId);
        String username = currentUser.username();
        if (participant(sessionId, username).isEmpty()) {
            LeanCoffeeParticipant participant = new LeanCoffeeParticipant();
            participant.sessionId = sessionId;
            participant.username = username;
            participant.dotsUsed = 0;
            participant.joinedAt = clock.instant();
            participant.persist();
        }
    }

    /** Within a change: the participant row, made now when {@link #join} was not called first. */
    private void ensureParticipant(long sessionId, String username) {
        if (participant(sessionId, username).isEmpty()) {
            LeanCoffeeParticipant participant = new LeanCoffeeParticipant();
            participant.sessionId = sessionId;
            participant.username = username;
            participant.dotsUsed = 0;
            participant.joinedAt = clock.instant();
            participant.persist();
            participant.flush();
        }
    }

    private Optional<LeanCoffeeParticipant> participant(long sessionId, String username) {
        return LeanCoffeeParticipant.findByIdOptional(new LeanCoffeeParticipant.Key(sessionId, username));
    }

    private LeanCoffeeSession session(long id) {
        database.requireReady();
        LeanCoffeeSession session = LeanCoffeeSession.findById(id);
        if (session == null) {
            throw new LeanCoffeeRejected(404, "There is no Lean Coffee session " + id + ".");
        }
        return session;
    }

    private static LeanCoffeeTopic topic(LeanCoffeeSession session, long topicId) {
        LeanCoffeeTopic topic = LeanCoffeeTopic.findById(topicId);
        if (topic == null || !topic.sessionId.equals(session.id) || topic.mergedInto != null) {
            throw new LeanCoffeeRejected(404, "There is no such topic in this session.");
        }
        return topic;
    }

    private void requireSignedIn() {
        if (!LeanCoffeeRules.canTakePart(currentUser.signedIn())) {
            throw new LeanCoffeeRejected(403, "Sign in to take part.");
        }
    }

    private void requireRunner(LeanCoffeeSession session) {
        if (!LeanCoffeeRules.canRun(currentUser.username(), currentUser.roles(), session.facilitator)) {
            throw new LeanCoffeeRejected(403, "Only the facilitator (" + session.facilitator + ") or an admin runs the session.");
        }
    }

    private static void refuse(int status, Optional<String> refusal) {
        refusal.ifPresent(message -> {
            throw new LeanCoffeeRejected(status, message);
        });
    }

    /**
     * Tells every open board of the session, on every instance, to refresh (after this transaction commits). The
     * session row itself is not touched, so that parallel votes do not contend for it.
     */
    private void changed(LeanCoffeeSession session) {
        bus.publish(channel(session.id), String.valueOf(clock.instant().toEpochMilli()));
    }
}
