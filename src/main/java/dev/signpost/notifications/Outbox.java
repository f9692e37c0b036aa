package dev.signpost.notifications;

import dev.signpost.people.Directory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Where features put the messages a change causes. Writing requires the caller's transaction
 * ({@link Transactional.TxType#MANDATORY}): the messages commit with the change or not at all, and the
 * {@link Dispatcher} sends them afterwards. Every message goes to the portal channel for now.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Outbox {

    /** The channels a message is queued on; email and chat come later. */
    static final List<String> CHANNELS = List.of(PortalChannel.NAME);

    @Inject
    Clock clock;
    @Inject
    Directory directory;

    /**
     * Queues the message for everyone its recipient stands for (a person, or each member of a team), except the
     * person who made the change. Returns the user names it was queued for.
     */
    public List<String> notifyOwner(NewMessage message, String changedBy) {
        List<String> people = Recipients.of(message.recipient(), directory.names(), changedBy);
        people.forEach(person -> queue(message.to(person)));
        return people;
    }

    /** Queues one message for one person on every channel, unless the same cause queued it already. */
    public void queue(NewMessage message) {
        CHANNELS.forEach(channel -> queueOn(message, channel));
    }

    /** Queues one message on one channel, unless the same cause queued it there already. */
    void queueOn(NewMessage message, String channel) {
        Instant now = clock.instant();
        String key = message.keyOn(channel);
        if (OutboxMessage.byKey(key).isEmpty()) {
            OutboxMessage row = new OutboxMessage();
            row.kind = message.kind();
            row.channel = channel;
            row.recipient = NewMessage.clip(message.recipient(), NewMessage.RECIPIENT_LENGTH);
            row.title = message.title();
            row.body = message.body();
            row.link = message.link();
            row.idempotencyKey = key;
            row.status = OutboxStatus.PENDING;
            row.attempts = 0;
            row.nextAttemptAt = now;
            row.createdAt = now;
            row.persist();
        }
    }
}
