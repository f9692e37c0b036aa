package dev.signpost.notifications;

import dev.signpost.database.Database;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Keeps the outbox small: delivery records of messages sent (or sent in a digest) longer ago than
 * {@code signpost.notifications.keep-sent} are deleted, hourly, by whichever instance runs first (deleting twice is
 * harmless). Unsent, failed and dead messages are never pruned; people's own notifications are another table and stay.
 */
@ApplicationScoped
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class);
    static final List<OutboxStatus> DONE = List.of(OutboxStatus.SENT, OutboxStatus.DIGESTED);

    @Inject
    NotificationsConfig config;
    @Inject
    Clock clock;
    @Inject
    Database database;

    @Scheduled(cron = "${signpost.notifications.prune-at:0 17 * * * ?}", identity = "notification-prune",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (database.problem().isEmpty()) {
            long pruned = prune();
            if (pruned > 0) {
                LOG.infof("Pruned %d sent notification record(s) older than %s", pruned, config.keepSent());
            }
        }
    }

    /** Deletes the sent records older than the retention; returns how many. */
    @Transactional
    public long prune() {
        Instant before = clock.instant().minus(config.keepSent());
        return OutboxMessage.delete("status in ?1 and (sentAt < ?2 or (sentAt is null and createdAt < ?2))", DONE, before);
    }
}
