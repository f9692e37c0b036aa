package dev.signpost.leancoffee;

import dev.signpost.leancoffee.rules.Thumb;
import dev.signpost.leancoffee.rules.ThumbsTally;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The thumbs of one round of a topic's discussion, one per participant: giving another replaces the first, so a
 * participant can change their mind until the facilitator decides.
 */
public record Thumbs(int round, Map<String, Thumb> byParticipant) {

    public Thumbs {
        if (round < 1) {
            throw new IllegalArgumentException("Rounds count from 1, not " + round);
        }
        byParticipant = Map.copyOf(byParticipant);
    }

    public static Thumbs none(int round) {
        return new Thumbs(round, Map.of());
    }

    /** These thumbs with {@code participant}'s replaced by (or set to) {@code thumb}. */
    public Thumbs with(String participant, Thumb thumb) {
        Map<String, Thumb> changed = new LinkedHashMap<>(byParticipant);
        changed.put(participant, thumb);
        return new Thumbs(round, changed);
    }

    public ThumbsTally tally() {
        return ThumbsTally.of(byParticipant.values());
    }
}
