package dev.signpost.web.time;

import dev.signpost.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Times in the reader's zone: the one the browser reported or the reader chose (a cookie), else the portal's (UTC in
 * tests); a meeting also in its own zone where the clocks differ. The form on /time-zone works without JavaScript.
 */
@QuarkusTest
class ReaderZoneTest {

    /** sam's session of the Code Deployment SIG at 15:00 in Berlin on Sunday 6 December 2026; its page path. */
    private static String sessionAtThreeInBerlin(WebSession sam) {
        sam.get("/lean-coffee/new?sig=code-deployment");
        Response created = sam.post("/lean-coffee", Map.of("sig", "code-deployment", "title", "Zones", "date", "2026-12-06", "time", "15:00",
                "votes", "3", "timebox", "5", "facilitator", ""));
        assertEquals(303, created.statusCode(), created.asString());
        return created.header("Location").replaceAll("^https?://[^/]+", "");
    }

    private static Element start(WebSession who, String session) {
        Element time = who.page(session, 200).selectFirst("main time[data-meeting-zone]");
        assertNotNull(time, "the session's start on " + session);
        return time;
    }

    @Test
    void shouldShowAMeetingInThePortalsZoneWithItsOwnClockBeside() {
        WebSession sam = WebSession.signIn("sam");
        Element time = start(sam, sessionAtThreeInBerlin(sam));
        assertEquals("Sun 6 Dec 2026, 14:00 UTC (15:00 CET)", time.text());
        assertEquals("2026-12-06T15:00+01:00", time.attr("datetime"));
        assertEquals("UTC", sam.page("/sigs", 200).selectFirst("footer .reader-zone [data-zone]").text());
    }

    @Test
    void shouldShowTimesInTheZoneTheBrowserReported() {
        WebSession sam = WebSession.signIn("sam");
        String session = sessionAtThreeInBerlin(sam);
        sam.setCookie(ReaderTime.COOKIE, "Asia/Tokyo");
        assertEquals("Sun 6 Dec 2026, 23:00 JST (15:00 CET)", start(sam, session).text());
        sam.setCookie(ReaderTime.COOKIE, "Europe/Berlin");
        assertEquals("Sun 6 Dec 2026, 15:00 CET", start(sam, session).text(), "the same clock is said once");
        sam.setCookie(ReaderTime.COOKIE, "Etc/UTC");
        assertEquals("Sun 6 Dec 2026, 14:00 UTC (15:00 CET)", start(sam, session).text());
    }

    @Test
    void shouldFallBackToThePortalsZoneForAZoneNobodyKnows() {
        WebSession sam = WebSession.signIn("sam");
        String session = sessionAtThreeInBerlin(sam);
        for (String bad : new String[]{"Mars/Olympus", "<script>alert(1)</script>", "Europe/" + "x".repeat(5000), "SystemV/EST5", "+05:00"}) {
            sam.setCookie(ReaderTime.COOKIE, bad);
            assertEquals("Sun 6 Dec 2026, 14:00 UTC (15:00 CET)", start(sam, session).text(), bad);
        }
    }

    @Test
    void shouldSayHowLongAgoInTheHistoryWithTheFullMomentAsTitle() {
        WebSession sam = WebSession.signIn("sam");
        sam.get("/actions/new");
        Response created = sam.post("/actions", Map.of("title", "Relative times", "details", "", "owner", "sam", "due", "2026-12-10",
                "sig", "", "source", "", "ref", ""));
        assertEquals(303, created.statusCode(), created.asString());
        sam.setCookie(ReaderTime.COOKIE, "Europe/Berlin");
        Document item = sam.page(created.header("Location").replaceAll("^https?://[^/]+", ""), 200);
        Element created1 = item.selectFirst("ol.history time");
        assertEquals("just now", created1.text());
        assertEquals("Sat 28 Nov 2026, 13:00 CET", created1.attr("title"));
        assertEquals("2026-11-28T12:00:00Z", created1.attr("datetime"));
        assertEquals("Thu 10 Dec 2026", item.selectFirst("li.action-due time").text());
        assertEquals("2026-12-10", item.selectFirst("li.action-due time").attr("datetime"));
    }

