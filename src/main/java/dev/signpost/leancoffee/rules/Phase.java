package dev.signpost.leancoffee.rules;

import dev.signpost.web.Coded;

import java.util.Optional;
import java.util.Set;

/**
 * Where a session is: collecting topics, voting on them, discussing them, closed. A session moves forward one step at
 * a time; the only step back is from voting to collecting, so that late topics can still come in.
 */
public enum Phase implements Coded {

    COLLECTING("Collecting topics"), VOTING("Voting"), DISCUSSING("Discussing"), CLOSED("Closed");

    private final String label;

    Phase(String label) {
        this.label = label;
    }


    public String label() {
        return label;
    }

    /** The phase after this one; empty for {@link #CLOSED}. */
    public Optional<Phase> next() {
        return this == CLOSED ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }

    /** Every phase this one may move to: the next one, and collecting again from voting. */
    public Set<Phase> moves() {
        return switch (this) {
            case COLLECTING -> Set.of(VOTING);
            case VOTING -> Set.of(DISCUSSING, COLLECTING);
            case DISCUSSING -> Set.of(CLOSED);
            case CLOSED -> Set.of();
        };
    }

    public static Optional<Phase> of(String code) {
        return Coded.of(Phase.class, code);
    }
}
