package dev.signpost.notifications;

import java.time.Duration;
import java.util.Optional;

/** What a {@link Channel} made of one attempt: accepted, worth another try later, or never going to work. */
public sealed interface Delivery {

    record Accepted() implements Delivery {
    }

    /** A passing failure; {@code retryAfter} is the receiver's own wish (such as HTTP Retry-After), if it said one. */
    record RetryLater(String reason, Optional<Duration> retryAfter) implements Delivery {
    }

    record PermanentFailure(String reason) implements Delivery {
    }

    static Delivery accepted() {
        return new Accepted();
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
