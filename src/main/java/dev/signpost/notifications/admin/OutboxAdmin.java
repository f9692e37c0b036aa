package dev.signpost.notifications.admin;

import dev.signpost.notifications.OutboxMessage;
import dev.signpost.notifications.OutboxStatus;
import dev.signpost.notifications.inbox.Notification;
import dev.signpost.audit.AuditLog;
import dev.signpost.database.Database;
import dev.signpost.web.Refusal;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * What an admin does with the outbox: lists the messages not sent (pending, failed, dead) with their attempts and
 * last error, sends one again from the start, or discards it. Both changes are audited. The resource checks the role.
 */
@ApplicationScoped
@Transactional
public class OutboxAdmin {

    static final int PAGE_SIZE = 50;

    @Inject
    Database database;
    @Inject
    Clock clock;
    @Inject
    AuditLog audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public OutboxPage page(Optional<OutboxStatus> status, int page) {
        database.requireReady();
        List<OutboxStatus> wanted = status.map(List::of).orElse(OutboxStatus.unsent());
        var query = OutboxMessage.find("status in ?1", Sort.descending("createdAt").and("id", Sort.Direction.Descending), wanted);
        long total = query.count();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page, 1), pages);
        return new OutboxPage(query.page(current - 1, PAGE_SIZE).list(), status, total, current, PAGE_SIZE);
    }

    /** Puts a failed or dead message back to pending, due now, with its attempts counted from zero again. */
    public OutboxMessage retry(long id) {
        OutboxMessage message = unsent(id);
        String was = message.status.code();
        message.status = OutboxStatus.PENDING;
        message.attempts = 0;
        message.nextAttemptAt = clock.instant();
        message.claimedBy = null;
        message.claimedUntil = null;
        audit.record("notification.retry", "notification", String.valueOf(id), describe(message) + " (was " + was + ")");
        return message;
    }

    /** Deletes a message that was not sent; it will not be sent. */
    public void discard(long id) {
        OutboxMessage message = unsent(id);
        audit.record("notification.discard", "notification", String.valueOf(id), describe(message) + " (was " + message.status.code() + ")");
        message.delete();
    }

    private OutboxMessage unsent(long id) {
        database.requireReady();
        OutboxMessage message = OutboxMessage.findById(id);
        if (message == null || message.status == OutboxStatus.SENT) {
            throw new Refusal(404, "There is no unsent notification " + id + "; it may have been sent or discarded meanwhile.");
        }
        if (message.claimedUntil != null && message.claimedUntil.isAfter(clock.instant())) {
            throw new Refusal(409, "Notification " + id + " is being sent right now; look again in a moment.");
        }
        return message;
    }

    private static String describe(OutboxMessage message) {
        return message.kind + " to " + message.recipient + " by " + message.channel + ": " + message.title;
    }
}
