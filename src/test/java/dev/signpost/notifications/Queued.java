package dev.signpost.notifications;

import dev.signpost.TestClock;
import dev.signpost.people.Person;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

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

    /** Moves the test clock to {@code instant} (tests put it back with {@link TestClock#reset()}). */
    public static void clockAt(String instant) {
        TestClock.reset();
        TestClock.advance(Duration.between(TestClock.NOW, Instant.parse(instant)));
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
