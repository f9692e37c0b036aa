package dev.signpost.actions;

import dev.signpost.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.DateProperty;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static dev.signpost.actions.ActionForms.changeStatus;
import static dev.signpost.actions.ActionForms.create;
import static dev.signpost.actions.ActionForms.item;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The calendar feeds as a calendar app fetches them: no session, the secret in the address, parsed back with ical4j;
 * a person's feed, a SIG's, and replacing the address.
 */
@QuarkusTest
@Tag("database")
class CalendarFeedTest {

    private static String unique(String what) {
        return what + " " + UUID.randomUUID();
    }

    /** The path and query of an absolute feed address, as a request to this test's server takes it. */
    private static String pathOf(String url) {
        URI uri = URI.create(url);
        assertTrue(uri.isAbsolute(), "the page gives a full address to subscribe to: " + url);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static String myFeed(WebSession session) {
        Element input = session.page("/actions/calendar", 200).selectFirst("input#feed-mine");
        assertNotNull(input, "the page shows the person's own feed address");
        assertTrue(input.hasClass("feed-url"));
        return pathOf(input.val());
    }

    /** Fetches a feed as a calendar app does: no cookies, no session. */
    private static Response fetch(String path) {
        return given().redirects().follow(false).get(path);
    }

    private static Calendar calendar(String path) {
        Response response = fetch(path);
        assertEquals(200, response.statusCode(), path + ": " + response.asString());
        assertTrue(response.contentType().startsWith("text/calendar"), response.contentType());
        try {
            return new CalendarBuilder().build(new StringReader(response.asString()));
        } catch (IOException | ParserException e) {
            return fail("not a calendar ical4j can read: " + e.getMessage());
        }
    }

    private static Optional<VEvent> event(Calendar calendar, long id) {
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        return events.stream().filter(e -> value(e, "UID").startsWith("action-" + id + "@")).findFirst();
    }

    private static String value(Component component, String name) {
        return component.getProperty(name).map(Property::getValue).orElse("");
    }

    @Test
    void shouldServeMyFeedWithoutASession() {
        WebSession sam = WebSession.signIn("sam");
        String title = unique("Rotate the deploy keys");
        long mine = create(sam, item(title, "sam", "2026-12-12", "code-deployment"));
        long undated = create(sam, item(unique("Someday"), "sam"));
        long alices = create(sam, item(unique("Not sam's"), "alice", "2026-12-12", ""));
        String feed = myFeed(sam);
        assertTrue(feed.matches("/actions/calendar/[A-Za-z0-9_-]{43}\\.ics"), feed);

        Response response = fetch(feed);
        assertEquals(200, response.statusCode());
        assertEquals("private, max-age=300", response.header("Cache-Control"));
        assertTrue(response.detailedCookies().asList().stream().noneMatch(c -> c.getName().equals("signpost-session")), "no session made");

        Calendar calendar = calendar(feed);
        assertEquals("Action items of sam", calendar.getProperty("X-WR-CALNAME").map(Property::getValue).orElse(null));
        VEvent event = event(calendar, mine).orElseThrow(() -> new AssertionError("sam's item is in his feed"));
        assertTrue(value(event, "UID").matches("action-" + mine + "@[^@\\s]+"), value(event, "UID"));
        DateProperty<?> start = event.<DateProperty<?>>getProperty("DTSTART").orElseThrow();
        assertEquals(LocalDate.of(2026, 12, 12), assertInstanceOf(LocalDate.class, start.getDate()), "an all-day event on the due date");
        assertEquals(Value.DATE, start.getParameter("VALUE").orElseThrow());
        assertEquals("Due: " + title, value(event, "SUMMARY"));
        assertTrue(value(event, "URL").endsWith("/actions/" + mine), value(event, "URL"));
        assertTrue(event(calendar, undated).isEmpty(), "an item without a due date has no event");
        assertTrue(event(calendar, alices).isEmpty(), "someone else's item is not in sam's feed");
    }

    @Test
    void shouldShowFinishedItemsAsDoneOrCancelled() {
        WebSession sam = WebSession.signIn("sam");
        String title = unique("Retire the old runner");
        long done = create(sam, item(title, "sam", "2026-12-03", ""));
        long dropped = create(sam, item(unique("Drop me"), "sam", "2026-12-04", ""));
        assertEquals(303, changeStatus(sam, done, "done", "").statusCode());
        assertEquals(303, changeStatus(sam, dropped, "dropped", "Not needed").statusCode());
        Calendar calendar = calendar(myFeed(sam));
        assertEquals("Done: " + title, value(event(calendar, done).orElseThrow(), "SUMMARY"));
        assertEquals("CANCELLED", value(event(calendar, dropped).orElseThrow(), "STATUS"));
    }

    @Test
    void shouldServeASigFeedWithItsItemsWhoeverOwnsThem() {
        WebSession sam = WebSession.signIn("sam");
        String title = unique("Alice's deploy item");
        long deployment = create(sam, item(title, "alice", "2026-12-08", "code-deployment"));
        long testing = create(sam, item(unique("Testing item"), "alice", "2026-12-08", "testing-quality"));

        Document page = sam.page("/actions/calendar", 200);
        List<String> sigFeeds = page.select("ul.sig-feeds input.feed-url").eachAttr("value");
        assertEquals(3, sigFeeds.size(), sigFeeds.toString());
        String deploymentFeed = sigFeeds.stream().filter(u -> u.endsWith("?sig=code-deployment")).findFirst()
                .orElseThrow(() -> new AssertionError("a feed for the Code Deployment SIG: " + sigFeeds));
        assertEquals(pathOf(page.selectFirst("input#feed-mine").val()) + "?sig=code-deployment", pathOf(deploymentFeed));

        Calendar calendar = calendar(pathOf(deploymentFeed));
        assertEquals("Action items of the Code Deployment SIG", calendar.getProperty("X-WR-CALNAME").map(Property::getValue).orElse(null));
        VEvent event = event(calendar, deployment).orElseThrow(() -> new AssertionError("the SIG's item owned by alice"));
        assertEquals("Due: " + title, value(event, "SUMMARY"));
        assertEquals(LocalDate.of(2026, 12, 8), event.<DateProperty<?>>getProperty("DTSTART").orElseThrow().getDate());
        assertTrue(value(event, "DESCRIPTION").contains("Owner: alice"), value(event, "DESCRIPTION"));
        assertTrue(event(calendar, testing).isEmpty(), "another SIG's item");
    }

    @Test
    void shouldStopTheOldAddressWhenANewOneIsMade() {
        WebSession maya = WebSession.signIn("maya");
        String old = myFeed(maya);
        assertEquals(old, myFeed(maya), "the address stays until replaced");
        assertEquals(200, fetch(old).statusCode());

        Response regenerated = maya.post("/actions/calendar", Map.of());
        assertEquals(303, regenerated.statusCode(), regenerated.asString());
        assertTrue(regenerated.header("Location").endsWith("/actions/calendar"), regenerated.header("Location"));
        Document page = maya.page("/actions/calendar", 200);
        assertNotNull(page.selectFirst("p.banner-ok"), "the page says the address is new");
        String replaced = pathOf(page.selectFirst("input#feed-mine").val());
        assertNotEquals(old, replaced);

        Response gone = fetch(old);
        assertEquals(404, gone.statusCode());
        assertTrue(gone.asString().contains("/actions/calendar"), "says where to get the new address: " + gone.asString());
        assertEquals(404, fetch(old + "?sig=code-deployment").statusCode(), "the SIG feeds of the old address too");
        assertEquals(200, fetch(replaced).statusCode());
        assertEquals(200, fetch(replaced + "?sig=testing-quality").statusCode());
    }

    @Test
    void shouldNotReplaceTheAddressWithoutTheCsrfToken() {
        WebSession ada = WebSession.signIn("ada");
        String feed = myFeed(ada);
        Response refused = ada.postWithout("/actions/calendar", Map.of());
        assertTrue(refused.statusCode() == 400 || refused.statusCode() == 403, "refused: " + refused.statusCode());
        assertEquals(feed, myFeed(ada));
        assertEquals(200, fetch(feed).statusCode());
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownTokenOrSig() {
        assertEquals(404, fetch("/actions/calendar/" + "A".repeat(43) + ".ics").statusCode(), "well-formed but unknown");
        assertEquals(404, fetch("/actions/calendar/garbage.ics").statusCode());
        String feed = myFeed(WebSession.signIn("sam"));
        Response unknownSig = fetch(feed + "?sig=no-such-sig");
        assertEquals(404, unknownSig.statusCode());
        assertTrue(unknownSig.asString().contains("There is no SIG \"no-such-sig\"."), unknownSig.asString());
        assertFalse(unknownSig.contentType().startsWith("text/calendar"), unknownSig.contentType());
    }
}
