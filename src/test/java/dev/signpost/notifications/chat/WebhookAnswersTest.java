package dev.signpost.notifications.chat;

import dev.signpost.notifications.Delivery;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What each answer of a webhook means for the message. No Quarkus. */
class WebhookAnswersTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    private static Delivery answer(int status, String retryAfter, String body) {
        return WebhookAnswers.of(status, Optional.ofNullable(retryAfter), body, NOW);
    }

    @Test
    void shouldAcceptEverySuccess() {
        for (int status : new int[]{200, 201, 202, 204}) {
            assertInstanceOf(Delivery.Accepted.class, answer(status, null, "ok"), String.valueOf(status));
        }
    }

    @Test
    void shouldRetryA429AfterItsRetryAfterInSecondsOrAsADate() {
        Delivery.RetryLater seconds = assertInstanceOf(Delivery.RetryLater.class, answer(429, "7", "rate_limited"));
        assertEquals(Optional.of(Duration.ofSeconds(7)), seconds.retryAfter());
        assertEquals("HTTP 429 from the webhook: too many messages: rate_limited", seconds.reason());
        Delivery.RetryLater date = assertInstanceOf(Delivery.RetryLater.class, answer(429, "Sat, 28 Nov 2026 12:01:30 GMT", ""));
        assertEquals(Optional.of(Duration.ofSeconds(90)), date.retryAfter());
        assertEquals(Optional.of(Duration.ZERO), assertInstanceOf(Delivery.RetryLater.class,
                answer(429, "Sat, 28 Nov 2026 11:00:00 GMT", "")).retryAfter(), "a date past is no wait");
        assertEquals(Optional.empty(), assertInstanceOf(Delivery.RetryLater.class, answer(429, "soon", "")).retryAfter());
        assertEquals(Optional.empty(), assertInstanceOf(Delivery.RetryLater.class, answer(429, null, "")).retryAfter());
    }

    @Test
    void shouldRetryATimeoutAnswerAndServerErrors() {
        for (int status : new int[]{408, 500, 502, 503, 504}) {
            Delivery.RetryLater later = assertInstanceOf(Delivery.RetryLater.class, answer(status, null, "down"), String.valueOf(status));
            assertEquals("HTTP " + status + " from the webhook: down", later.reason());
        }
    }

    @Test
    void shouldGiveUpOnOtherClientErrorsWithTheStartOfTheReceiversAnswer() {
        Delivery.PermanentFailure gone = assertInstanceOf(Delivery.PermanentFailure.class, answer(404, null, "no_service"));
        assertEquals("HTTP 404 from the webhook: no_service", gone.reason());
        String answer = "invalid_payload\n\n" + "y".repeat(1000);
        Delivery.PermanentFailure bad = assertInstanceOf(Delivery.PermanentFailure.class, answer(400, null, answer));
        assertTrue(bad.reason().startsWith("HTTP 400 from the webhook: invalid_payload yyy"), bad.reason());
        assertEquals("HTTP 400 from the webhook: ".length() + WebhookAnswers.ANSWER_LIMIT, bad.reason().length());
        assertEquals("HTTP 403 from the webhook", assertInstanceOf(Delivery.PermanentFailure.class, answer(403, null, " ")).reason());
    }

    @Test
    void shouldGiveUpOnARedirectWhichIsNotFollowed() {
        Delivery.PermanentFailure moved = assertInstanceOf(Delivery.PermanentFailure.class, answer(301, null, ""));
        assertTrue(moved.reason().contains("redirects are not followed"), moved.reason());
    }

    @Test
    void shouldSendAnyIdempotencyKeyAsAValidHeaderValue() {
        assertEquals("lean-coffee-closed:12:sig-a:chat", dev.signpost.notifications.Message.asHeader("lean-coffee-closed:12:sig-a:chat"));
        assertEquals("a%0D%0AX-Evil:%201%25%C3%A9", dev.signpost.notifications.Message.asHeader("a\r\nX-Evil: 1%é"));
    }
}
