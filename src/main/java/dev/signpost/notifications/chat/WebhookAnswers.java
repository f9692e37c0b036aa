package dev.signpost.notifications.chat;

import dev.signpost.notifications.Delivery;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * What a webhook's answer means for the message: 2xx delivered; 429 (with its Retry-After, seconds or an HTTP date),
 * 408 and 5xx worth retrying; a redirect or any other 4xx never going to work, with the first
 * {@value #ANSWER_LIMIT} characters of the receiver's answer kept for the admin. Pure.
 */
final class WebhookAnswers {

    static final int ANSWER_LIMIT = 300;

    private WebhookAnswers() {
    }

    static Delivery of(int status, Optional<String> retryAfter, String answer, Instant now) {
        if (status >= 200 && status < 300) {
            return Delivery.accepted();
        }
        String said = said(answer);
        if (status == 429) {
            String reason = "HTTP 429 from the webhook: too many messages" + said;
            return retryAfter.flatMap(value -> wait(value, now)).map(wait -> Delivery.retryAfter(reason, wait))
                    .orElseGet(() -> Delivery.retryLater(reason));
        }
        if (status == 408 || status >= 500) {
            return Delivery.retryLater("HTTP " + status + " from the webhook" + said);
        }
        if (status >= 300 && status < 400) {
            return Delivery.permanentFailure("HTTP " + status + " from the webhook: it redirects elsewhere, and redirects"
                    + " are not followed; configure the address it redirects to");
        }
        return Delivery.permanentFailure("HTTP " + status + " from the webhook" + said);
    }

    /** A Retry-After value as a wait from {@code now}: delay-seconds or an HTTP date; a date past is no wait. */
    static Optional<Duration> wait(String value, Instant now) {
        String v = value == null ? "" : value.strip();
        if (v.matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** ": " and the receiver's answer on one line, cut, or nothing when it said nothing. */
    private static String said(String answer) {
        String line = ChatText.oneLine(answer);
        return line.isEmpty() ? "" : ": " + ChatText.plain(line, ANSWER_LIMIT);
    }
}
