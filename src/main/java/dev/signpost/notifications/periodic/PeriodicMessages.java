package dev.signpost.notifications.periodic;

import dev.signpost.notifications.Outbox;
import dev.signpost.notifications.Slots;
import java.time.LocalDate;

/**
 * Messages made on a schedule rather than by a change (a daily reminder, a daily or weekly digest): a feature
 * implements it as a CDI bean, usually writing through {@link PerPersonMessages}, and {@link PeriodicJobs} runs it every few
 * minutes for its latest {@link Slots slot}, in a transaction of its own. A run must be idempotent: each message's key names the slot's day, so the outbox stores it
 * once however many runs and instances there are.
 */
public interface PeriodicMessages {

    /** How often a job's messages go: after each daily slot, or after the weekly one. */
    enum Every { DAY, WEEK }

    /** Daily, unless the job says weekly. */
    default Every every() {
        return Every.DAY;
    }

    /**
     * Queues the messages of the slot of {@code day} through the {@link Outbox} (the caller's transaction is open).
     *
     * @param day   the day of the latest slot that has begun (the weekly slot's day for {@link Every#WEEK})
     * @param slots when slots begin, for windows such as "the 24 hours before this slot"
     */
    void queue(LocalDate day, Slots slots);
}
