package dev.signpost.notifications;

import dev.signpost.notifications.inbox.Notification;
import dev.signpost.notifications.inbox.PortalChannel;
import dev.signpost.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sent delivery records are pruned after {@code keep-sent}; unsent ones and people's notifications stay. */
@QuarkusTest
@Tag("database")
class RetentionTest {

    @Inject
    Outbox outbox;
    @Inject
    Dispatcher dispatcher;
    @Inject
    Retention retention;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    private String queue(String channel) {
        String title = "Prune " + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> outbox.queueOn(new NewMessage("test", "maya", title, "", "/notifications",
                "test:" + UUID.randomUUID()), channel));
        return title;
    }

    private static long rows(String title) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.count("title", title));
    }

    @Test
    void shouldPruneSentRecordsOnlyAfterTheRetentionAndNeverUnsentOnes() {
        String sent = queue(PortalChannel.NAME);
        String unsent = queue("held-elsewhere");
        QuarkusTransaction.requiringNew().run(() -> OutboxMessage.update("claimedBy = 'elsewhere', claimedUntil = ?1 where title = ?2",
                TestClock.NOW.plus(Duration.ofDays(400)), unsent)); // held by a claim, so this test's dispatch leaves it pending
        while (dispatcher.dispatch() > 0) {
            // drain
        }
        assertEquals(1, rows(sent));

        TestClock.advance(Duration.ofDays(29));
        retention.prune();
        assertEquals(1, rows(sent), "kept within the retention");

        TestClock.advance(Duration.ofDays(2));
        assertTrue(retention.prune() >= 1);
        assertEquals(0, rows(sent), "pruned after it");
        assertEquals(1, rows(unsent), "a message not sent is never pruned");
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> Notification.count("title", sent)), "the person's notification stays");
        QuarkusTransaction.requiringNew().run(() -> OutboxMessage.delete("title", unsent));
    }
}
