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
 * {@link Dispatcher} sends them afterwards. A person's message goes to the portal and, by their {@link Cadence} for
 * its {@link Kind}, by email now or held for their daily digest; a SIG's message goes to its chat channel.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Outbox {

    public static final String PORTAL = "portal";
    public static final String EMAIL = "email";
    public static final String CHAT = "chat";

    @Inject
    Clock clock;
    @Inject
    Directory directory;
    @Inject
    Preferences preferences;
    @Inject
    ChatHooks chatHooks;

    /**
     * Queues the message for everyone its recipient stands for (a person, or each member of a team), except the
     * person who made the change. Returns the user names it was queued for.
     */
    public List<String> notifyOwner(NewMessage message, String changedBy) {
        List<String> people = Recipients.of(message.recipient(), directory.names(), changedBy);
        people.forEach(person -> queue(message.to(person)));
        return people;
    }

    /**
     * Queues one message for one person as their cadence for its kind says (a kind Signpost does not know is sent
     * immediately), unless the same cause queued it already. Email only goes to a person with a known address.
     */
    public void queue(NewMessage message) {
        Cadence cadence = Kind.of(message.kind()).map(kind -> preferences.cadence(message.recipient(), kind)).orElse(Cadence.IMMEDIATELY);
        if (cadence == Cadence.OFF) {
            return;
        }
        queueOn(message, PORTAL, OutboxStatus.PENDING);
        if (directory.email(message.recipient()).isPresent()) {
            queueOn(message, EMAIL, cadence == Cadence.DAILY ? OutboxStatus.HELD : OutboxStatus.PENDING);
        }
    }

    /**
     * Queues a message for a SIG's chat channel (the message's recipient is the SIG's slug), if that channel takes
     * messages ({@link ChatHooks}: a webhook is configured for the SIG, or chat messages are kept for viewing).
     */
    public void toChannel(NewMessage message) {
        if (chatHooks.wanted(message.recipient())) {
            queueOn(message, CHAT, OutboxStatus.PENDING);
        }
    }

    /**
     * Queues one email, whatever the recipient's cadence (a digest that gathers what they chose to get daily); returns
     * whether it did (false: the same cause queued it already).
     */
    public boolean queueEmail(NewMessage message) {
        return queueOn(message, EMAIL, OutboxStatus.PENDING);
    }

    boolean queueOn(NewMessage message, String channel) {
        return queueOn(message, channel, OutboxStatus.PENDING);
    }

    /** Queues one message on one channel, unless the same cause queued it there already; returns whether it did. */
    boolean queueOn(NewMessage message, String channel, OutboxStatus status) {
        Instant now = clock.instant();
        String key = message.keyOn(channel);
        if (OutboxMessage.byKey(key).isPresent()) {
            return false;
        }
        OutboxMessage row = new OutboxMessage();
        row.kind = message.kind();
        row.channel = channel;
        row.recipient = NewMessage.clip(message.recipient(), NewMessage.RECIPIENT_LENGTH);
        row.title = message.title();
        row.body = message.body();
        row.link = message.link();
        row.idempotencyKey = key;
        row.status = status;
        row.attempts = 0;
        row.nextAttemptAt = now;
        row.createdAt = now;
        row.persist();
        return true;
    }
}
