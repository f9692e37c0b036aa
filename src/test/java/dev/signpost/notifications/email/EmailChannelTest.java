package dev.signpost.notifications.email;

import dev.signpost.notifications.Message;
import dev.signpost.TestClock;
import dev.signpost.notifications.Dispatcher;
import dev.signpost.notifications.Kind;
import dev.signpost.notifications.NewMessage;
import dev.signpost.notifications.Outbox;
import dev.signpost.notifications.OutboxMessage;
import dev.signpost.notifications.Queued;
import dev.signpost.notifications.OutboxStatus;
import dev.signpost.notifications.inbox.PortalChannel;
import dev.signpost.people.Person;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The email channel against a real SMTP server (GreenMail on 127.0.0.1:3025, where the test profile points the
 * mailer): one email per message with both parts, absolute links and the unsubscribe headers; hostile text that stays
 * text; and people without an address. Retries while the server is down: {@link EmailRetryTest}.
 */
@QuarkusTest
@Tag("database")
class EmailChannelTest {

    /** The shared server (never stopped while tests run); each test starts with no mail. */
    static final com.icegreen.greenmail.util.GreenMail SMTP = SharedSmtp.server();

    @Inject
    Outbox outbox;
    @Inject
    Dispatcher dispatcher;
    @Inject
    Unsubscribe unsubscribe;
    @Inject
    PortalAddress portal;

