package dev.signpost.notifications;

import dev.signpost.TestClock;
import dev.signpost.people.Person;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * For tests of the messages features queue: the outbox rows of a cause as committed (read in a transaction of their
 * own), the test clock moved to a slot, and people of the directory made up for one test.
 */
public final class Queued {

    private Queued() {
    }

    /** The rows whose idempotency key starts with {@code cause} (for instance {@code action-reminder:bob:}), by recipient and channel. */
    public static List<OutboxMessage> rows(String cause) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>list(
                "idempotencyKey like ?1 escape '\\' order by recipient, channel", cause.replace("%", "\\%").replace("_", "\\_") + "%"));
    }

    /** The row of one cause for one recipient on one channel, or null. */
    public static OutboxMessage row(String cause, String recipient, String channel) {
        return rows(cause).stream().filter(m -> m.recipient.equals(recipient) && m.channel.equals(channel)).findFirst().orElse(null);
    }

    /** A person's message of one cause, checked to be queued once for the portal and once by email; returns the portal's. */
    public static OutboxMessage portalAndEmail(String cause) {
        List<OutboxMessage> rows = rows(cause);
        assertEquals(List.of("email", "portal"), rows.stream().map(m -> m.channel).toList(), "once a channel: " + cause);
        assertEquals(rows.get(1).body, rows.get(0).body, "the same text by email");
        return rows.get(1);
    }

    /** A channel's message of one cause, checked to be queued once, for the chat channel of {@code sig}; returns it. */
    public static OutboxMessage onlyChat(String cause, String sig) {
        List<OutboxMessage> rows = rows(cause);
        assertEquals(List.of(sig + ":chat"), rows.stream().map(m -> m.recipient + ":" + m.channel).toList(), "one message, to the channel only");
        return rows.get(0);
    }

    /** Moves the test clock to {@code instant} (tests put it back with {@link TestClock#reset()}). */
    /**
     * Sets aside the open messages other tests left (they die with a note), so that a test that dispatches to its own
     * receiver meets only its own messages: tests share one database, and many queue emails and chat messages whose
     * receivers (a stopped SMTP server, a webhook receiver that was told to hang) are not this test's.
     */
    public static void setAsideOpen() {
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> OutboxMessage.update(
                "status = ?1, lastError = 'set aside by a test', claimedBy = null, claimedUntil = null where status in ?2",
                OutboxStatus.DEAD, Claims.OPEN));
    }

    public static void clockAt(String instant) {
        TestClock.reset();
        TestClock.advance(Duration.between(TestClock.NOW, Instant.parse(instant)));
    }

    /** A title nobody else's test uses: {@code what} and a random UUID. */
    public static String unique(String what) {
        return what + " " + UUID.randomUUID();
    }

    /** A user name nobody else's test uses: {@code prefix-} and eight random characters. */
    public static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Stores a person of the directory with these teams (comma-separated, sorted) and email address (or null). */
    public static void person(String username, String teams, String email) {
        QuarkusTransaction.requiringNew().run(() -> {
            Person person = new Person();
            person.username = username;
            person.displayName = username;
            person.teams = teams;
            person.email = email;
            person.firstSeenAt = Instant.parse("2026-11-01T00:00:00Z");
            person.lastSeenAt = person.firstSeenAt;
            person.persist();
        });
    }
}
