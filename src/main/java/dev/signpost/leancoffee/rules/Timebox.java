package dev.signpost.leancoffee.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A topic's time to talk: round 1 is the session's timebox; when it runs out, participants give thumbs and the
 * facilitator either moves on or extends, which starts the next round now.
 */
public record Timebox(Instant startedAt, Duration length, int round) {

    /** The longest box, the first or an extension. */
    public static final Duration MAX_LENGTH = Duration.ofMinutes(60);

    public Timebox {
        Objects.requireNonNull(startedAt, "startedAt");
        if (length.isNegative() || length.isZero() || length.compareTo(MAX_LENGTH) > 0) {
            throw new IllegalArgumentException("A timebox lasts more than nothing and at most 60 minutes, not " + length);
        }
        if (round < 1) {
            throw new IllegalArgumentException("Rounds count from 1, not " + round);
        }
    }

    /** Round 1, starting {@code now}. */
    public static Timebox start(Instant now, Duration length) {
        return new Timebox(now, length, 1);
    }

    public Instant endsAt() {
        return startedAt.plus(length);
    }

    /** The time left at {@code now}; zero once the box has run out. */
    public Duration remaining(Instant now) {
        Duration left = Duration.between(now, endsAt());
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Whether the box has run out at {@code now}: from {@link #endsAt()} on. */
    public boolean expired(Instant now) {
        return !now.isBefore(endsAt());
    }

    /** The next round, starting {@code now}, half as long as this one: rounded up to a whole minute, at least 1 minute. */
    public Timebox extendBy(Instant now) {
        return extendBy(now, half(length));
    }

    /** The next round, starting {@code now}, lasting {@code extension}. */
    public Timebox extendBy(Instant now, Duration extension) {
        return new Timebox(now, extension, round + 1);
    }

    static Duration half(Duration length) {
        Duration half = length.dividedBy(2);
        long minutes = half.toMinutes();
        if (half.compareTo(Duration.ofMinutes(minutes)) > 0) {
            minutes++;
        }
        return Duration.ofMinutes(Math.max(1, minutes));
    }

    /** A duration as a person reads a countdown: {@code 4:05}. */
    public static String minutesAndSeconds(Duration d) {
        long seconds = d.toSeconds() + (d.toNanosPart() > 0 ? 1 : 0);
        return seconds / 60 + ":" + String.format(java.util.Locale.ROOT, "%02d", seconds % 60);
    }
}