    @BeforeEach
    void setAsideOtherTestsMessages() throws Exception {
        Queued.setAsideOpen();
        SMTP.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    private static String unique(String what) {
        return what + " " + UUID.randomUUID();
    }

    private static NewMessage assigned(String recipient, String title, String body, String link) {
        return new NewMessage(Kind.ACTION_ASSIGNED.code(), recipient, title, body, link, "email-test:" + UUID.randomUUID());
    }

    private void queueEmail(NewMessage message) {
        QuarkusTransaction.requiringNew().run(() -> outbox.queueEmail(message));
    }

    private static OutboxMessage stored(NewMessage message, String channel) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>find("idempotencyKey",
                message.key() + ":" + message.recipient() + ":" + channel).firstResult());
    }

    private void drain() {
        while (dispatcher.dispatch() > 0) {
            // a run claims one batch; other tests' messages may be due too
        }
    }

    private List<ReceivedMail> received(String subject) {
        return ReceivedMail.withSubject(SMTP.getReceivedMessages(), subject);
    }

    @Test
    void shouldSendOneEmailWithBothPartsAbsoluteLinksAndOneClickUnsubscribe() {
        String title = unique("Action item for you: Write the rollback runbook");
        NewMessage message = assigned("alice", title, "sam assigned this action item to alice.\nIt is due on Thu 10 Dec 2026.", "/actions/4242");
        queueEmail(message);
        drain();

        List<ReceivedMail> mails = received(title);
        assertEquals(1, mails.size(), "one email");
        ReceivedMail mail = mails.get(0);
        assertEquals(List.of("alice@example.org"), mail.to());
        String link = portal.absolute("/actions/4242");
        String unsubscribeUrl = unsubscribe.url("alice", Kind.ACTION_ASSIGNED);
        assertEquals(List.of("<" + unsubscribeUrl + ">"), mail.header("List-Unsubscribe"));
        assertEquals(List.of("List-Unsubscribe=One-Click"), mail.header("List-Unsubscribe-Post"));
        String key = message.key() + ":alice:email";
        assertEquals(List.of(key), mail.header("X-Signpost-Message"));
        assertEquals(List.of("<" + EmailComposer.sha256(key) + "@localhost>"), mail.header("Message-ID"));
        assertEquals(List.of("auto-generated"), mail.header("Auto-Submitted"));

        String text = mail.text();
        assertTrue(text.startsWith(title + "\n"), text);
        assertTrue(text.contains("sam assigned this action item to alice.\nIt is due on Thu 10 Dec 2026."), text);
        assertTrue(text.contains("Open in Signpost: " + link), text);
        assertTrue(text.contains("You get this email for: " + Kind.ACTION_ASSIGNED.label() + "."), text);
        assertTrue(text.contains(portal.absolute("/notifications/preferences")), text);
        assertTrue(text.contains("Unsubscribe from these emails: " + unsubscribeUrl), text);

        Document html = Jsoup.parse(mail.html());
        assertEquals(title, html.selectFirst("h1").text());
        assertEquals(link, html.selectFirst("a.open").attr("href"));
        assertEquals(portal.absolute("/notifications/preferences"), html.selectFirst("a.preferences").attr("href"));
        assertEquals(unsubscribeUrl, html.selectFirst("a.unsubscribe").attr("href"));
        assertEquals("sam assigned this action item to alice.", html.select("p").get(0).textNodes().get(0).text());
        assertEquals(1, html.select("p").get(0).select("br").size(), "the body's two lines");

        OutboxMessage sent = stored(message, "email");
        assertEquals(OutboxStatus.SENT, sent.status);
        assertEquals(1, sent.attempts);

        drain();
        assertEquals(1, received(title).size(), "a sent email is not sent again");
    }

    @Test
    void shouldKeepHostileTextOutOfHeadersAndMarkup() {
        String marker = UUID.randomUUID().toString();
        String hostile = "Hi\r\nBcc: evil@example.com <script>alert(1)</script> " + marker;
        String body = "Line one <img src=x onerror=alert(1)>\r\nBcc: evil2@example.com\r\n\r\n<script>alert(2)</script>\n"
                + portal.absolute("/actions/1") + "\"><script>alert(3)</script>\n" + portal.absolute("/actions/7");
        NewMessage message = assigned("alice", hostile, body, "/actions/1");
        queueEmail(message);
        drain();

        String subject = "Hi Bcc: evil@example.com <script>alert(1)</script> " + marker;
        List<ReceivedMail> mails = received(subject);
        assertEquals(1, mails.size(), () -> "one email, with the title on one line as its subject; its row: "
                + stored(message, "email").status + " " + stored(message, "email").lastError);
        for (var any : SMTP.getReceivedMessages()) {
            assertFalse(new ReceivedMail(any).recipients().stream().anyMatch(r -> r.contains("evil")), "no one else got it");
        }
        ReceivedMail mail = mails.get(0);
        assertEquals(List.of(), mail.header("Bcc"));
        assertEquals(List.of("alice@example.org"), mail.recipients());

        assertTrue(mail.text().contains("Line one <img src=x onerror=alert(1)>\nBcc: evil2@example.com\n\n<script>alert(2)</script>"),
                "the plain text part is not escaped: " + mail.text());
        Document html = Jsoup.parse(mail.html());
        assertTrue(html.select("script, img, [onerror]").isEmpty(), html.html());
        assertTrue(html.text().contains("<script>alert(1)</script>"), "shown as text");
        assertTrue(html.text().contains("Line one <img src=x onerror=alert(1)>"));
        assertEquals(List.of(portal.absolute("/actions/7")), html.select("p a:not(.open, .preferences, .unsubscribe)").eachAttr("href"),
                "only the line that is exactly a portal link is an anchor");
    }

    @Test
    void shouldQueueNoEmailForAPersonWithoutAnAddressAndGiveUpOnOneQueuedAnyway() {
        String username = "no-address-" + UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> {
            Person person = new Person();
            person.username = username;
            person.displayName = username;
            person.teams = "";
            person.firstSeenAt = TestClock.NOW;
            person.lastSeenAt = TestClock.NOW;
            person.persist();
        });
        NewMessage message = assigned(username, unique("Nowhere to send"), "", "/actions/2");
        QuarkusTransaction.requiringNew().run(() -> outbox.queue(message));
        assertNotNull(stored(message, PortalChannel.NAME), "the portal still tells them");
        assertNull(stored(message, Outbox.EMAIL), "no email without an address");

        queueEmail(message);
        drain();
        OutboxMessage dead = stored(message, Outbox.EMAIL);
        assertEquals(OutboxStatus.DEAD, dead.status);
        assertEquals("no email address known for " + username, dead.lastError);
    }
}
