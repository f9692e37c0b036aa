package dev.signpost.leancoffee;

import dev.signpost.TestClock;
import dev.signpost.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A whole Lean Coffee session through its pages: topics, dots, discussion with a timebox and thumbs, an action item, the summary. */
@QuarkusTest
@Tag("database")
class LeanCoffeeFlowTest {

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void aNewSessionStartsAtTheSigsNextLeanCoffeeByDefault() {
        WebSession sam = WebSession.signIn("sam");
        // The test clock says Saturday 28 November 2026, 13:00 in Berlin; the SIG's Lean Coffee is every other Tuesday
        // at 15:00 from 3 November, beside a weekly review on Fridays that comes sooner.
        org.jsoup.nodes.Document form = sam.page("/lean-coffee/new?sig=code-deployment", 200);
        assertEquals("2026-12-01", form.selectFirst("input[name=date]").attr("value"));
        assertEquals("15:00", form.selectFirst("input[name=time]").attr("value"));
        assertEquals("(Europe/Berlin)", form.selectFirst("label[for=lc-time] .muted").text(), "in the zone of the SIG's meetings");
        org.jsoup.nodes.Document noSig = sam.page("/lean-coffee/new", 200);
        assertEquals("2026-11-28", noSig.selectFirst("input[name=date]").attr("value"), "without a SIG: the next whole hour");
        assertEquals("13:00", noSig.selectFirst("input[name=time]").attr("value"), "in the portal's zone (UTC in tests)");
        assertEquals("(UTC)", noSig.selectFirst("label[for=lc-time] .muted").text());
    }

    @Test
    void aSessionKeepsTheZoneItWasPlannedIn() {
        WebSession sam = WebSession.signIn("sam");
        String session = createSession(sam, "Zone " + UUID.randomUUID(), "3");
        org.jsoup.nodes.Element when = sam.page(session, 200).selectFirst("main time[data-meeting-zone]");
        assertNotNull(when, "the session's time, with its own zone beside the reader's");
        assertEquals("Europe/Berlin", when.attr("data-meeting-zone"));
        assertEquals("2026-11-28T14:00+01:00", when.attr("datetime"), "14:00 in Berlin, on the session's own clock");
    }

    /** sam creates a session of the Code Deployment SIG; returns its path. */
    static String createSession(WebSession sam, String title, String votes) {
        sam.page("/lean-coffee/new?sig=code-deployment", 200);
        Response created = sam.post("/lean-coffee", Map.of("sig", "code-deployment", "title", title, "date", "2026-11-28", "time", "14:00",
                "votes", votes, "timebox", "5", "facilitator", ""));
        assertEquals(303, created.statusCode(), created.asString());
        return created.header("Location").replaceAll("^https?://[^/]+", "");
    }

    static long addTopic(WebSession who, String session, String title) {
        who.get(session);
        Response added = who.post(session + "/topics", Map.of("title", title, "pitch", "Why it matters."));
        assertEquals(303, added.statusCode(), added.asString());
        return Long.parseLong(added.header("Location").replaceAll(".*#topic-", ""));
    }

    static void phase(WebSession facilitator, String session, String to) {
        facilitator.get(session);
        assertEquals(303, facilitator.post(session + "/phase", Map.of("to", to)).statusCode(), "to " + to);
    }

