package dev.signpost.notifications.email;

import dev.signpost.WebSession;
import dev.signpost.notifications.Kind;
import dev.signpost.notifications.NewMessage;
import dev.signpost.notifications.Outbox;
import dev.signpost.notifications.OutboxMessage;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code /admin/notifications/email}: the latest emails rendered as sent, hostile text kept as text, admins only. */
@QuarkusTest
@Tag("database")
class EmailResourceTest {

    @Inject
    Outbox outbox;

    private long queue(String title) {
        String key = "test:" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> outbox.queueEmail(new NewMessage(Kind.ACTION_ASSIGNED.code(), "maya", title,
                "Line one\nLine two", "/actions", key)));
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>find("idempotencyKey like ?1", key + "%").firstResult().id);
    }

    @Test
    void shouldShowTheLatestEmailAsItIsSentWithHeadersAndBothParts() {
        String title = "Preview " + UUID.randomUUID() + " <script>alert(1)</script>";
        long id = queue(title);
        Document page = WebSession.signIn("ada").page("/admin/notifications/email", 200);
        Element email = page.selectFirst("li.email-message[data-id=" + id + "]");
        assertNotNull(email, "the email is listed");
        assertEquals(title, email.selectFirst(".email-subject").text());
        assertEquals("maya@example.org", email.selectFirst(".email-to").text());
        assertTrue(email.selectFirst(".email-headers").text().contains("List-Unsubscribe"), "headers shown");
        assertTrue(email.selectFirst(".email-text").text().contains("http://localhost:8080/actions"), "the plain part with its absolute link");
        assertTrue(email.selectFirst(".email-html").text().contains("&lt;script&gt;"), "the HTML part's source, escaped by the email itself");
        assertTrue(page.select("main script").isEmpty(), "nothing of the title runs on the page");
        assertNotNull(page.selectFirst(".email-mode[data-mode]"));
    }

    @Test
    void shouldKeepThePageToAdmins() {
        assertEquals(403, WebSession.signIn("sam").get("/admin/notifications/email").statusCode());
    }
}
