package dev.signpost.notifications.email;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.signpost.TestClock;
import dev.signpost.notifications.Dispatcher;
import dev.signpost.notifications.Kind;
import dev.signpost.notifications.NewMessage;
import dev.signpost.notifications.Outbox;
import dev.signpost.notifications.OutboxMessage;
import dev.signpost.notifications.OutboxStatus;
import dev.signpost.notifications.Queued;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An email whose mail server is down is tried again later and sent once the server is back, never twice. On an
 * application and SMTP port of its own ({@link OwnSmtpPort.Retry}): the server is down when the test starts, so the
 * mailer holds no connection to a server that went away.
 */
@QuarkusTest
@TestProfile(OwnSmtpPort.Retry.class)
@Tag("database")
class EmailRetryTest {

    @Inject
    Outbox outbox;
    @Inject
    Dispatcher dispatcher;

    private GreenMail server;

    @AfterEach
    void stop() {
        TestClock.reset();
        if (server != null) {
            server.stop();
        }
    }

    private void drain() {
        while (dispatcher.dispatch() > 0) {
            // a run claims one batch; other tests' messages may be due too
        }
    }

    private static OutboxMessage stored(String key) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>find("idempotencyKey", key).firstResult());
    }

    @Test
    void shouldRetryWhileTheMailServerIsDownAndSendOnceItIsBack() {
        Queued.setAsideOpen();
        String title = "Server down " + UUID.randomUUID();
        NewMessage message = new NewMessage(Kind.ACTION_ASSIGNED.code(), "alice", title, "", "/actions/1", "retry-test:" + UUID.randomUUID());
        String key = message.key() + ":alice:email";
        QuarkusTransaction.requiringNew().run(() -> outbox.queueEmail(message));
        drain();

        OutboxMessage failed = stored(key);
        assertEquals(OutboxStatus.FAILED, failed.status);
        assertEquals(1, failed.attempts);
        assertTrue(failed.nextAttemptAt.isAfter(TestClock.NOW), "tried again later: " + failed.nextAttemptAt);
        assertNotNull(failed.lastError);
        assertTrue(failed.lastError.contains("unreachable"), failed.lastError);

        server = new GreenMail(new ServerSetup(OwnSmtpPort.Retry.PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        drain();
        assertEquals(1, stored(key).attempts, "not before its time");
        TestClock.advance(Duration.ofMinutes(5));
        drain();
        OutboxMessage sent = stored(key);
        assertEquals(OutboxStatus.SENT, sent.status, sent.lastError);
        assertEquals(2, sent.attempts);
        assertEquals(1, ReceivedMail.withSubject(server.getReceivedMessages(), title).size());
        drain();
        assertEquals(1, ReceivedMail.withSubject(server.getReceivedMessages(), title).size(), "sent once");
    }
}