    @Test
    void shouldRunASessionFromTopicsToSummary() {
        WebSession sam = WebSession.signIn("sam");
        String session = createSession(sam, "Deploy pains " + UUID.randomUUID(), "3");
        Document created = sam.page(session, 200);
        assertTrue(sam.page("/sigs/code-deployment", 200).select(".sig-lean-coffee a").eachAttr("href").contains(session),
                "the SIG page lists the open session");
        assertEquals("sam", created.selectFirst(".lc-facilitator").text(), "the creator facilitates by default");
        assertEquals("Collecting topics", created.selectFirst(".lc-phase").text());

        WebSession alice = WebSession.signIn("alice");
        long slow = addTopic(alice, session, "Slow staging deploys");
        long flaky = addTopic(sam, session, "Flaky smoke tests");

        alice.get(session);
        assertEquals(403, alice.postWithout(session + "/topics/" + slow + "/vote", Map.of()).statusCode(), "no CSRF token, no dot");
        alice.get(session);
        Response early = alice.post(session + "/topics/" + slow + "/vote", Map.of());
        assertEquals(409, early.statusCode(), "no dots while collecting");
        assertTrue(Jsoup.parse(early.asString()).selectFirst("#lc-error").text().length() > 5);

        phase(sam, session, "voting");
        for (int i = 0; i < 3; i++) {
            alice.get(session);
            assertEquals(303, alice.post(session + "/topics/" + slow + "/vote", Map.of()).statusCode());
        }
        alice.get(session);
        Response fourth = alice.post(session + "/topics/" + flaky + "/vote", Map.of());
        assertEquals(409, fourth.statusCode(), "three dots each");
        alice.get(session);
        assertEquals(303, alice.post(session + "/topics/" + slow + "/unvote", Map.of()).statusCode());
        alice.get(session);
        assertEquals(303, alice.post(session + "/topics/" + flaky + "/vote", Map.of()).statusCode());
        Document voting = alice.page(session, 200);
        assertEquals("0 of 3 dots left", voting.selectFirst(".lc-dots-left").text());
        assertEquals("2", voting.selectFirst("#topic-" + slow + " .lc-votes").attr("data-votes"));

        WebSession.signIn("alice").get(session);
        Response notFacilitator = alice.post(session + "/phase", Map.of("to", "discussing"));
        assertEquals(403, notFacilitator.statusCode());

        phase(sam, session, "discussing");
        Document discussing = sam.page(session, 200);
        assertEquals(List.of(String.valueOf(slow), String.valueOf(flaky)), discussing.select(".column-to-discuss li.lc-card").eachAttr("data-topic"),
                "most dots first");
        assertEquals(303, sam.post(session + "/topics/" + slow + "/move", Map.of("to", "discussing")).statusCode());
        sam.get(session);
        assertEquals(303, sam.post(session + "/topics/" + slow + "/timer", Map.of()).statusCode());
        Document timed = sam.page(session, 200);
        assertEquals("5:00", timed.selectFirst("#topic-" + slow + " .lc-timer").text());
        assertEquals(3, timed.select("#topic-" + slow + " .lc-thumbs button").size(), "thumbs are open while the time runs");
        assertNull(timed.selectFirst("#topic-" + flaky + " .lc-thumbs"), "only on the topic under discussion");

        TestClock.advance(Duration.ofMinutes(5));
        alice.get(session);
        assertEquals(303, alice.post(session + "/topics/" + slow + "/thumb", Map.of("thumb", "down")).statusCode());
        Document thumbs = alice.page(session, 200);
        assertEquals("0 keep going, 0 wrap up, 1 move on", thumbs.selectFirst("#topic-" + slow + " .lc-tally").text());
        assertEquals("Move on", thumbs.selectFirst("#topic-" + slow + " .lc-verdict").text());

        sam.get(session);
        assertEquals(303, sam.post(session + "/topics/" + slow + "/notes", Map.of("notes", "Staging waits for the runner pool.")).statusCode());
        sam.get(session);
        String title = "Add runners to the staging pool " + UUID.randomUUID();
        Response captured = sam.post(session + "/topics/" + slow + "/actions", Map.of("title", title, "owner", "alice", "due", "2026-12-15"));
        assertEquals(303, captured.statusCode(), captured.asString());
        Document withAction = alice.page(session, 200);
        assertTrue(withAction.select("#topic-" + slow + " .lc-actions a").eachText().contains(title));
        Document mine = alice.page("/", 200);
        assertTrue(mine.select("section.my-actions li.action-row a").eachText().contains(title), "it is in alice's items on her home page");

        sam.get(session);
        assertEquals(303, sam.post(session + "/topics/" + slow + "/move", Map.of("to", "discussed")).statusCode());
        phase(sam, session, "closed");
        Document sig = alice.page("/sigs/code-deployment", 200);
        assertTrue(sig.select(".sig-lean-coffee a").eachAttr("href").contains(session + "/summary"), "the SIG page lists the past session");
        Document summary = alice.page(session + "/summary", 200);
        assertTrue(summary.select(".lc-attendees li").eachText().containsAll(List.of("alice", "sam")));
        assertTrue(summary.select(".lc-summary-actions a").eachText().contains(title));
        Response markdown = alice.get(session + "/summary.md");
        assertEquals(200, markdown.statusCode());
        assertTrue(markdown.contentType().startsWith("text/markdown"));
        assertTrue(markdown.asString().contains("Staging waits for the runner pool"), markdown.asString());
    }

