package dev.signpost.notifications;

import java.time.Duration;
import java.time.Instant;

/**
 * The retry rule: after a failed attempt, the message waits {@code first * 2^(attempts-1)}, at most {@code longest},
 * with "equal jitter" (half the wait fixed, half random) so that instances retrying after one outage spread out; a
 * receiver's own Retry-After is a floor. A permanent failure, or the {@code maxAttempts}-th failure, makes it dead.
 * A message whose turn has not come ({@link Delivery.NotYet}) was not attempted: it waits, uncounted. Pure: the
 * random draw in [0, 1) is given.
 */
public record Retries(Duration first, Duration longest, int maxAttempts) {

    /**
     * What becomes of a message after an attempt: its status, attempts so far, next try and the error to keep (for a
     * sent message, the channel's note, if any).
     */
    public record Next(OutboxStatus status, int attempts, Instant nextAttemptAt, String error) {
    }

    public Retries {
        if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("retries need 0 < first <= longest and at least one attempt");
        }
    }

    /** The wait after the {@code attempts}-th failure (1 for the first), before jitter. */
    public Duration backoff(int attempts) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 30);
        Duration wait = first.multipliedBy(1L << doublings);
        return wait.compareTo(longest) > 0 || wait.isNegative() ? longest : wait;
    }

    /** The wait with jitter applied: between half of {@link #backoff} and all of it. */
    public Duration jittered(int attempts, double random) {
        long millis = backoff(attempts).toMillis();
        double r = Math.min(Math.max(random, 0), 1);
        return Duration.ofMillis(millis / 2 + Math.round(millis / 2.0 * r));
    }

    /** The state after an attempt number {@code attempts + 1} ended with {@code outcome} at {@code now}. */
    public Next after(int attempts, Delivery outcome, Instant now, double random) {
        if (outcome instanceof Delivery.NotYet notYet) {
            return new Next(attempts == 0 ? OutboxStatus.PENDING : OutboxStatus.FAILED, attempts, now.plus(notYet.delay()), null);
        }
        int tried = attempts + 1;
        if (outcome instanceof Delivery.Accepted accepted) {
            return new Next(OutboxStatus.SENT, tried, now, accepted.note().orElse(null));
        }
        if (outcome instanceof Delivery.PermanentFailure p) {
            return new Next(OutboxStatus.DEAD, tried, now, p.reason());
        }
        Delivery.RetryLater r = (Delivery.RetryLater) outcome;
        if (tried >= maxAttempts) {
            return new Next(OutboxStatus.DEAD, tried, now, r.reason() + " (gave up after " + tried + " attempts)");
        }
        Duration wait = jittered(tried, random);
        if (r.retryAfter().isPresent() && r.retryAfter().get().compareTo(wait) > 0) {
            wait = r.retryAfter().get().compareTo(longest) > 0 ? longest : r.retryAfter().get();
        }
        return new Next(OutboxStatus.FAILED, tried, now.plus(wait), r.reason());
    }
}
