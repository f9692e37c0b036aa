package dev.signpost.notifications;

import dev.signpost.notifications.inbox.Notification;
import dev.signpost.notifications.inbox.PortalChannel;
import dev.signpost.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The outbox and its dispatcher: messages commit with their transaction or not at all; the dispatcher sends each once,
 * also when two instances run it at the same moment; failures retry with backoff and end dead after the limit.
 */
@QuarkusTest
@Tag("database")
class DispatcherTest {

    @Inject
    Outbox outbox;
    @Inject
    Dispatcher dispatcher;
    @Inject
    ScriptedChannel scripted;
    @Inject
    NotificationsConfig config;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    private static String unique(String what) {
        return what + " " + UUID.randomUUID();
    }

    private static NewMessage message(String recipient, String title) {
        return new NewMessage("test", recipient, title, "Body", "/notifications", "test:" + UUID.randomUUID());
    }

    private void queue(NewMessage message, String channel) {
        QuarkusTransaction.requiringNew().run(() -> outbox.queueOn(message, channel));
    }

    /** The message as stored now (read in a transaction of its own, never from an earlier read's cache). */
    private static OutboxMessage stored(String title) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>find("title", title).firstResult());
    }

    /** Dispatches until nothing due is left, as the scheduled job would over a few runs. */
    private void drain() {
        while (dispatcher.dispatch() > 0) {
            // again: a run claims at most one batch
        }
    }

    @Test
    void shouldRefuseToQueueOutsideAChangesTransaction() {
        assertThrows(TransactionalException.class, () -> outbox.queue(message("alice", unique("No transaction"))));
    }

    @Test
    void shouldLeaveNoMessageWhenTheTransactionRollsBack() {
        String title = unique("Rolled back");
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.queue(message("alice", title));
            throw new IllegalStateException("the change failed after queuing");
        }));
        assertNull(stored(title));
    }

    @Test
    void shouldQueueTheSameCauseOnlyOnce() {
        NewMessage message = message("alice", unique("Twice"));
        queue(message, PortalChannel.NAME);
        queue(message, PortalChannel.NAME);
        assertEquals(1, OutboxMessage.count("idempotencyKey", message.keyOn(PortalChannel.NAME)));
    }

    @Test
    void shouldDeliverIntoThePersonsNotificationsAndMarkTheMessageSent() {
        String recipient = "reader-" + UUID.randomUUID();
        String title = unique("Delivered");
        queue(message(recipient, title), PortalChannel.NAME);
        drain();

        OutboxMessage sent = stored(title);
        assertEquals(OutboxStatus.SENT, sent.status);
        assertEquals(1, sent.attempts);
        assertEquals(TestClock.NOW, sent.sentAt);
        assertNull(sent.claimedBy, "the claim is let go");
        List<Notification> delivered = QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>list("recipient", recipient));
        assertEquals(1, delivered.size());
        assertEquals(title, delivered.get(0).title);
        assertEquals("/notifications", delivered.get(0).link);
        assertTrue(delivered.get(0).unread());
        assertEquals(sent.idempotencyKey, delivered.get(0).messageKey);
    }

    @Test
    void shouldDeliverEachMessageOnceWhenTwoInstancesDispatchAtTheSameTime() throws Exception {
        String recipient = "crowd-" + UUID.randomUUID();
        int count = 60;
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < count; i++) {
                outbox.queueOn(message(recipient, "Crowd " + i + " " + recipient), PortalChannel.NAME);
                outbox.queueOn(message(recipient, "Scripted " + i + " " + recipient), ScriptedChannel.NAME);
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> instances = new ArrayList<>();
            for (String instance : List.of("instance-a", "instance-b")) {
                instances.add(() -> {
                    int sent = 0;
                    for (int run = 0; run < 20; run++) {
                        sent += dispatcher.dispatchAs(instance);
                    }
                    return sent;
                });
            }
            for (Future<Integer> done : pool.invokeAll(instances)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(count * 2, OutboxMessage.count("recipient = ?1 and status = ?2", recipient, OutboxStatus.SENT));
        assertEquals(count, Notification.count("recipient", recipient), "one notification per portal message");
        for (OutboxMessage message : QuarkusTransaction.requiringNew().call(
                () -> OutboxMessage.<OutboxMessage>list("recipient = ?1 and channel = ?2", recipient, ScriptedChannel.NAME))) {
            assertEquals(1, scripted.attempts(message.idempotencyKey), "sent once: " + message.title);
            assertEquals(1, message.attempts);
        }
    }

    @Test
    void shouldRetryAPassingFailureWithGrowingWaitsAndDeadLetterAfterTheLimit() {
        String title = unique("Flaky receiver");
        scripted.script(title, m -> Delivery.retryLater("HTTP 503 from the receiver"));
        queue(message("alice", title), ScriptedChannel.NAME);

        drain();
        OutboxMessage first = stored(title);
        assertEquals(OutboxStatus.FAILED, first.status);
        assertEquals(1, first.attempts);
        assertEquals("HTTP 503 from the receiver", first.lastError);
        Duration wait = Duration.between(TestClock.NOW, first.nextAttemptAt);
        assertTrue(wait.compareTo(config.firstRetry().dividedBy(2)) >= 0 && wait.compareTo(config.firstRetry()) <= 0, wait.toString());

        drain();
        assertEquals(1, stored(title).attempts, "not tried again before its time");

        TestClock.advance(wait);
        drain();
        OutboxMessage second = stored(title);
        assertEquals(2, second.attempts);
        Duration secondWait = Duration.between(TestClock.NOW.plus(wait), second.nextAttemptAt);
        assertTrue(secondWait.compareTo(config.firstRetry()) >= 0 && secondWait.compareTo(config.firstRetry().multipliedBy(2)) <= 0,
                secondWait.toString());

        for (int i = 2; i < config.maxAttempts(); i++) {
            TestClock.advance(config.longestRetry());
            drain();
        }
        OutboxMessage dead = stored(title);
        assertEquals(OutboxStatus.DEAD, dead.status);
        assertEquals(config.maxAttempts(), dead.attempts);
        assertTrue(dead.lastError.contains("gave up after " + config.maxAttempts() + " attempts"), dead.lastError);
        TestClock.advance(config.longestRetry());
        drain();
        assertEquals(config.maxAttempts(), scripted.attempts(dead.idempotencyKey), "a dead message is not tried again");
    }

    @Test
    void shouldSendAMessageOnceTheReceiverRecovers() {
        String title = unique("Recovers");
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        scripted.script(title, m -> calls.incrementAndGet() < 3 ? Delivery.retryAfter("HTTP 429", Duration.ofSeconds(90)) : Delivery.accepted());
        queue(message("alice", title), ScriptedChannel.NAME);
        drain();
        assertEquals(TestClock.NOW.plusSeconds(90), stored(title).nextAttemptAt, "the receiver's Retry-After is honoured");
        for (int i = 0; i < 3; i++) {
            TestClock.advance(Duration.ofMinutes(5));
            drain();
        }
        OutboxMessage sent = stored(title);
        assertEquals(OutboxStatus.SENT, sent.status);
        assertEquals(3, sent.attempts);
        assertEquals(3, scripted.attempts(sent.idempotencyKey));
    }

    @Test
    void shouldLetAMessageWaitForItsTurnWithoutCountingAnAttemptOrAnError() {
        String title = unique("Not its turn");
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        scripted.script(title, m -> switch (calls.incrementAndGet()) {
            case 1 -> Delivery.retryLater("HTTP 503");
            case 2 -> Delivery.notYet(Duration.ofSeconds(3));
            default -> Delivery.accepted();
        });
        queue(message("alice", title), ScriptedChannel.NAME);
        drain();
        OutboxMessage failed = stored(title);
        TestClock.advance(Duration.between(TestClock.NOW, failed.nextAttemptAt));
        drain();

        OutboxMessage waiting = stored(title);
        assertEquals(OutboxStatus.FAILED, waiting.status, "still the failed message it was");
        assertEquals(1, waiting.attempts, "waiting for a turn is no attempt");
        assertEquals("HTTP 503", waiting.lastError, "the last real error stays");
        assertEquals(failed.nextAttemptAt.plusSeconds(3), waiting.nextAttemptAt);
        assertNull(waiting.claimedBy, "the claim is let go");

        drain();
        assertEquals(2, scripted.attempts(waiting.idempotencyKey), "not offered again before its turn");
        TestClock.advance(Duration.ofSeconds(3));
        drain();
        OutboxMessage sent = stored(title);
        assertEquals(OutboxStatus.SENT, sent.status);
        assertEquals(2, sent.attempts, "the failure and the delivery; the wait not counted");
        assertNull(sent.lastError);
    }

    @Test
    void shouldDeadLetterAPermanentFailureAndAnUnknownChannelAtOnce() {
        String refused = unique("Refused");
        scripted.script(refused, m -> Delivery.permanentFailure("HTTP 404: no such webhook"));
        queue(message("alice", refused), ScriptedChannel.NAME);
        String nowhere = unique("Nowhere");
        queue(message("alice", nowhere), "pigeon");
        drain();
        assertEquals(OutboxStatus.DEAD, stored(refused).status);
        assertEquals("HTTP 404: no such webhook", stored(refused).lastError);
        assertEquals(OutboxStatus.DEAD, stored(nowhere).status);
        assertEquals("no channel called 'pigeon' in this instance", stored(nowhere).lastError);
    }

    @Test
    void shouldRetryWhenAChannelThrows() {
        String title = unique("Throws");
        scripted.script(title, m -> {
            throw new IllegalStateException("connection reset");
        });
        queue(message("alice", title), ScriptedChannel.NAME);
        drain();
        OutboxMessage failed = stored(title);
        assertEquals(OutboxStatus.FAILED, failed.status);
        assertEquals(1, failed.attempts);
        assertNotNull(failed.lastError);
        assertTrue(failed.lastError.contains("connection reset"), failed.lastError);
        assertNull(failed.claimedBy);
    }

    @Test
    void shouldLeaveAMessageClaimedByAnotherInstanceUntilItsClaimRunsOut() {
        String title = unique("Claimed elsewhere");
        queue(message("alice", title), ScriptedChannel.NAME);
        QuarkusTransaction.requiringNew().run(() -> OutboxMessage.update("claimedBy = 'crashed-instance', claimedUntil = ?1 where title = ?2",
                TestClock.NOW.plus(config.claimFor()), title));
        drain();
        assertEquals(OutboxStatus.PENDING, stored(title).status, "another instance holds it");
        TestClock.advance(config.claimFor().plusSeconds(1));
        drain();
        assertEquals(OutboxStatus.SENT, stored(title).status, "a crashed instance's claim runs out and another sends it");
    }
}
