package dev.signpost.notifications.inbox;

import dev.signpost.notifications.Message;
import dev.signpost.WebSession;
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

/** The bell and {@code /notifications}: unread count, the list, marking read (only one's own), without JavaScript. */
@QuarkusTest
@Tag("database")
public class NotificationsResourceTest {

    public static final String HOSTILE = "<script>alert('x')</script><img src=x onerror=alert(1)> \"quoted\" & ünïcødé 🚀";

    @Inject
    PortalChannel portal;

    /** Delivers a notification to someone as the dispatcher would, and returns its id. */
    long deliver(String recipient, String title, String link) {
        String key = "test:" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> portal.send(new Message(0, "test", "portal", recipient, title, "A body", link, key, 0)));
        return QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>find("messageKey", key).firstResult().id);
    }

    /** The notification as stored now (read in a transaction of its own, never from an earlier read's cache). */
    static Notification stored(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>findById(id));
    }

    private static Element bell(Document page) {
        Element bell = page.selectFirst("header.site-header a.bell[href=/notifications]");
        assertNotNull(bell, "a bell in the header");
        return bell;
    }

    private static void markAllRead(WebSession session) {
        session.get("/notifications");
        assertEquals(303, session.post("/notifications/read", Map.of()).statusCode());
    }

    @Test
    void shouldShowTheUnreadCountOnTheBellAndNoCountWhenNothingIsUnread() {
        WebSession maya = WebSession.signIn("maya");
        markAllRead(maya);
        Element quiet = bell(maya.page("/", 200));
        assertNull(quiet.selectFirst(".bell-count"), "no count when nothing is unread");
        assertEquals("Notifications", quiet.selectFirst(".visually-hidden").text());

        deliver("maya", "First", "/actions");
        deliver("maya", "Second", "/actions");
        Element bell = bell(maya.page("/docs", 200));
        assertEquals("2 unread", bell.selectFirst(".bell-count").text());
        assertTrue(bell.hasClass("bell-unread"));
        Element nextToMyWork = bell.nextElementSibling();
        assertNotNull(nextToMyWork);
        assertTrue(nextToMyWork.is("details.my-work"), "the bell sits just before My work");
    }

    @Test
    void shouldShowNoBellToSomeoneNotSignedIn() {
        assertNull(WebSession.anonymous().page("/", 200).selectFirst("a.bell"));
    }

    @Test
    void shouldListNotificationsNewestFirstWithTheUnreadMarked() {
        WebSession alice = WebSession.signIn("alice");
        markAllRead(alice);
        long older = deliver("alice", "Older " + UUID.randomUUID(), "/actions/1");
        long newer = deliver("alice", "Newer " + UUID.randomUUID(), "/actions/2");
        Document page = alice.page("/notifications", 200);
        // other tests may have left alice notifications at a moved clock: compare these two with each other
        java.util.List<String> ids = page.select("ol.notifications > li.notification").eachAttr("data-id");
        assertTrue(ids.indexOf(String.valueOf(newer)) >= 0 && ids.indexOf(String.valueOf(newer)) < ids.indexOf(String.valueOf(older)),
                "the newer first: " + ids);
        Element item = page.selectFirst("ol.notifications > li.notification[data-id=" + newer + "]");
        assertTrue(item.hasClass("notification-unread"));
        assertEquals("New:", item.selectFirst(".notification-state").text());
        assertEquals("/actions/2", item.selectFirst(".notification-title a").attr("href"));
        assertNotNull(item.selectFirst("form.notification-mark-read[method=post][action=/notifications/" + newer + "/read] input[name=csrf-token]"));
        assertEquals("2 unread", page.selectFirst("header a.bell .bell-count").text());
    }

    @Test
    void shouldMarkOneAsReadAndComeBackToTheList() {
        WebSession alice = WebSession.signIn("alice");
        long id = deliver("alice", "To read " + UUID.randomUUID(), "/actions");
        alice.get("/notifications");
        Response marked = alice.post("/notifications/" + id + "/read", Map.of());
        assertEquals(303, marked.statusCode());
        assertTrue(marked.header("Location").endsWith("/notifications#notification-" + id), marked.header("Location"));
        Notification read = stored(id);
        assertNotNull(read.readAt);

        Element item = alice.page("/notifications", 200).selectFirst("li#notification-" + id);
        assertTrue(item.hasClass("notification") && !item.hasClass("notification-unread"));
        assertNull(item.selectFirst("form.notification-mark-read"));
    }

    @Test
    void shouldRefuseToMarkAnotherPersonsNotification() {
        long samsOwn = deliver("sam", "Sam's " + UUID.randomUUID(), "/actions");
        WebSession alice = WebSession.signIn("alice");
        alice.get("/notifications");
        assertEquals(404, alice.post("/notifications/" + samsOwn + "/read", Map.of()).statusCode());
        assertNull(stored(samsOwn).readAt, "still unread for sam");
        alice.get("/notifications");
        assertEquals(404, alice.post("/notifications/999999999/read", Map.of()).statusCode());
        alice.get("/notifications");
        assertEquals(404, alice.post("/notifications/abc/read", Map.of()).statusCode());
    }

    @Test
    void shouldMarkAllAsReadWithAMessageAfterwards() {
        WebSession sam = WebSession.signIn("sam");
        long one = deliver("sam", "One " + UUID.randomUUID(), "/actions");
        long two = deliver("sam", "Two " + UUID.randomUUID(), "/actions");
        long alices = deliver("alice", "Alice's " + UUID.randomUUID(), "/actions");
        sam.get("/notifications");
        Response done = sam.post("/notifications/read", Map.of());
        assertEquals(303, done.statusCode());
        assertEquals("/notifications", java.net.URI.create(done.header("Location")).getPath());
        assertNotNull(stored(one).readAt);
        assertNotNull(stored(two).readAt);
        assertNull(stored(alices).readAt, "only sam's own");

        Document after = sam.page("/notifications", 200);
        assertNotNull(after.selectFirst("p.banner-ok[role=status]"));
        assertNull(after.selectFirst("form.notifications-read-all"), "nothing left to mark");
        assertNull(after.selectFirst("header a.bell .bell-count"));
    }

    @Test
    void shouldRefuseAPostWithoutTheFormToken() {
        WebSession maya = WebSession.signIn("maya");
        long id = deliver("maya", "Guarded " + UUID.randomUUID(), "/actions");
        int status = maya.postWithout("/notifications/" + id + "/read", Map.of()).statusCode();
        assertTrue(status == 403 || status == 400, "refused: " + status);
        assertNull(stored(id).readAt);
    }

    @Test
    void shouldSendSomeoneNotSignedInToSignIn() {
        Response response = WebSession.anonymous().get("/notifications");
        assertTrue(response.statusCode() == 302 || response.statusCode() == 303 || response.statusCode() == 401, "status " + response.statusCode());
    }

    @Test
    void shouldPageALongList() {
        WebSession ada = WebSession.signIn("ada");
        for (int i = 0; i < Inbox.PAGE_SIZE + 3; i++) {
            deliver("ada", "Paged " + i, "/actions");
        }
        Document first = ada.page("/notifications", 200);
        assertEquals(Inbox.PAGE_SIZE, first.select("ol.notifications > li").size());
        Element next = first.selectFirst("nav.pagination a[rel=next]");
        assertNotNull(next);
        assertEquals("/notifications?page=2", next.attr("href"));
        Document second = ada.page(next.attr("href"), 200);
        assertTrue(second.select("ol.notifications > li").size() >= 3);
        assertNotNull(second.selectFirst("nav.pagination a[rel=prev][href=/notifications]"));
    }

    @Test
    void shouldShowAHostileTitleAsText() {
        WebSession maya = WebSession.signIn("maya");
        long id = deliver("maya", HOSTILE, "/actions");
        Document page = maya.page("/notifications", 200);
        Element item = page.selectFirst("li#notification-" + id);
        assertEquals(HOSTILE, item.selectFirst(".notification-title a").text());
        assertTrue(page.select("main script, main img").isEmpty(), "nothing the title held became markup");
    }
}
