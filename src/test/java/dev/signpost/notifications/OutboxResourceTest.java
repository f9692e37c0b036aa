package dev.signpost.notifications;

import dev.signpost.notifications.inbox.NotificationsResourceTest;

import dev.signpost.WebSession;
import dev.signpost.audit.AuditEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code /admin/notifications}: unsent messages with attempts and errors; Retry and Discard, audited; admins only. */
@QuarkusTest
@Tag("database")
class OutboxResourceTest {

    @Inject
    Outbox outbox;

    /** Queues a message and sets it to a state, as the dispatcher would have left it; returns its id. */
    long stored(String title, OutboxStatus status, int attempts, String error) {
        NewMessage message = new NewMessage("test", "alice", title, "", "/actions", "test:" + UUID.randomUUID());
        QuarkusTransaction.requiringNew().run(() -> {
            outbox.queueOn(message, ScriptedChannel.NAME);
            OutboxMessage row = OutboxMessage.<OutboxMessage>find("idempotencyKey", message.keyOn(ScriptedChannel.NAME)).firstResult();
            row.status = status;
            row.attempts = attempts;
            row.lastError = error;
        });
        return QuarkusTransaction.requiringNew().call(
                () -> OutboxMessage.<OutboxMessage>find("idempotencyKey", message.keyOn(ScriptedChannel.NAME)).firstResult().id);
    }

    /** The message as stored now (read in a transaction of its own, never from an earlier read's cache). */
    static OutboxMessage current(long id) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>findById(id));
    }

    private static Element row(Document page, long id) {
        return page.selectFirst("tr.outbox-row[data-id=" + id + "]");
    }

    @Test
    void shouldListDeadMessagesWithAttemptsAndTheLastError() {
        long id = stored("Dead " + UUID.randomUUID(), OutboxStatus.DEAD, 8, "HTTP 500 (gave up after 8 attempts)");
        Document page = WebSession.signIn("ada").page("/admin/notifications?status=dead", 200);
        Element row = row(page, id);
        assertNotNull(row);
        assertEquals("8", row.selectFirst(".outbox-attempts").text());
        assertEquals("HTTP 500 (gave up after 8 attempts)", row.selectFirst(".outbox-error").text());
        assertEquals("Dead", row.selectFirst(".outbox-status").text());
        assertEquals("dead", page.selectFirst("#outbox-status option[selected]").val());
        assertTrue(page.select("tr.outbox-row").stream().allMatch(r -> r.hasClass("outbox-dead")), "only dead ones under the filter");
    }

    @Test
    void shouldNotListSentMessages() {
        long id = stored("Sent " + UUID.randomUUID(), OutboxStatus.SENT, 1, null);
        assertNull(row(WebSession.signIn("ada").page("/admin/notifications", 200), id));
    }

    @Test
    void shouldRefuseAnUnknownStatusFilterClearly() {
        Document page = WebSession.signIn("ada").page("/admin/notifications?status=sent", 400);
        assertNotNull(page.selectFirst("p.banner-error[role=alert]"));
    }

    @Test
    void shouldRetryADeadMessageFromTheStartAndAuditIt() {
        long id = stored("Retry me " + UUID.randomUUID(), OutboxStatus.DEAD, 8, "timeout");
        WebSession ada = WebSession.signIn("ada");
        ada.get("/admin/notifications");
        Response retried = ada.post("/admin/notifications/" + id + "/retry", Map.of());
        assertEquals(303, retried.statusCode());
        OutboxMessage message = current(id);
        assertEquals(OutboxStatus.PENDING, message.status);
        assertEquals(0, message.attempts);
        assertEquals(1, AuditEvent.count("action = ?1 and targetId = ?2 and actor = ?3", "notification.retry", String.valueOf(id), "ada"));
        assertNotNull(ada.page("/admin/notifications", 200).selectFirst("p.banner-ok[role=status]"));
    }

    @Test
    void shouldDiscardAMessageAndAuditIt() {
        long id = stored("Discard me " + UUID.randomUUID(), OutboxStatus.FAILED, 2, "HTTP 503");
        WebSession ada = WebSession.signIn("ada");
        ada.get("/admin/notifications");
        assertEquals(303, ada.post("/admin/notifications/" + id + "/discard", Map.of()).statusCode());
        assertNull(current(id));
        assertEquals(1, AuditEvent.count("action = ?1 and targetId = ?2", "notification.discard", String.valueOf(id)));
        ada.get("/admin/notifications");
        assertEquals(404, ada.post("/admin/notifications/" + id + "/discard", Map.of()).statusCode(), "gone already");
        ada.get("/admin/notifications");
        assertEquals(404, ada.post("/admin/notifications/nope/retry", Map.of()).statusCode());
    }

    @Test
    void shouldRefuseNonAdmins() {
        long id = stored("Not yours " + UUID.randomUUID(), OutboxStatus.DEAD, 8, "x");
        WebSession sam = WebSession.signIn("sam");
        assertEquals(403, sam.get("/admin/notifications").statusCode());
        sam.get("/notifications");
        assertEquals(403, sam.post("/admin/notifications/" + id + "/retry", Map.of()).statusCode());
        sam.get("/notifications");
        assertEquals(403, sam.post("/admin/notifications/" + id + "/discard", Map.of()).statusCode());
        assertEquals(OutboxStatus.DEAD, current(id).status);
    }

    @Test
    void shouldShowAHostileTitleAndErrorAsText() {
        long id = stored(NotificationsResourceTest.HOSTILE, OutboxStatus.DEAD, 1, "<b>bold</b> error");
        Document page = WebSession.signIn("ada").page("/admin/notifications?status=dead", 200);
        Element row = row(page, id);
        assertEquals(NotificationsResourceTest.HOSTILE, row.selectFirst("td a").text());
        assertEquals("<b>bold</b> error", row.selectFirst(".outbox-error").text());
        assertTrue(page.select("main script, main img, .outbox-error b").isEmpty());
    }
}
