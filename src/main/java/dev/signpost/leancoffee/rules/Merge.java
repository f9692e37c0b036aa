package dev.signpost.leancoffee.rules;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Merging a duplicate topic into another: every dot on the merged topic moves to the kept one, and the merged topic
 * stays behind with none, marked as merged away.
 *
 * <p>Moving dots between topics does not change how many a participant has placed, which is already at most the
 * session's limit N; so no participant can end up over N. A participant may hold at most N dots on one topic, and a
 * merge that would put more than that on the kept topic gives the excess back, free to be placed elsewhere. With
 * consistent counts this happens only when the limit was lowered after the dots were placed.
 */
public final class Merge {

    private Merge() {
    }

    /**
     * Why topic {@code mergedId} cannot be merged into {@code keptId}, or empty when it can: only while collecting or
     * voting, never into itself, and neither topic may already be merged away.
     */
    public static Optional<String> refusal(Phase phase, long keptId, boolean keptIsMergedAway, long mergedId,
            boolean mergedIsMergedAway) {
        if (phase != Phase.COLLECTING && phase != Phase.VOTING) {
            return Optional.of("Topics can be merged only while collecting topics or voting.");
        }
        if (keptId == mergedId) {
            return Optional.of("A topic cannot be merged into itself; choose the duplicate to keep.");
        }
        if (keptIsMergedAway) {
            return Optional.of("The topic to keep was itself merged into another; merge into that one instead.");
        }
        if (mergedIsMergedAway) {
            return Optional.of("That topic was already merged into another.");
        }
        return Optional.empty();
    }

    /**
     * The dots after the merge.
     *
     * @param dotsOnKept     each participant's dots on the kept topic
     * @param dotsOnMerged   each participant's dots on the topic merged away
     * @param usedBySession  each participant's dots across the whole session (both topics included)
     * @param limit          the session's dots per participant
     * @throws IllegalArgumentException when a count is negative or a participant has more dots on the two topics than
     *                                  in the whole session: the counts were not read together
     */
    public static MergeResult of(Map<String, Integer> dotsOnKept, Map<String, Integer> dotsOnMerged,
            Map<String, Integer> usedBySession, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("The limit must be at least 1, not " + limit);
        }
        Set<String> participants = new HashSet<>(dotsOnKept.keySet());
        participants.addAll(dotsOnMerged.keySet());
        Map<String, Integer> keptAfter = new HashMap<>();
        Map<String, Integer> returned = new HashMap<>();
        for (String participant : participants) {
            int kept = count(dotsOnKept, participant);
            int merged = count(dotsOnMerged, participant);
            int used = count(usedBySession, participant);
            if (kept + merged > used) {
                throw new IllegalArgumentException(participant + " has " + (kept + merged) + " dots on the two topics but "
                        + used + " in the session");
            }
            int onKept = Math.min(kept + merged, limit);
            if (onKept > 0) {
                keptAfter.put(participant, onKept);
            }
            if (kept + merged > onKept) {
                returned.put(participant, kept + merged - onKept);
            }
        }
        return new MergeResult(keptAfter, returned);
    }

    private static int count(Map<String, Integer> dots, String participant) {
        Integer n = dots.get(participant);
        if (n == null) {
            return 0;
        }
        if (n < 0) {
            throw new IllegalArgumentException(participant + " has a negative count of dots: " + n);
        }
        return n;
    }
}
