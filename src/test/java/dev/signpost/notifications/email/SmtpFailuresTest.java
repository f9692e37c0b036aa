package dev.signpost.notifications.email;

import dev.signpost.notifications.Message;
import dev.signpost.notifications.Delivery;
import io.vertx.ext.mail.SMTPException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.util.List;
import java.util.concurrent.CompletionException;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SmtpFailuresTest {

    private static SMTPException reply(String what, int code, String line) {
        return new SMTPException(what, code, List.of(line), true);
    }

    @Test
    void shouldGiveUpWhenTheServerRefusesTheRecipientForGood() {
        Delivery outcome = SmtpFailures.delivery(new CompletionException(reply("recipient address not accepted", 550,
                "550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown")));
        Delivery.PermanentFailure failure = assertInstanceOf(Delivery.PermanentFailure.class, outcome);
        assertTrue(failure.reason().contains("SMTP 550") && failure.reason().contains("User unknown"), failure.reason());
    }

    @Test
    void shouldGiveUpWhenTheServerRefusesTheMessage() {
        assertInstanceOf(Delivery.PermanentFailure.class, SmtpFailures.delivery(reply("sending data failed", 554, "554 5.7.1 Message rejected")));
    }

    @Test
    void shouldTryAgainWhenTheServerAsksToWait() {
        Delivery outcome = SmtpFailures.delivery(reply("recipient address not accepted", 451, "451 4.7.1 Greylisted, try again later"));
        Delivery.RetryLater retry = assertInstanceOf(Delivery.RetryLater.class, outcome);
        assertTrue(retry.reason().contains("451"), retry.reason());
    }

    @Test
    void shouldTryAgainWhenTheServerRefusesSignpostItself() {
        Delivery outcome = SmtpFailures.delivery(reply("AUTH PLAIN failed", 535, "535 5.7.8 Authentication credentials invalid"));
        Delivery.RetryLater retry = assertInstanceOf(Delivery.RetryLater.class, outcome);
        assertTrue(retry.reason().contains("quarkus.mailer"), retry.reason());
        assertInstanceOf(Delivery.RetryLater.class, SmtpFailures.delivery(reply("sender address not accepted", 553, "553 sender rejected")));
    }

    @Test
    void shouldTryAgainWhenTheServerCannotBeReachedOrDoesNotAnswer() {
        Delivery refused = SmtpFailures.delivery(new RuntimeException(new ConnectException("Connection refused: /127.0.0.1:3025")));
        assertTrue(assertInstanceOf(Delivery.RetryLater.class, refused).reason().contains("unreachable"));
        Delivery slow = SmtpFailures.delivery(new io.smallrye.mutiny.TimeoutException());
        assertTrue(assertInstanceOf(Delivery.RetryLater.class, slow).reason().contains("in time"));
    }

    @Test
    void shouldTryAgainAfterAnythingUnrecognised() {
        assertInstanceOf(Delivery.RetryLater.class, SmtpFailures.delivery(new IllegalStateException("Connection was closed")));
    }
}
