package dev.signpost.notifications;

import dev.signpost.database.Database;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.net.InetAddress;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Sends what the outbox holds: claims due messages ({@link Claims}), hands each to its {@link Channel} in a
 * transaction of its own, and records the outcome by {@link Retries} (a message whose turn has not come only moves its
 * next try). A message is marked sent only in the transaction in which its channel accepted it, and only while this
 * instance still holds its claim, so a message is never sent twice. Runs every
 * {@code signpost.notifications.dispatch-every}.
 */
@ApplicationScoped
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class);
    private static final String RECORD = "update OutboxMessage m set m.status = :status, m.attempts = :attempts,"
            + " m.nextAttemptAt = :next, m.lastError = :error, m.sentAt = :sent, m.claimedBy = null, m.claimedUntil = null"
            + " where m.id = :id and m.claimedBy = :me and m.status in :open";
    /** A message whose turn has not come keeps its status, attempts and last error; only its next try moves. */
    private static final String POSTPONE = "update OutboxMessage m set m.nextAttemptAt = :next, m.claimedBy = null, m.claimedUntil = null"
            + " where m.id = :id and m.claimedBy = :me and m.status in :open";

    @Inject
    Claims claims;
    @Inject
    Instance<Channel> channels;
    @Inject
    EntityManager entityManager;
    @Inject
    Clock clock;
    @Inject
    NotificationsConfig config;
    @Inject
    Database database;

    private String instance;

    @PostConstruct
    void name() {
        String named = config.instance().filter(n -> !n.isBlank()).orElseGet(() -> host() + "-" + UUID.randomUUID().toString().substring(0, 8));
        instance = NewMessage.clip(named.strip(), NewMessage.RECIPIENT_LENGTH); // claimed_by has room for 100
    }

    @Scheduled(every = "${signpost.notifications.dispatch-every:5s}", identity = "notification-dispatch",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (database.problem().isEmpty()) {
            dispatch();
        }
    }

    /** Claims and sends the due messages once; returns how many were accepted by their channel. */
    public int dispatch() {
        return dispatchAs(instance);
    }

    /** {@link #dispatch()} under another instance name: tests play two instances with it. */
    int dispatchAs(String me) {
        int sent = 0;
        for (long id : claims.claim(me)) {
            try {
                sent += QuarkusTransaction.requiringNew().call(() -> attempt(id, me)) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.warnf("Notification %d could not be sent: %s", id, e.getMessage());
                QuarkusTransaction.requiringNew().run(() -> record(id, me, Delivery.retryLater("error: " + e.getMessage())));
            }
        }
        return sent;
    }

    private boolean attempt(long id, String me) {
        OutboxMessage message = entityManager.find(OutboxMessage.class, id);
        if (message == null || !me.equals(message.claimedBy)) {
            return false;
        }
        Delivery outcome = channels.stream().filter(c -> c.name().equals(message.channel)).findFirst()
                .map(channel -> channel.send(message.message()))
                .orElseGet(() -> Delivery.permanentFailure("no channel called '" + message.channel + "' in this instance"));
        if (!record(id, me, message.attempts, outcome)) {
            throw new IllegalStateException("the claim on notification " + id + " was lost while sending it");
        }
        return outcome instanceof Delivery.Accepted;
    }

    private void record(long id, String me, Delivery outcome) {
        OutboxMessage message = entityManager.find(OutboxMessage.class, id);
        if (message != null) {
            record(id, me, message.attempts, outcome);
        }
    }

    private boolean record(long id, String me, int attempts, Delivery outcome) {
        Retries retries = new Retries(config.firstRetry(), config.longestRetry(), config.maxAttempts());
        Retries.Next next = retries.after(attempts, outcome, clock.instant(), ThreadLocalRandom.current().nextDouble());
        if (outcome instanceof Delivery.NotYet) {
            return entityManager.createQuery(POSTPONE).setParameter("next", next.nextAttemptAt()).setParameter("id", id)
                    .setParameter("me", me).setParameter("open", Claims.OPEN).executeUpdate() == 1;
        }
        String error = next.error() == null ? null : NewMessage.clip(next.error(), OutboxMessage.ERROR_LENGTH);
        return entityManager.createQuery(RECORD).setParameter("status", next.status()).setParameter("attempts", next.attempts())
                .setParameter("next", next.nextAttemptAt()).setParameter("error", error)
                .setParameter("sent", next.status() == OutboxStatus.SENT ? next.nextAttemptAt() : null)
                .setParameter("id", id).setParameter("me", me).setParameter("open", Claims.OPEN).executeUpdate() == 1;
    }

    /** This instance's name in claims. */
    public String instance() {
        return instance;
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "signpost";
        }
    }
}
