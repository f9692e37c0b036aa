package dev.signpost.twin;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two running instances of a twin build (PostgreSQL + demo sign-in) sharing one database pass Lean Coffee live
 * updates to each other through LISTEN/NOTIFY: a vote on A reaches an event stream held by B, and the reverse.
 * Started by src/test/twin/ci-stage.sh, which starts the instances and passes their base URLs as
 * {@code twin.a.url} and {@code twin.b.url}; excluded from every other run.
 */
@Tag("twin")
class TwinInstancesTest {

    /** The bound for a notice to travel from one instance to a board on the other. */
    private static final long WITHIN_MS = 2000;

    private final String a = base("twin.a.url");
    private final String b = base("twin.b.url");

    @Test
    void shouldPassLiveUpdatesBetweenInstancesBothWays() throws Exception {
        // One browser each: the cookies (session, CSRF) go to both instances, as behind a load balancer. The session
        // cookie signed by one instance is accepted by the other only because they share the session secret.
        Browser sam = Browser.signIn(a, "sam");
        Browser alice = Browser.signIn(b, "alice");

        // The date and time the instance itself proposes: its own today, whatever the calendar (or a moved clock) says.
        Element form = Jsoup.parse(sam.get(a + "/lean-coffee/new?sig=code-deployment").body()).selectFirst("form[action=/lean-coffee]");
        assertNotNull(form, "the new-session form");
        String date = form.select("input[name=date]").val();
        String time = form.select("input[name=time]").val();
        assertTrue(date.matches("\\d{4}-\\d{2}-\\d{2}") && time.matches("\\d{2}:\\d{2}"), "a proposed date and time: " + date + " " + time);
        // The instance and this test read the same clock (moved alike under faketime in CI's moved-clock stage). It
        // proposes the SIG's next Lean Coffee meeting from the charter (every other week; else the next whole hour):
        // never in the past, never further than one meeting cycle ahead, whatever the calendar says.
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long ahead = ChronoUnit.DAYS.between(today, LocalDate.parse(date));
        assertTrue(ahead >= -1 && ahead <= 15, "the instance proposes " + date + ", today is " + today);
        HttpResponse<String> created = sam.post(a + "/lean-coffee", Map.of("sig", "code-deployment", "title",
                "Twin " + UUID.randomUUID(), "date", date, "time", time, "votes", "3", "timebox", "5", "facilitator", ""));
        assertEquals(303, created.statusCode(), created.body());
        String session = path(created.headers().firstValue("Location").orElseThrow());

        sam.get(a + session);
        HttpResponse<String> added = sam.post(a + session + "/topics", Map.of("title", "Across instances", "pitch", "Why it matters."));
        assertEquals(303, added.statusCode(), added.body());
        long topic = Long.parseLong(added.headers().firstValue("Location").orElseThrow().replaceAll(".*#topic-", ""));
        sam.get(a + session);
        assertEquals(303, sam.post(a + session + "/phase", Map.of("to", "voting")).statusCode(), "to voting");

        // A -> B: alice watches on B, sam votes on A
        assertEquals(200, alice.get(b + session).statusCode(), "alice's board on B");
        voteReaches(sam, a, alice, b, session, topic);

        // B -> A: alice watches on A (her B cookie), sam votes on B (his A cookie)
        assertEquals(200, sam.get(b + session).statusCode(), "sam's session from A is valid on B");
        voteReaches(sam, b, alice, a, session, topic);
    }

    private static void voteReaches(Browser voter, String on, Browser watcher, String watchedOn, String session, long topic) throws Exception {
        try (EventStream stream = watcher.events(watchedOn + session + "/events")) {
            Thread.sleep(500);
            stream.events.clear(); // only what the vote below causes
            voter.get(on + session);
            HttpResponse<String> vote = voter.post(on + session + "/topics/" + topic + "/vote", Map.of());
            long answered = System.nanoTime();
            assertEquals(303, vote.statusCode(), "vote on " + on + ": " + vote.body());
            String event = stream.events.poll(WITHIN_MS, TimeUnit.MILLISECONDS);
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - answered);
            assertNotNull(event, "a vote on " + on + " reached the stream on " + watchedOn + " within " + WITHIN_MS + " ms");
            System.out.printf("twin: vote on %s reached the stream on %s %d ms after its response (%s)%n", on, watchedOn, ms, event);
        }
    }

    static String base(String property) {
        String url = System.getProperty(property);
        assertTrue(url != null && !url.isBlank(), "system property " + property + " (src/test/twin/ci-stage.sh sets it)");
        return url.replaceAll("/$", "");
    }

    static String path(String location) {
        return location.replaceAll("^https?://[^/]+", "");
    }
}
