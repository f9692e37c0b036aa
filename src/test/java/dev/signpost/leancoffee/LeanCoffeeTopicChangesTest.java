package dev.signpost.leancoffee;

import dev.signpost.WebSession;
import dev.signpost.audit.AuditEntry;
import dev.signpost.audit.AuditLog;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A participant edits and withdraws their own topic while topics are collected; after that only the facilitator may. */
@QuarkusTest
@Tag("database")
class LeanCoffeeTopicChangesTest {

    @Inject
    AuditLog auditLog;

    private List<AuditEntry> audit(String actor, String action, String session) {
        String id = session.replaceAll(".*/", "");
        return auditLog.page(actor, action, 1).entries().stream().filter(e -> e.targetId().equals(id)).toList();
    }

    private static String topicPath(String session, long topic, String form) {
        return session + "/topics/" + topic + "/" + form;
    }

    @Test
    void shouldLetTheAuthorEditTheirTopicWhileCollecting() {
        WebSession sam = WebSession.signIn("sam");
        String session = LeanCoffeeFlowTest.createSession(sam, "Edits " + UUID.randomUUID(), "3");
        WebSession alice = WebSession.signIn("alice");
        long mine = LeanCoffeeFlowTest.addTopic(alice, session, "Flaky tset");
        long sams = LeanCoffeeFlowTest.addTopic(sam, session, "Runner costs");

        Document board = alice.page(session, 200);
        assertEquals(topicPath(session, mine, "edit"), board.selectFirst("#topic-" + mine + " a.lc-edit").attr("href"));
        assertEquals(topicPath(session, mine, "withdraw"), board.selectFirst("#topic-" + mine + " a.lc-withdraw").attr("href"));
        assertNull(board.selectFirst("#topic-" + sams + " .lc-topic-changes"), "not on someone else's topic");

        Document form = alice.page(topicPath(session, mine, "edit"), 200);
        assertEquals("Flaky tset", form.selectFirst("input#lc-topic-title").val());
        assertEquals("Why it matters.", form.selectFirst("textarea#lc-topic-pitch").text());

        Response blank = alice.post(topicPath(session, mine, "edit"), Map.of("title", "  ", "pitch", "Kept <b>pitch</b>"));
        assertEquals(400, blank.statusCode());
        Document refused = Jsoup.parse(blank.asString());
        assertNotNull(refused.selectFirst("#lc-topic-title-error"));
        assertEquals("Kept <b>pitch</b>", refused.selectFirst("textarea#lc-topic-pitch").text(), "the typed pitch is kept, as text");
        alice.get(session);
        Response tooLong = alice.post(topicPath(session, mine, "edit"), Map.of("title", "x".repeat(121), "pitch", ""));
        assertEquals(400, tooLong.statusCode());
        assertEquals("x".repeat(121), Jsoup.parse(tooLong.asString()).selectFirst("input#lc-topic-title").val());

        alice.get(session);
        Response saved = alice.post(topicPath(session, mine, "edit"), Map.of("title", "Flaky tests", "pitch", "They fail at random."));
        assertEquals(303, saved.statusCode());
        assertTrue(saved.header("Location").endsWith(session + "#topic-" + mine));
        Document edited = sam.page(session, 200);
        assertEquals("Flaky tests", edited.selectFirst("#topic-" + mine + " .lc-topic-title").text());
        assertEquals("They fail at random.", edited.selectFirst("#topic-" + mine + " .lc-pitch").text());
        assertTrue(audit("alice", "lean-coffee.topic-edited", session).stream().anyMatch(e -> e.detail().endsWith("-> \"Flaky tests\"")),
                "the edit is in the audit log");
    }

    @Test
    void shouldRefuseSomeoneElsesTopicWithAClearPageAndChangeNothing() {
        WebSession sam = WebSession.signIn("sam");
        String session = LeanCoffeeFlowTest.createSession(sam, "Others " + UUID.randomUUID(), "3");
        WebSession alice = WebSession.signIn("alice");
        long topic = LeanCoffeeFlowTest.addTopic(alice, session, "Alice's topic");
        WebSession maya = WebSession.signIn("maya");

        Document page = maya.page(topicPath(session, topic, "edit"), 403);
        assertTrue(page.selectFirst("main").text().contains("Only the topic's author"), page.selectFirst("main").text());
        maya.get(session);
        assertEquals(403, maya.post(topicPath(session, topic, "edit"), Map.of("title", "Hijacked", "pitch", "")).statusCode());
        maya.get(session);
        assertEquals(403, maya.post(topicPath(session, topic, "withdraw"), Map.of()).statusCode());
        assertEquals("Alice's topic", sam.page(session, 200).selectFirst("#topic-" + topic + " .lc-topic-title").text());
        assertEquals(404, maya.get(topicPath(session, 987654321L, "edit")).statusCode());
    }

