package dev.signpost.lb;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What PostgreSQL holds against what the load was answered: a feedback item answered as sent is stored exactly once,
 * one refused (503, 4xx) not at all, one without an answer at most once; the dots on each topic are the answered votes
 * less the answered take-backs (give or take the unanswered ones); each participant's dot counter equals their dots.
 */
final class Ledger {

    private static final Pattern DOT = Pattern.compile("/topics/(\\d+)/(vote|unvote)$");

    /** The writes of the outcomes checked, and every way the database disagreed with them. */
    record Check(int acknowledged, int acknowledgedStored, int unknown, int unknownStored, int refused, List<String> violations) {
    }

    private final String jdbcUrl;
    private final String markerPrefix;
    private final Collection<Long> sessions;

    Ledger(String jdbcUrl, String markerPrefix, Collection<Long> sessions) {
        this.jdbcUrl = jdbcUrl;
        this.markerPrefix = markerPrefix;
        this.sessions = sessions;
    }

    Check check(List<Outcome> outcomes) throws Exception {
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            Map<String, Integer> feedback = feedbackByTitle(db);
            Map<Long, Integer> dots = dots(db);
            List<String> violations = new ArrayList<>();
            int acknowledged = 0;
            int acknowledgedStored = 0;
            int unknown = 0;
            int unknownStored = 0;
            int refused = 0;
            Map<Long, List<Outcome>> dotWrites = new HashMap<>();
            for (Outcome o : outcomes) {
                if (!o.kind().write()) {
                    continue;
                }
                int stored;
                if (o.marker() != null) {
                    stored = feedback.getOrDefault(o.marker(), 0);
                } else {
                    Matcher dot = DOT.matcher(o.path());
                    if (!dot.find()) {
                        throw new IllegalStateException("a write without a marker: " + o.describe());
                    }
                    dotWrites.computeIfAbsent(Long.parseLong(dot.group(1)), t -> new ArrayList<>()).add(o);
                    continue;
                }
                if (o.ok()) {
                    acknowledged++;
                    acknowledgedStored += stored == 1 ? 1 : 0;
                    if (stored != 1) {
                        violations.add("answered " + o.status() + " but stored " + stored + " times: " + o.describe());
                    }
                } else if (o.refused()) {
                    refused++;
                    if (stored != 0) {
                        violations.add("refused with " + o.status() + " but stored " + stored + " times: " + o.describe());
                    }
                } else {
                    unknown++;
                    unknownStored += stored;
                    if (stored > 1) {
                        violations.add("no answer, and stored " + stored + " times: " + o.describe());
                    }
                }
            }
            for (Map.Entry<Long, List<Outcome>> entry : dotWrites.entrySet()) {
                // the dots on a topic: every answered vote adds one and every answered take-back removes one; an
                // unanswered one may have done either; a refused one did nothing
                int placed = 0;
                int takenBack = 0;
                int unansweredVotes = 0;
                int unansweredTakeBacks = 0;
                for (Outcome o : entry.getValue()) {
                    boolean vote = o.kind() == Outcome.Kind.VOTE;
                    if (o.ok()) {
                        acknowledged++;
                        placed += vote ? 1 : 0;
                        takenBack += vote ? 0 : 1;
                    } else if (o.refused()) {
                        refused++;
                    } else {
                        unknown++;
                        unansweredVotes += vote ? 1 : 0;
                        unansweredTakeBacks += vote ? 0 : 1;
                    }
                }
                int stored = dots.getOrDefault(entry.getKey(), 0);
                int least = placed - takenBack - unansweredTakeBacks;
                int most = placed - takenBack + unansweredVotes;
                int off = stored < least ? least - stored : stored > most ? stored - most : 0;
                acknowledgedStored += Math.max(0, placed + takenBack - off);
                unknownStored += Math.max(0, Math.min(unansweredVotes, stored - (placed - takenBack)));
                if (off > 0) {
                    violations.add(stored + " dots on topic " + entry.getKey() + ", expected " + (least == most ? least : least + ".." + most)
                            + " from " + placed + " answered votes, " + takenBack + " answered take-backs, " + unansweredVotes
                            + " and " + unansweredTakeBacks + " unanswered");
                }
            }
            for (Long topic : dots.keySet()) {
                if (!dotWrites.containsKey(topic)) {
                    violations.add(dots.get(topic) + " dots on topic " + topic + ", which the load never voted on");
                }
            }
            violations.addAll(counterMismatches(db));
            return new Check(acknowledged, acknowledgedStored, unknown, unknownStored, refused, violations);
        }
    }

    private Map<String, Integer> feedbackByTitle(Connection db) throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        try (PreparedStatement query = db.prepareStatement("select title, count(*) from feedback_item where title like ? group by title")) {
            query.setString(1, markerPrefix + "-%");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getInt(2));
                }
            }
        }
        return counts;
    }

    private Map<Long, Integer> dots(Connection db) throws Exception {
        Map<Long, Integer> counts = new HashMap<>();
        try (PreparedStatement query = db.prepareStatement("select topic_id, count(*) from lean_coffee_vote where session_id = any(?) group by topic_id")) {
            query.setArray(1, sessionArray(db));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getLong(1), rows.getInt(2));
                }
            }
        }
        return counts;
    }

    private List<String> counterMismatches(Connection db) throws Exception {
        List<String> mismatches = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("select p.session_id, p.username, p.dots_used, (select count(*) from lean_coffee_vote v"
                + " where v.session_id = p.session_id and v.voter = p.username) from lean_coffee_participant p where p.session_id = any(?)")) {
            query.setArray(1, sessionArray(db));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    if (rows.getInt(3) != rows.getInt(4)) {
                        mismatches.add("session " + rows.getLong(1) + ": " + rows.getString(2) + "'s counter says " + rows.getInt(3)
                                + " dots, the votes are " + rows.getInt(4));
                    }
                }
            }
        }
        return mismatches;
    }

    private Array sessionArray(Connection db) throws Exception {
        return db.createArrayOf("bigint", sessions.toArray());
    }
}
