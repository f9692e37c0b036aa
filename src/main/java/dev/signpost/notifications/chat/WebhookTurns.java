package dev.signpost.notifications.chat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Turns at a webhook, one per interval across all instances: taking one is a single conditional UPDATE of the
 * webhook's {@link WebhookPace} row (only while its time has come), committed at once in a transaction of its own, so
 * two instances never both get the same turn and neither waits for the other's post. A turn further ahead than an
 * interval and {@link #STALE} (another instance's clock far ahead, or a clock put back) counts as free.
 */
@ApplicationScoped
public class WebhookTurns {

    static final Duration STALE = Duration.ofMinutes(1);
    /** The least a message waits for a turn, so a race for the same instant does not spin. */
    static final Duration LEAST_WAIT = Duration.ofMillis(10);
    private static final String TAKE = "update WebhookPace p set p.nextSendAt = :next"
            + " where p.hook = :hook and (p.nextSendAt <= :now or p.nextSendAt > :stale)";

    @Inject
    EntityManager entityManager;
    @Inject
    Clock clock;

    /** Takes the webhook's turn now if it has come; otherwise answers how long until it comes. */
    public Optional<Duration> take(String hook, Duration interval) {
        Instant now = clock.instant();
        Instant next = now.plus(interval);
        Instant stale = next.plus(STALE);
        int taken = QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(TAKE).setParameter("next", next)
                .setParameter("hook", hook).setParameter("now", now).setParameter("stale", stale).executeUpdate());
        if (taken == 1) {
            return Optional.empty();
        }
        Optional<Instant> due = due(hook);
        if (due.isEmpty()) {
            if (first(hook, next)) {
                return Optional.empty();
            }
            due = due(hook); // another instance created it meanwhile
        }
        Duration wait = due.map(at -> Duration.between(now, at)).orElse(interval);
        return Optional.of(wait.compareTo(LEAST_WAIT) < 0 ? LEAST_WAIT : wait);
    }

    /** The interval between two posts at {@code perSecond} messages a second. */
    static Duration interval(double perSecond) {
        return Duration.ofNanos(Math.max(1, Math.round(1_000_000_000d / perSecond)));
    }

    private Optional<Instant> due(String hook) {
        return QuarkusTransaction.requiringNew().call(() -> Optional.ofNullable(entityManager.find(WebhookPace.class, hook))
                .map(pace -> pace.nextSendAt));
    }

    /** The webhook's first turn ever: its row is created, unless another instance just did. */
    private boolean first(String hook, Instant next) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                WebhookPace pace = new WebhookPace();
                pace.hook = hook;
                pace.nextSendAt = next;
                entityManager.persist(pace);
                entityManager.flush();
            });
            return true;
        } catch (PersistenceException | QuarkusTransactionException e) {
            return false;
        }
    }
}