    @Test
    void shouldShowOpenItemsFromEarlierSessionsFirst() {
        WebSession sam = WebSession.signIn("sam");
        String first = createSession(sam, "First " + UUID.randomUUID(), "3");
        long topic = addTopic(sam, first, "Runner capacity");
        phase(sam, first, "voting");
        phase(sam, first, "discussing");
        sam.get(first);
        sam.post(first + "/topics/" + topic + "/move", Map.of("to", "discussing"));
        sam.get(first);
        String title = "Carry me over " + UUID.randomUUID();
        assertEquals(303, sam.post(first + "/topics/" + topic + "/actions", Map.of("title", title, "owner", "sam", "due", "2026-12-01"))
                .statusCode());

        sam.page("/lean-coffee/new?sig=code-deployment", 200);
        Response next = sam.post("/lean-coffee", Map.of("sig", "code-deployment", "title", "Second " + UUID.randomUUID(), "date", "2026-12-12",
                "time", "15:00", "votes", "", "timebox", "", "facilitator", ""));
        assertEquals(303, next.statusCode(), next.asString());
        Document page = sam.page(next.header("Location").replaceAll("^https?://[^/]+", ""), 200);
        assertNotNull(page.selectFirst(".lc-carried-over"));
        assertTrue(page.select(".lc-carried-over li").eachText().stream().anyMatch(t -> t.startsWith("Still open from Sat 28 Nov 2026") && t.contains(title)),
                page.select(".lc-carried-over li").eachText().toString());
    }

    @Test
    void shouldKeepWhatWasTypedWhenRefused() {
        WebSession sam = WebSession.signIn("sam");
        sam.page("/lean-coffee/new", 200);
        Response refused = sam.post("/lean-coffee", Map.of("sig", "nope", "title", "x", "date", "2026-13-01", "time", "25:00", "votes", "99",
                "timebox", "0", "facilitator", "<b>"));
        assertEquals(400, refused.statusCode());
        Document form = Jsoup.parse(refused.asString());
        assertEquals("x", form.selectFirst("#lc-title").val());
        assertTrue(form.select(".field-error").size() >= 5, form.select(".field-error").eachText().toString());

        String session = createSession(sam, "Typed " + UUID.randomUUID(), "3");
        sam.get(session);
        String longTitle = "t".repeat(121);
        Response topic = sam.post(session + "/topics", Map.of("title", longTitle, "pitch", "kept pitch"));
        assertEquals(400, topic.statusCode());
        Document page = Jsoup.parse(topic.asString());
        assertEquals(longTitle, page.selectFirst("#lc-topic-title").val());
        assertEquals("kept pitch", page.selectFirst("#lc-topic-pitch").text());

        WebSession alice = WebSession.signIn("alice");
        assertEquals(403, alice.get("/lean-coffee/new").statusCode());
        alice.get("/lean-coffee");
        assertEquals(403, alice.post("/lean-coffee", Map.of("title", "Mine")).statusCode());
        assertEquals(404, alice.get("/lean-coffee/987654321").statusCode());
        assertEquals(302, WebSession.anonymous().get("/lean-coffee").statusCode());
    }
}
