package dev.signpost.notifications.follows;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One subject as a feature sees it now, for {@link Announcements}: its key, its state written as a short string the
 * feature reads back ({@code hold}, {@code at-risk|2027-Q3}), and when the content or measurement that shows it was
 * made (a commit's or file's time, a board's). Times count in milliseconds, as the database keeps them.
 */
public record Observed(String key, String state, Instant asOf) {

    /** How a new observation relates to the one recorded. */
    public enum Change {
        /** Nothing was recorded: record it, announce nothing. */
        FIRST,
        /** The same state. */
        SAME,
        /** Another state, seen in content or a measurement no older than what was recorded: announce it. */
        CHANGED,
        /** Another state, but in older content: an instance that has not caught up yet, which must not announce it back. */
        STALE
    }

    public Observed {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(state, "state");
        asOf = Objects.requireNonNull(asOf, "asOf").truncatedTo(ChronoUnit.MILLIS);
    }

    /** This observation against what was recorded ({@code recordedState} null when nothing was). */
    public Change against(String recordedState, Instant recordedAsOf) {
        if (recordedState == null) {
            return Change.FIRST;
        }
        if (recordedState.equals(state)) {
            return Change.SAME;
        }
        return asOf.isBefore(recordedAsOf) ? Change.STALE : Change.CHANGED;
    }
}
