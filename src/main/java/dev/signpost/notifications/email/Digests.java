package dev.signpost.notifications.email;

import dev.signpost.database.Database;
import dev.signpost.notifications.Cadence;
import dev.signpost.notifications.Kind;
import dev.signpost.notifications.NewMessage;
import dev.signpost.notifications.NotificationsConfig;
import dev.signpost.notifications.Outbox;
import dev.signpost.notifications.OutboxMessage;
import dev.signpost.notifications.OutboxStatus;
import dev.signpost.notifications.Preferences;
import dev.signpost.notifications.Slots;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Makes the daily digests: for the latest daily slot ({@link Slots}), each person with emails held for the digest from
 * before the slot began gets one email gathering them ({@link Digest}), and those emails become digested, both in one
 * transaction per person. The digest's key names the person and the day, and the held emails are taken by an update
 * that only matches them while still held, so two instances making digests at once make one each per person and day:
 * the other's transaction finds the emails taken (or the key used) and rolls back. Emails held after the slot began
 * wait for the next day's; held emails of a kind the person has turned off since are dropped. Runs every
 * {@code signpost.notifications.email.digest-every}.
 */
@ApplicationScoped
public class Digests {

    private static final Logger LOG = Logger.getLogger(Digests.class);
    private static final String RECIPIENTS = "select distinct m.recipient from OutboxMessage m"
            + " where m.channel = :email and m.status = :held and m.createdAt < :start";

    @Inject
    Outbox outbox;
    @Inject
    Preferences preferences;
    @Inject
    EntityManager entityManager;
    @Inject
    Clock clock;
    @Inject
    NotificationsConfig config;
    @Inject
    PortalAddress portal;
    @Inject
    Database database;

    @Scheduled(every = "${signpost.notifications.email.digest-every:5m}", identity = "notification-digests",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (database.problem().isEmpty()) {
            run();
        }
    }

    /** Queues the digests that are due now; returns how many this run queued. */
    public int run() {
        Slots slots = new Slots(clock.getZone(), config.dailyAt(), config.weeklyOn());
        LocalDate day = slots.latestDay(clock.instant());
        Instant start = slots.start(day);
        List<String> recipients = QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(RECIPIENTS, String.class)
                .setParameter("email", Outbox.EMAIL).setParameter("held", OutboxStatus.HELD).setParameter("start", start).getResultList());
        int queued = 0;
        for (String recipient : recipients) {
            try {
                queued += QuarkusTransaction.requiringNew().call(() -> digest(recipient, day, start)) ? 1 : 0;
            } catch (RuntimeException e) {
                if (isTakenElsewhere(e)) {
                    LOG.debugf("The %s digest of %s was made by another run: %s", day, recipient, e.getMessage());
                } else {
                    LOG.warnf("The %s digest of %s could not be made: %s", day, recipient, e.getMessage());
                }
            }
        }
        return queued;
    }

    private boolean digest(String recipient, LocalDate day, Instant start) {
        List<OutboxMessage> held = OutboxMessage.list("channel = ?1 and status = ?2 and recipient = ?3 and createdAt < ?4 order by createdAt, id",
                Outbox.EMAIL, OutboxStatus.HELD, recipient, start);
        if (held.isEmpty()) {
            return false;
        }
        List<Long> ids = held.stream().map(m -> m.id).toList();
        int taken = OutboxMessage.update("status = ?1 where id in ?2 and status = ?3", OutboxStatus.DIGESTED, ids, OutboxStatus.HELD);
        if (taken != ids.size()) {
            throw new TakenElsewhere(taken + " of " + ids.size() + " held emails were still held");
        }
        Map<Boolean, List<OutboxMessage>> wanted = held.stream().collect(Collectors.partitioningBy(m -> stillWanted(recipient, m.kind)));
        if (!wanted.get(false).isEmpty()) {
            // the person turned these kinds off since (an unsubscribe link, their preferences): they are not sent
            OutboxMessage.delete("id in ?1", wanted.get(false).stream().map(m -> m.id).toList());
        }
        if (wanted.get(true).isEmpty()) {
            return false;
        }
        Digest digest = Digest.of(wanted.get(true).stream().map(m -> new Digest.Item(m.title, m.body, m.link)).toList(), portal::absolute);
        NewMessage message = new NewMessage(Kind.DIGEST.code(), recipient, digest.title(), digest.body(), Digest.INBOX,
                "digest:" + recipient + ":" + day);
        if (!outbox.queueEmail(message)) {
            // emails that were still uncommitted when today's digest was made: they go in tomorrow's
            throw new TakenElsewhere("the digest of " + day + " was made already");
        }
        return true;
    }

    private boolean stillWanted(String recipient, String kind) {
        return Kind.of(kind).map(k -> preferences.cadence(recipient, k) != Cadence.OFF).orElse(true);
    }

    /** Another run took the emails first: a conflict the database reported, or one this run found. */
    static boolean isTakenElsewhere(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TakenElsewhere) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                // 23: integrity (the unique key), 40: serialization or deadlock; H2's lock timeout and concurrent update
                if (state.startsWith("23") || state.startsWith("40") || state.equals("HYT00") || state.equals("90131")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final class TakenElsewhere extends RuntimeException {
        TakenElsewhere(String message) {
            super(message, null, false, false);
        }
    }
}
