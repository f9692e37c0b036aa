package dev.signpost.leancoffee;

import dev.signpost.leancoffee.rules.Board;
import dev.signpost.leancoffee.rules.TopicSummary;
import dev.signpost.leancoffee.rules.VoteVisibility;
import dev.signpost.actions.ActionItem;
import dev.signpost.actions.ActionQueries;
import dev.signpost.actions.ActionSource;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a board is read from: a session's topics, dots, thumbs, attendees and captured action items, each in one query. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BoardQueries {

    @Inject
    ActionQueries queries;

    /** A session's topics that were not merged away, oldest first. */
    public List<LeanCoffeeTopic> topics(long sessionId) {
        return LeanCoffeeTopic.list("sessionId = ?1 and mergedInto is null", Sort.ascending("createdAt").and("id"), sessionId);
    }

    /** Dots per topic. */
    public Map<Long, Integer> votes(long sessionId) {
        return counts("select topicId, count(*) from LeanCoffeeVote where sessionId = :s group by topicId", Map.of("s", sessionId));
    }

    /** A person's dots per topic. */
    public Map<Long, Integer> votesOf(long sessionId, String voter) {
        return counts("select topicId, count(*) from LeanCoffeeVote where sessionId = :s and voter = :v group by topicId",
                Map.of("s", sessionId, "v", voter));
    }

    /** Everyone who took part: proposed a topic, placed a dot or gave a thumb. */
    public List<String> attendees(long sessionId) {
        return LeanCoffeeParticipant.getEntityManager().createQuery("select username from LeanCoffeeParticipant where sessionId = :s "
                + "order by joinedAt, username", String.class).setParameter("s", sessionId).getResultList();
    }

    /** Thumbs of every topic of a session: topic → round → thumbs, in one query. */
    public Map<Long, Map<Integer, List<LeanCoffeeThumb>>> thumbsOf(long sessionId) {
        Map<Long, Map<Integer, List<LeanCoffeeThumb>>> byTopic = new HashMap<>();
        LeanCoffeeThumb.<LeanCoffeeThumb>list("topicId in (select t.id from LeanCoffeeTopic t where t.sessionId = ?1)",
                Sort.ascending("round").and("voter"), sessionId)
                .forEach(t -> byTopic.computeIfAbsent(t.topicId, k -> new LinkedHashMap<>()).computeIfAbsent(t.round, r -> new ArrayList<>()).add(t));
        return byTopic;
    }

    /** Each voter's dots on one topic. */
    public Map<String, Integer> dotsByVoter(long topicId) {
        Map<String, Integer> dots = new HashMap<>();
        LeanCoffeeVote.getEntityManager().createQuery("select voter, count(*) from LeanCoffeeVote where topicId = :t group by voter",
                Object[].class).setParameter("t", topicId).getResultList().forEach(r -> dots.put((String) r[0], ((Long) r[1]).intValue()));
        return dots;
    }

    /** Action items captured in a session, by topic. */
    public Map<Long, List<ActionItem>> actionsOf(long sessionId) {
        Map<Long, List<ActionItem>> byTopic = new LinkedHashMap<>();
        for (ActionItem item : capturedIn(List.of(sessionId))) {
            byTopic.computeIfAbsent(Long.parseLong(item.sourceRef), t -> new ArrayList<>()).add(item);
        }
        return byTopic;
    }

    /** The open action items from the SIG's earlier sessions, the latest session first. */
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
        open.sort(Comparator.comparing((CarriedOver c) -> c.from().startsAt).reversed());
        return open;
    }

    /** The board's columns with vote totals as the viewer may see them. */
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

    /** The action items captured on the topics of these sessions, in one query. */
    private List<ActionItem> capturedIn(Collection<Long> sessionIds) {
        List<String> topics = LeanCoffeeTopic.getEntityManager().createQuery("select id from LeanCoffeeTopic where sessionId in :s", Long.class)
                .setParameter("s", sessionIds).getResultList().stream().map(String::valueOf).toList();
        return queries.fromSources(ActionSource.LEAN_COFFEE, topics);
    }

    private static Map<Long, Integer> counts(String query, Map<String, Object> parameters) {
        Map<Long, Integer> counts = new HashMap<>();
        var q = LeanCoffeeVote.getEntityManager().createQuery(query, Object[].class);
        parameters.forEach(q::setParameter);
        q.getResultList().forEach(r -> counts.put((Long) r[0], ((Long) r[1]).intValue()));
        return counts;
    }
}
