package dev.signpost.leancoffee.rules;

import java.util.OptionalInt;

/**
 * What participants see of the dots. Who placed which dot is never shown: each person sees only their own dots. The
 * totals per topic are shown, except in a session with hidden voting until voting has ended: then nobody, the
 * facilitator included, sees them, so early totals cannot steer the rest of the vote.
 *
 * <p>Hidden totals stay hidden while collecting, too: a session can go back from voting to collecting with dots
 * already placed, and showing them there would let anyone read the running totals by stepping back.
 */
public record VoteVisibility(boolean showTotals) {

    public static VoteVisibility of(boolean hidden, Phase phase) {
        boolean votingNotOver = phase == Phase.COLLECTING || phase == Phase.VOTING;
        return new VoteVisibility(!(hidden && votingNotOver));
    }

    /** The total to show for a topic with {@code votes} dots, or empty when totals are hidden. */
    public OptionalInt total(int votes) {
        return showTotals ? OptionalInt.of(votes) : OptionalInt.empty();
    }
}