    @Test
    void shouldWithdrawAfterConfirmingAndTellTheAuditLog() {
        WebSession sam = WebSession.signIn("sam");
        String session = LeanCoffeeFlowTest.createSession(sam, "Withdraw " + UUID.randomUUID(), "3");
        WebSession alice = WebSession.signIn("alice");
        long topic = LeanCoffeeFlowTest.addTopic(alice, session, "Second thoughts");

        Document confirm = alice.page(topicPath(session, topic, "withdraw"), 200);
        assertEquals("Second thoughts", confirm.selectFirst(".lc-withdraw-topic .lc-topic-title").text());
        assertNotNull(confirm.selectFirst("form.lc-withdraw-form[method=post] button[type=submit]"), "a button to confirm");
        assertEquals(session + "#topic-" + topic, confirm.selectFirst("form.lc-withdraw-form a").attr("href"), "and a way back");
        assertNotNull(alice.page(session, 200).selectFirst("#topic-" + topic), "opening the confirmation withdraws nothing");

        alice.get(session);
        assertEquals(303, alice.post(topicPath(session, topic, "withdraw"), Map.of()).statusCode());
        assertNull(sam.page(session, 200).selectFirst("#topic-" + topic));
        assertEquals(List.of(topic + ": \"Second thoughts\""), audit("alice", "lean-coffee.topic-withdrawn", session).stream()
                .map(AuditEntry::detail).toList());
        alice.get(session);
        assertEquals(404, alice.post(topicPath(session, topic, "withdraw"), Map.of()).statusCode(), "withdrawn once");
    }

    @Test
    void shouldLeaveTopicsToTheFacilitatorOnceVotingStartsAndReturnTheirDots() {
        WebSession sam = WebSession.signIn("sam");
        String session = LeanCoffeeFlowTest.createSession(sam, "Voting " + UUID.randomUUID(), "3");
        WebSession alice = WebSession.signIn("alice");
        long topic = LeanCoffeeFlowTest.addTopic(alice, session, "Late idea");
        long keeper = LeanCoffeeFlowTest.addTopic(sam, session, "Keeper");
        LeanCoffeeFlowTest.phase(sam, session, "voting");

        assertNull(alice.page(session, 200).selectFirst("#topic-" + topic + " .lc-topic-changes"), "no edit link for the author now");
        Response late = alice.post(topicPath(session, topic, "edit"), Map.of("title", "Later idea", "pitch", "Typed text"));
        assertEquals(409, late.statusCode());
        Document refused = Jsoup.parse(late.asString());
        assertTrue(refused.selectFirst("#lc-error").text().contains("only the facilitator (sam)"), refused.selectFirst("#lc-error").text());
        assertEquals("Later idea", refused.selectFirst("input#lc-topic-title").val(), "what was typed is kept");
        assertEquals("Typed text", refused.selectFirst("textarea#lc-topic-pitch").text());
        alice.get(session);
        assertEquals(409, alice.post(topicPath(session, topic, "withdraw"), Map.of()).statusCode());

        alice.get(session);
        assertEquals(303, alice.post(session + "/topics/" + topic + "/vote", Map.of()).statusCode());
        alice.get(session);
        assertEquals(303, alice.post(session + "/topics/" + topic + "/vote", Map.of()).statusCode());
        assertEquals("1 of 3 dots left", alice.page(session, 200).selectFirst(".lc-dots-left").text());

        assertNotNull(sam.page(session, 200).selectFirst("#topic-" + topic + " a.lc-edit"), "the facilitator may still");
        assertEquals(303, sam.post(topicPath(session, topic, "edit"), Map.of("title", "Late idea, reworded", "pitch", "")).statusCode());
        sam.get(session);
        assertEquals(303, sam.post(topicPath(session, topic, "withdraw"), Map.of()).statusCode());
        Document after = alice.page(session, 200);
        assertEquals(List.of(String.valueOf(keeper)), after.select("li.lc-topic").eachAttr("data-topic"));
        assertEquals("3 of 3 dots left", after.selectFirst(".lc-dots-left").text(), "alice's dots came back");

        LeanCoffeeFlowTest.phase(sam, session, "discussing");
        assertNull(sam.page(session, 200).selectFirst(".lc-topic-changes"), "nobody changes topics during the discussion");
        assertEquals(409, sam.post(topicPath(session, keeper, "edit"), Map.of("title", "Too late", "pitch", "")).statusCode());
    }

    @Test
    void shouldWithdrawTheDuplicatesMergedIntoATopicWithIt() {
        WebSession sam = WebSession.signIn("sam");
        String session = LeanCoffeeFlowTest.createSession(sam, "Merged " + UUID.randomUUID(), "3");
        WebSession alice = WebSession.signIn("alice");
        long kept = LeanCoffeeFlowTest.addTopic(alice, session, "Runner queues");
        long duplicate = LeanCoffeeFlowTest.addTopic(sam, session, "Waiting for runners");
        sam.get(session);
        assertEquals(303, sam.post(session + "/merge", Map.of("kept", String.valueOf(kept), "merged", String.valueOf(duplicate))).statusCode());

        alice.get(session);
        assertEquals(303, alice.post(topicPath(session, kept, "withdraw"), Map.of()).statusCode());
        assertEquals(List.of(), sam.page(session, 200).select("li.lc-topic").eachAttr("data-topic"));
        sam.get(session);
        assertEquals(404, sam.post(topicPath(session, duplicate, "edit"), Map.of("title", "Back?", "pitch", "")).statusCode(),
                "the duplicate went with it");
    }
}
