package dev.signpost.notifications;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The retry rule: doubling waits with a cap, jitter within half to all of the wait, Retry-After as a floor, dead-letter. */
class RetriesTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private final Retries retries = new Retries(Duration.ofSeconds(30), Duration.ofMinutes(10), 5);

    @Test
    void shouldDoubleTheWaitAfterEachFailureUpToTheLongest() {
        assertEquals(Duration.ofSeconds(30), retries.backoff(1));
        assertEquals(Duration.ofSeconds(60), retries.backoff(2));
        assertEquals(Duration.ofSeconds(120), retries.backoff(3));
        assertEquals(Duration.ofMinutes(8), retries.backoff(5));
        assertEquals(Duration.ofMinutes(10), retries.backoff(6));
        assertEquals(Duration.ofMinutes(10), retries.backoff(500), "no overflow however many attempts");
    }

    @Test
    void shouldJitterBetweenHalfAndAllOfTheWait() {
        assertEquals(Duration.ofSeconds(30), retries.jittered(2, 0.0));
        assertEquals(Duration.ofSeconds(45), retries.jittered(2, 0.5));
        assertEquals(Duration.ofSeconds(60), retries.jittered(2, 1.0));
    }

    @Test
    void shouldMarkAnAcceptedMessageSent() {
        Retries.Next next = retries.after(2, Delivery.accepted(), NOW, 0.3);
        assertEquals(OutboxStatus.SENT, next.status());
        assertEquals(3, next.attempts());
        assertNull(next.error());
    }

    @Test
    void shouldScheduleARetryAfterAPassingFailure() {
        Retries.Next next = retries.after(0, Delivery.retryLater("HTTP 503"), NOW, 1.0);
        assertEquals(OutboxStatus.FAILED, next.status());
        assertEquals(1, next.attempts());
        assertEquals(NOW.plusSeconds(30), next.nextAttemptAt());
        assertEquals("HTTP 503", next.error());
    }

    @Test
    void shouldWaitAtLeastAsLongAsTheReceiverAskedButNoLongerThanTheLongest() {
        assertEquals(NOW.plusSeconds(300), retries.after(0, Delivery.retryAfter("HTTP 429", Duration.ofSeconds(300)), NOW, 0).nextAttemptAt());
        assertEquals(NOW.plusSeconds(15), retries.after(0, Delivery.retryAfter("HTTP 429", Duration.ofSeconds(1)), NOW, 0).nextAttemptAt(),
                "a shorter Retry-After than the backoff keeps the backoff");
        assertEquals(NOW.plus(Duration.ofMinutes(10)), retries.after(0, Delivery.retryAfter("HTTP 429", Duration.ofDays(2)), NOW, 0).nextAttemptAt());
    }

    @Test
    void shouldDeadLetterAPermanentFailureAtOnce() {
        Retries.Next next = retries.after(0, Delivery.permanentFailure("HTTP 404: no such webhook"), NOW, 0.5);
        assertEquals(OutboxStatus.DEAD, next.status());
        assertEquals("HTTP 404: no such webhook", next.error());
    }

    @Test
    void shouldDeadLetterAfterTheLastAllowedAttempt() {
        assertEquals(OutboxStatus.FAILED, retries.after(3, Delivery.retryLater("timeout"), NOW, 0.5).status());
        Retries.Next last = retries.after(4, Delivery.retryLater("timeout"), NOW, 0.5);
        assertEquals(OutboxStatus.DEAD, last.status());
        assertEquals(5, last.attempts());
        assertTrue(last.error().startsWith("timeout"), last.error());
    }

    @Test
    void shouldKeepAChannelsNoteWithASentMessage() {
        Retries.Next next = retries.after(0, Delivery.accepted("kept, not sent"), NOW, 0.3);
        assertEquals(OutboxStatus.SENT, next.status());
        assertEquals(1, next.attempts());
        assertEquals("kept, not sent", next.error());
    }

    @Test
    void shouldLetAMessageWaitForItsTurnWithoutCountingAnAttempt() {
        Retries.Next waiting = retries.after(0, Delivery.notYet(Duration.ofMillis(700)), NOW, 0.9);
        assertEquals(OutboxStatus.PENDING, waiting.status());
        assertEquals(0, waiting.attempts(), "not attempted, so not counted");
        assertEquals(NOW.plusMillis(700), waiting.nextAttemptAt(), "exactly the wait, no backoff and no jitter");
        assertNull(waiting.error());

        Retries.Next retrying = retries.after(2, Delivery.notYet(Duration.ofSeconds(3)), NOW, 0.9);
        assertEquals(OutboxStatus.FAILED, retrying.status(), "a message retrying after failures stays failed");
        assertEquals(2, retrying.attempts());
        assertEquals(NOW.plusSeconds(3), retrying.nextAttemptAt());

        Retries.Next atTheLimit = retries.after(4, Delivery.notYet(Duration.ofSeconds(1)), NOW, 0.5);
        assertEquals(OutboxStatus.FAILED, atTheLimit.status(), "waiting for a turn never makes a message dead");
        assertEquals(4, atTheLimit.attempts());
    }

    @Test
    void shouldRefuseANegativeWaitForATurn() {
        assertThrows(IllegalArgumentException.class, () -> Delivery.notYet(Duration.ofSeconds(-1)));
    }

    @Test
    void shouldRefuseASettingThatCannotWork() {
        assertThrows(IllegalArgumentException.class, () -> new Retries(Duration.ZERO, Duration.ofMinutes(1), 3));
        assertThrows(IllegalArgumentException.class, () -> new Retries(Duration.ofMinutes(2), Duration.ofMinutes(1), 3));
        assertThrows(IllegalArgumentException.class, () -> new Retries(Duration.ofSeconds(1), Duration.ofMinutes(1), 0));
    }
}
