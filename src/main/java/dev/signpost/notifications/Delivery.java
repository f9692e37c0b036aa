package dev.signpost.notifications;

import java.time.Duration;
import java.util.Optional;

/**
 * What a {@link Channel} made of one attempt: accepted, worth another try later, never going to work, or not tried
 * at all because the receiver's turn has not come yet (a rate limit the channel keeps itself).
 */
public sealed interface Delivery {

    /** Delivered; {@code note} says something worth keeping about how (such as "kept, not sent"), if anything. */
    record Accepted(Optional<String> note) implements Delivery {
    }

    /** A passing failure; {@code retryAfter} is the receiver's own wish (such as HTTP Retry-After), if it said one. */
    record RetryLater(String reason, Optional<Duration> retryAfter) implements Delivery {
    }

    record PermanentFailure(String reason) implements Delivery {
    }

    /**
     * Not attempted: the message waits {@code delay} for its turn (a rate limit). It is no failure: the attempts are
     * not counted and no error is kept.
     */
    record NotYet(Duration delay) implements Delivery {
        public NotYet {
            if (delay == null || delay.isNegative()) {
                throw new IllegalArgumentException("a message waits zero or more, not " + delay);
            }
        }
    }

    static Delivery accepted() {
        return new Accepted(Optional.empty());
    }

    static Delivery accepted(String note) {
        return new Accepted(Optional.of(note));
    }

    static Delivery notYet(Duration delay) {
        return new NotYet(delay);
    }

    static Delivery retryLater(String reason) {
        return new RetryLater(reason, Optional.empty());
    }

    static Delivery retryAfter(String reason, Duration after) {
        return new RetryLater(reason, Optional.of(after));
    }

    static Delivery permanentFailure(String reason) {
        return new PermanentFailure(reason);
    }
}