    @Test
    void shouldRememberAZoneTheReaderChoseAndGoBack() {
        WebSession reader = WebSession.anonymous();
        Document form = reader.page("/time-zone?back=/sigs", 200);
        assertNotNull(form.selectFirst("label[for=tz-zone]"));
        assertTrue(form.select("#tz-zone option").size() > 300, "every region zone is offered");
        assertEquals("", form.selectFirst("#tz-zone option[selected]").val(), "automatic until the reader chooses");
        assertNotNull(form.selectFirst("#tz-zone option[value=Asia/Tokyo]"));

        Response chosen = reader.post("/time-zone", Map.of("zone", "Asia/Tokyo", "back", "/sigs"));
        assertEquals(303, chosen.statusCode());
        assertTrue(chosen.header("Location").endsWith("/sigs"), chosen.header("Location"));
        assertEquals("Asia/Tokyo", reader.cookie(ReaderTime.COOKIE).replace("\"", ""), "quoted or not");
        assertNotNull(reader.cookie(ReaderTime.PINNED_COOKIE), "a chosen zone is pinned: the browser's detection leaves it alone");

        Document sigs = reader.page("/sigs", 200);
        assertEquals("Asia/Tokyo", sigs.selectFirst("footer .reader-zone [data-zone]").text());
        assertTrue(sigs.selectFirst(".sig-next time").text().contains(" JST "), sigs.selectFirst(".sig-next time").text());
        assertEquals("Asia/Tokyo", reader.page("/time-zone", 200).selectFirst("#tz-zone option[selected]").val());

        Response automatic = reader.post("/time-zone", Map.of("zone", "", "back", "/sigs"));
        assertEquals(303, automatic.statusCode());
        assertTrue(automatic.headers().getValues("Set-Cookie").stream().anyMatch(c -> c.startsWith(ReaderTime.COOKIE + "=") && c.contains("Max-Age=0")),
                automatic.headers().getValues("Set-Cookie").toString());
    }

    @Test
    void shouldRefuseAZoneThatDoesNotExistAndKeepTheForm() {
        WebSession reader = WebSession.anonymous();
        reader.get("/time-zone");
        Response refused = reader.post("/time-zone", Map.of("zone", "Mars/<b>Olympus</b>", "back", "/tools"));
        assertEquals(400, refused.statusCode());
        Document page = Jsoup.parse(refused.asString());
        assertEquals("There is no time zone called “Mars/<b>Olympus</b>”. Pick one from the list, such as Europe/Berlin, or Automatic.",
                page.selectFirst("#tz-error").text());
        assertNull(page.selectFirst("#tz-error b"), "what was sent is escaped");
        assertEquals("/tools", page.selectFirst("input[name=back]").val(), "the way back is kept");
        assertNull(reader.cookie(ReaderTime.COOKIE));
    }

    @Test
    void shouldNeverSendTheReaderToAnotherSite() {
        WebSession reader = WebSession.anonymous();
        reader.get("/time-zone");
        Response chosen = reader.post("/time-zone", Map.of("zone", "Europe/Berlin", "back", "//evil.example/x"));
        assertEquals(303, chosen.statusCode());
        assertTrue(chosen.header("Location").matches("https?://[^/]+/"), chosen.header("Location"));
    }

    @Test
    void shouldLinkFromEveryPageToTheZoneChoiceComingBack() {
        Element link = WebSession.anonymous().page("/tools/jenkins", 200).selectFirst("footer .reader-zone a");
        assertEquals("/time-zone?back=%2Ftools%2Fjenkins", link.attr("href"));
    }

    @Test
    void shouldKeepAnAnonymousPageApartPerZone() {
        WebSession berlin = WebSession.anonymous();
        berlin.setCookie(ReaderTime.COOKIE, "Europe/Berlin");
        WebSession tokyo = WebSession.anonymous();
        tokyo.setCookie(ReaderTime.COOKIE, "Asia/Tokyo");
        for (int i = 0; i < 2; i++) {     // the second time from the anonymous page cache
            assertEquals("Europe/Berlin", berlin.page("/docs/practices/ci", 200).selectFirst("footer .reader-zone [data-zone]").text());
            assertEquals("Asia/Tokyo", tokyo.page("/docs/practices/ci", 200).selectFirst("footer .reader-zone [data-zone]").text());
        }
    }

    @Test
    void shouldWriteADocsPagesLastUpdateInEachReadersZone() {
        WebSession alice = WebSession.signIn("alice");
        for (String zone : List.of("Europe/Berlin", "Asia/Tokyo", "Europe/Berlin")) {     // the page's shared parts, per zone
            alice.setCookie(ReaderTime.COOKIE, zone);
            Element updated = alice.page("/docs/practices/ci", 200).selectFirst("li.doc-updated time");
            String expected = Instant.parse(updated.attr("datetime")).atZone(ZoneId.of(zone))
                    .format(DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm z", Locale.ENGLISH));
            assertEquals(expected, updated.attr("title"), zone);
        }
    }
}
