package dev.signpost.leancoffee;

import dev.signpost.HeaderUsers;
import dev.signpost.TestClock;
import dev.signpost.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What only the facilitator does, and the rules around it: merging duplicates, hidden totals, timebox extensions, thumbs. */
@QuarkusTest
@Tag("database")
class LeanCoffeeFacilitationTest {

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    private static String hiddenSession(WebSession sam) {
        sam.page("/lean-coffee/new?sig=testing-quality", 200);
        Response created = sam.post("/lean-coffee", Map.of("sig", "testing-quality", "title", "Hidden " + UUID.randomUUID(), "date", "2026-11-28",
                "time", "14:00", "votes", "2", "timebox", "4", "facilitator", "", "hiddenVotes", "true"));
        assertEquals(303, created.statusCode(), created.asString());
        return created.header("Location").replaceAll("^https?://[^/]+", "");
    }

    @Test
    void shouldMergeDuplicatesMovingTheirDotsAndHideTotalsUntilVotingEnds() {
        WebSession sam = WebSession.signIn("sam");
        String session = hiddenSession(sam);
        long kept = LeanCoffeeFlowTest.addTopic(sam, session, "Flaky tests");
        WebSession alice = WebSession.signIn("alice");
        long duplicate = LeanCoffeeFlowTest.addTopic(alice, session, "Tests that fail at random");
        LeanCoffeeFlowTest.phase(sam, session, "voting");
        alice.get(session);
        assertEquals(303, alice.post(session + "/topics/" + duplicate + "/vote", Map.of()).statusCode());
        alice.get(session);
        assertEquals(303, alice.post(session + "/topics/" + kept + "/vote", Map.of()).statusCode());

        Document hidden = sam.page(session, 200);
        assertTrue(hidden.select(".lc-votes").isEmpty(), "no totals while voting is hidden, not even for the facilitator");
        assertTrue(hidden.selectFirst(".lc-status").text().contains("vote totals are hidden"));
        Document own = alice.page(session, 200);
        assertEquals("1", own.selectFirst("#topic-" + kept + " .lc-mine").attr("data-mine"), "alice sees her own dots");

        alice.get(session);
        assertEquals(403, alice.post(session + "/merge", Map.of("kept", String.valueOf(kept), "merged", String.valueOf(duplicate))).statusCode());
        sam.get(session);
        Response self = sam.post(session + "/merge", Map.of("kept", String.valueOf(kept), "merged", String.valueOf(kept)));
        assertEquals(409, self.statusCode(), "a topic is not merged into itself");
        sam.get(session);
        assertEquals(303, sam.post(session + "/merge", Map.of("kept", String.valueOf(kept), "merged", String.valueOf(duplicate))).statusCode());

        Document merged = alice.page(session, 200);
        assertEquals(List.of(String.valueOf(kept)), merged.select("li.lc-topic").eachAttr("data-topic"), "the duplicate is gone");
        assertEquals("2", merged.selectFirst("#topic-" + kept + " .lc-mine").attr("data-mine"), "alice's dot moved with it");
        assertEquals("0 of 2 dots left", merged.selectFirst(".lc-dots-left").text());

        LeanCoffeeFlowTest.phase(sam, session, "discussing");
        Document open = alice.page(session, 200);
        assertEquals("2", open.selectFirst("#topic-" + kept + " .lc-votes").attr("data-votes"), "totals show once voting has ended");
        sam.get(session);
        Response wrongPhase = sam.post(session + "/merge", Map.of("kept", String.valueOf(kept), "merged", String.valueOf(kept)));
        assertEquals(409, wrongPhase.statusCode());
    }

