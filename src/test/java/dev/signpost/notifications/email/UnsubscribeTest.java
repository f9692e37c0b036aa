package dev.signpost.notifications.email;

import dev.signpost.audit.AuditEvent;
import dev.signpost.notifications.Cadence;
import dev.signpost.notifications.Kind;
import dev.signpost.notifications.NewMessage;
import dev.signpost.notifications.Outbox;
import dev.signpost.notifications.OutboxMessage;
import dev.signpost.notifications.Preferences;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one-click unsubscribe link: GET shows what it turns off and changes nothing; POST (a mail program's one-click
 * request, no session and no CSRF token, or the page's button) turns the kind off and says so; a forged or broken link
 * is a 400 page. Each test uses a person of its own: their choices outlive the test in the shared database.
 */
@QuarkusTest
@Tag("database")
class UnsubscribeTest {

    @Inject
    Unsubscribe links;
    @Inject
    Preferences preferences;
    @Inject
    Outbox outbox;

    private static String someone() {
        return "reader-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private String path(String user, Kind kind) {
        return Unsubscribe.PATH + "?" + links.query(user, kind);
    }

    /** As a mail program or a scanner sends it: the link exactly as written, no cookies. */
    private static Response get(String path) {
        return given().urlEncodingEnabled(false).redirects().follow(false).get(path);
    }

    private static Response oneClick(String path) {
        return given().urlEncodingEnabled(false).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .body("List-Unsubscribe=One-Click").post(path);
    }

    private static Document page(Response response, int status) {
        assertEquals(status, response.statusCode(), response.asString());
        assertTrue(response.contentType().startsWith("text/html"), response.contentType());
        return Jsoup.parse(response.asString());
    }

    private static long ownChoices(String user) {
        return QuarkusTransaction.requiringNew().call(() -> dev.signpost.notifications.Preference.count("key.username", user));
    }

    @Test
    void shouldShowWhatTheLinkTurnsOffAndChangeNothingOnGet() {
        String user = someone();
        Document page = page(get(path(user, Kind.ACTION_ASSIGNED)), 200);
        assertEquals("Unsubscribe from these emails?", page.selectFirst("h1").text());
        assertEquals(user, page.selectFirst(".unsubscribe-user").text());
        assertEquals(Kind.ACTION_ASSIGNED.label(), page.selectFirst(".unsubscribe-kind").text());
        assertTrue(page.text().contains("you will not be notified about this any more, by email or in the portal"), page.text());
        Element form = page.selectFirst("form.unsubscribe-form");
        assertNotNull(form);
        assertEquals("post", form.attr("method"));
        assertEquals(path(user, Kind.ACTION_ASSIGNED), form.attr("action"));
        assertEquals("One-Click", form.selectFirst("input[name=List-Unsubscribe]").val());
        assertEquals("Unsubscribe", form.selectFirst("button[type=submit]").text());
        assertNotNull(page.selectFirst("a[href=/notifications/preferences]"));

        get(path(user, Kind.ACTION_ASSIGNED));
        assertEquals(0, ownChoices(user), "looking at the link changes nothing");
        assertEquals(Cadence.IMMEDIATELY, preferences.cadence(user, Kind.ACTION_ASSIGNED));
    }

    @Test
    void shouldUnsubscribeWithOneClickWithoutSessionOrCsrfTokenAndQueueNothingMore() {
        String user = someone();
        Document page = page(oneClick(path(user, Kind.ACTION_ASSIGNED)), 200);
        assertEquals("You will no longer get emails about “" + Kind.ACTION_ASSIGNED.label() + "”", page.selectFirst("h1").text());
        assertTrue(page.text().contains("any more, by email or in the portal"), page.text());
        assertNotNull(page.selectFirst("a[href=/notifications/preferences]"));
        assertEquals(Cadence.OFF, preferences.cadence(user, Kind.ACTION_ASSIGNED));
        assertEquals(Cadence.IMMEDIATELY, preferences.cadence(user, Kind.FEEDBACK_ANSWERED), "only the link's kind");

        List<AuditEvent> audit = QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>list("actor", user));
        assertEquals(1, audit.size());
        assertEquals("notification.unsubscribe", audit.get(0).action);
        assertEquals(Kind.ACTION_ASSIGNED.code(), audit.get(0).targetId);

        assertEquals(200, oneClick(path(user, Kind.ACTION_ASSIGNED)).statusCode(), "a second click is fine");
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("actor", user)), "and changes nothing");

        NewMessage assigned = new NewMessage(Kind.ACTION_ASSIGNED.code(), user, "Another item", "", "/actions/3", "unsub:" + UUID.randomUUID());
        QuarkusTransaction.requiringNew().run(() -> outbox.queue(assigned));
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> OutboxMessage.count("recipient", user)), "nothing for them any more");
    }

    @Test
    void shouldUnsubscribeThroughTheConfirmationPagesButton() {
        String user = someone();
        Document confirm = page(get(path(user, Kind.FEEDBACK_ANSWERED)), 200);
        Element form = confirm.selectFirst("form.unsubscribe-form");
        Response posted = given().urlEncodingEnabled(false).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .body("List-Unsubscribe=One-Click").post(form.attr("action"));
        page(posted, 200);
        assertEquals(Cadence.OFF, preferences.cadence(user, Kind.FEEDBACK_ANSWERED));
    }

    @Test
    void shouldWorkForANameThatNeedsEncodingAndShowItAsText() {
        String user = "jörg & co <script>alert(1)</script> " + UUID.randomUUID().toString().substring(0, 4);
        Document confirm = page(get(path(user, Kind.ACTION_REMINDER)), 200);
        assertEquals(user, confirm.selectFirst(".unsubscribe-user").text());
        assertTrue(confirm.select("script").isEmpty());
        page(oneClick(path(user, Kind.ACTION_REMINDER)), 200);
        assertEquals(Cadence.OFF, preferences.cadence(user, Kind.ACTION_REMINDER));
    }

    @Test
    void shouldRefuseAForgedOrBrokenLinkWithA400PageAndChangeNothing() {
        String user = someone();
        String good = links.query(user, Kind.ACTION_ASSIGNED);
        String sig = good.substring(good.indexOf("&sig=") + 5);
        String flipped = (sig.charAt(0) == 'A' ? "B" : "A") + sig.substring(1);
        String other = someone();
        List<String> broken = List.of(
                "?user=" + user + "&kind=action-assigned&sig=" + flipped,
                "?user=" + other + "&kind=action-assigned&sig=" + sig,
                "?user=" + user + "&kind=feedback-answered&sig=" + sig,
                "?user=" + user + "&kind=no-such-kind&sig=" + sig,
                "?user=" + user + "&kind=tool-ring&sig=" + sig,
                "?user=" + user + "&kind=action-assigned",
                "?user=" + user + "&kind=action-assigned&sig=" + sig + "&user=" + other,
                "?user=" + user + "&kind=action-assigned&sig=not+base64!",
                "?user=" + user + "&kind=action-assigned&sig=" + sig.substring(0, 20),
                "?user=" + "x".repeat(300) + "&kind=action-assigned&sig=" + sig,
                "");
        for (String query : broken) {
            Document get = page(get(Unsubscribe.PATH + query), 400);
            assertEquals("This unsubscribe link does not work", get.selectFirst("h1").text(), query);
            Document post = page(oneClick(Unsubscribe.PATH + query), 400);
            assertEquals("This unsubscribe link does not work", post.selectFirst("h1").text(), query);
        }
        assertEquals(0, ownChoices(user));
        assertEquals(0, ownChoices(other));
    }

    @Test
    void shouldAnswer400ToAQueryThatCannotBeDecoded() throws Exception {
        // a client library would refuse to send this; a raw request can
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", io.restassured.RestAssured.port)) {
            socket.getOutputStream().write(("POST " + Unsubscribe.PATH + "?user=a&kind=action-assigned&sig=%%% HTTP/1.1\r\n"
                    + "Host: 127.0.0.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream())).readLine();
            assertEquals("HTTP/1.1 400 Bad Request", status);
        }
    }

    @Test
    void shouldTurnOffEveryKindOfTheDailyDigestFromItsLink() {
        String user = someone();
        Map<Kind, Cadence> choices = new EnumMap<>(Kind.class);
        Kind.chosenByPeople().forEach(kind -> choices.put(kind, Cadence.IMMEDIATELY));
        choices.put(Kind.ACTION_ASSIGNED, Cadence.DAILY);
        choices.put(Kind.FOLLOWED_CHANGED, Cadence.DAILY);
        preferences.choose(user, choices);

        Document confirm = page(get(path(user, Kind.DIGEST)), 200);
        assertEquals("Unsubscribe from your daily digest?", confirm.selectFirst("h1").text());

        Document done = page(oneClick(path(user, Kind.DIGEST)), 200);
        assertEquals("You will no longer get a daily digest", done.selectFirst("h1").text());
        assertEquals(List.of(Kind.ACTION_ASSIGNED.label(), Kind.FOLLOWED_CHANGED.label()), done.select(".unsubscribed-kinds li").eachText());
        assertEquals(Cadence.OFF, preferences.cadence(user, Kind.ACTION_ASSIGNED));
        assertEquals(Cadence.OFF, preferences.cadence(user, Kind.FOLLOWED_CHANGED));
        assertEquals(Cadence.IMMEDIATELY, preferences.cadence(user, Kind.FEEDBACK_ANSWERED));

        Document again = page(oneClick(path(user, Kind.DIGEST)), 200);
        assertEquals("You get no daily digest", again.selectFirst("h1").text());
    }
}
