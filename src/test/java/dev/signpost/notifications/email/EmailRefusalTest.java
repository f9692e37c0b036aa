package dev.signpost.notifications.email;

import dev.signpost.TestClock;
import dev.signpost.notifications.Dispatcher;
import dev.signpost.notifications.Kind;
import dev.signpost.notifications.NewMessage;
import dev.signpost.notifications.Outbox;
import dev.signpost.notifications.OutboxMessage;
import dev.signpost.notifications.Queued;
import dev.signpost.notifications.OutboxStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How a mail server's refusal reaches the outbox through quarkus-mailer: a permanent refusal of the recipient (5xx)
 * makes the message dead at once, a passing one (4xx) makes it wait for another try. The server is scripted, one for
 * the class, on an application and SMTP port of their own ({@link OwnSmtpPort.Refusal}).
 */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(OwnSmtpPort.Refusal.class)
@Tag("database")
class EmailRefusalTest {

    @Inject
    Outbox outbox;
    @Inject
    Dispatcher dispatcher;

    private static ScriptedSmtpServer server;

    @org.junit.jupiter.api.BeforeAll
    static void startServer() throws Exception {
        server = new ScriptedSmtpServer(OwnSmtpPort.Refusal.PORT, "250 2.1.5 OK");
    }

    @org.junit.jupiter.api.AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @BeforeEach
    void setAsideOtherTestsMessages() {
        Queued.setAsideOpen();
        server.commands.clear();
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    private OutboxMessage sendThrough(String recipientReply) throws Exception {
        NewMessage message = new NewMessage(Kind.ACTION_ASSIGNED.code(), "alice", "Refused " + UUID.randomUUID(), "", "/actions/1",
                "refusal-test:" + UUID.randomUUID());
        server.answerRecipientsWith(recipientReply);
        QuarkusTransaction.requiringNew().run(() -> outbox.queueEmail(message));
        while (dispatcher.dispatch() > 0) {
            // other tests' messages may be due too
        }
        assertTrue(server.commands.stream().anyMatch(c -> c.startsWith("RCPT TO:<alice@example.org>")), server.commands.toString());
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>find("idempotencyKey",
                message.key() + ":alice:" + Outbox.EMAIL).firstResult());
    }

    @Test
    void shouldGiveUpAtOnceWhenTheServerRefusesTheRecipient() throws Exception {
        OutboxMessage dead = sendThrough("550 5.1.1 <alice@example.org>: Recipient address rejected: User unknown");
        assertEquals(OutboxStatus.DEAD, dead.status);
        assertEquals(1, dead.attempts);
        assertTrue(dead.lastError.startsWith("the mail server refused the message: SMTP 550"), dead.lastError);
        assertTrue(dead.lastError.contains("User unknown"), dead.lastError);
    }

    @Test
    void shouldTryAgainLaterWhenTheServerAsksToWait() throws Exception {
        OutboxMessage failed = sendThrough("451 4.7.1 Greylisted, please try again later");
        assertEquals(OutboxStatus.FAILED, failed.status);
        assertEquals(1, failed.attempts);
        assertTrue(failed.nextAttemptAt.isAfter(TestClock.NOW));
        assertTrue(failed.lastError.contains("SMTP 451"), failed.lastError);
    }
}