    @Test
    void shouldExtendByHalfTheBoxAndTakeThumbsAtAnyTimeDuringTheTopic() {
        WebSession sam = WebSession.signIn("sam");
        String session = hiddenSession(sam);
        long topic = LeanCoffeeFlowTest.addTopic(sam, session, "Staging data");
        LeanCoffeeFlowTest.phase(sam, session, "voting");
        LeanCoffeeFlowTest.phase(sam, session, "discussing");
        String thumb = session + "/topics/" + topic + "/thumb";
        WebSession alice = WebSession.signIn("alice");
        alice.get(session);
        assertEquals(409, alice.post(thumb, Map.of("thumb", "down")).statusCode(), "no thumbs on a topic that is not under discussion");
        sam.get(session);
        assertEquals(409, sam.post(session + "/topics/" + topic + "/timer", Map.of()).statusCode(), "the timer runs on the topic under discussion");
        sam.get(session);
        assertEquals(303, sam.post(session + "/topics/" + topic + "/move", Map.of("to", "discussing")).statusCode());

        alice.get(session);
        assertEquals(303, alice.post(thumb, Map.of("thumb", "up")).statusCode(), "a thumb before the timer starts counts towards round 1");
        sam.get(session);
        assertEquals(303, sam.post(session + "/topics/" + topic + "/timer", Map.of()).statusCode());

        Response running = RestAssured.given().redirects().follow(false).header(HeaderUsers.HEADER, "bea").get(session).then().extract().response();
        String token = Jsoup.parse(running.asString()).selectFirst("input[name=csrf-token]").val();
        Response early = RestAssured.given().redirects().follow(false).header(HeaderUsers.HEADER, "bea").cookies(running.getCookies())
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", token).formParam("thumb", "down").post(thumb);
        assertEquals(303, early.statusCode(), "thumbs while the box is running: someone is done with the topic");
        Document during = alice.page(session, 200);
        Element tally = during.selectFirst("#topic-" + topic + " .lc-tally");
        assertEquals(List.of("1", "0", "1"), List.of(tally.attr("data-up"), tally.attr("data-sideways"), tally.attr("data-down")));
        assertEquals("Continue", during.selectFirst("#topic-" + topic + " .lc-verdict").text(), "a tie keeps the box while it runs");
        assertEquals("true", during.selectFirst("#topic-" + topic + " .lc-thumb-up").attr("aria-pressed"), "alice sees her own thumb");

        TestClock.advance(Duration.ofMinutes(4));
        alice.get(session);
        assertEquals(303, alice.post(thumb, Map.of("thumb", "sideways")).statusCode(), "a second thumb replaces the first");
        alice.get(session);
        assertEquals(400, alice.post(thumb, Map.of("thumb", "left")).statusCode());
        Document voted = alice.page(session, 200);
        Element after = voted.selectFirst("#topic-" + topic + " .lc-tally");
        assertEquals(List.of("0", "1", "1"), List.of(after.attr("data-up"), after.attr("data-sideways"), after.attr("data-down")));
        assertEquals("Move on", voted.selectFirst("#topic-" + topic + " .lc-verdict").text(), "the time is up: carrying on needs a majority");

        sam.get(session);
        assertEquals(303, sam.post(session + "/topics/" + topic + "/extend", Map.of()).statusCode());
        Document extended = sam.page(session, 200);
        assertEquals("2:00", extended.selectFirst("#topic-" + topic + " .lc-timer").text(), "half of the 4-minute box");
        assertTrue(extended.selectFirst("#topic-" + topic + " .lc-timer-line").text().startsWith("Timebox 2"));
        assertEquals("0", extended.selectFirst("#topic-" + topic + " .lc-tally").attr("data-down"), "a new round starts with no thumbs");
        assertNull(extended.selectFirst("#topic-" + topic + " .lc-verdict"));
        assertEquals(3, extended.select("#topic-" + topic + " .lc-thumb-form button").size(), "the facilitator can give a thumb too");
        alice.get(session);
        assertEquals(403, alice.post(session + "/topics/" + topic + "/extend", Map.of()).statusCode());
        sam.get(session);
        assertEquals(400, sam.post(session + "/topics/" + topic + "/extend", Map.of("minutes", "90")).statusCode());
    }
}
