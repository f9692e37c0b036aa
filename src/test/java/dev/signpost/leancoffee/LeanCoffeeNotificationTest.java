package dev.signpost.leancoffee;

import dev.signpost.TestClock;
import dev.signpost.WebSession;
import dev.signpost.actions.ActionItem;
import dev.signpost.actions.ActionReminders;
import dev.signpost.actions.SigDirectory;
import dev.signpost.notifications.Kind;
import dev.signpost.notifications.NotificationsConfig;
import dev.signpost.notifications.OutboxMessage;
import dev.signpost.notifications.periodic.PeriodicJobs;
import dev.signpost.notifications.Queued;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a SIG's chat channel hears of its Lean Coffee sessions (scheduled; closed, with topics, dots and action items),
 * nothing for a refused change; and the story of issue 22: an action item captured for alice in a session reaches her
 * at once, is in the session's summary, and in her reminder on the morning of the day before it is due.
 */
@QuarkusTest
@Tag("database")
class LeanCoffeeNotificationTest {

    @Inject
    PeriodicJobs jobs;
    @Inject
    ActionReminders reminders;
    @Inject
    SigDirectory sigs;
    @Inject
    NotificationsConfig config;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    private static long id(String session) {
        return Long.parseLong(session.substring(session.lastIndexOf('/') + 1));
    }

    private static List<OutboxMessage> titled(String text) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>list("title like ?1", "%" + text + "%"));
    }

    @Test
    void shouldTellTheSigsChannelOfANewSessionInItsOwnZone() {
        WebSession sam = WebSession.signIn("sam");
        String title = "Deploys <b>and</b> rollbacks " + UUID.randomUUID();
        String session = LeanCoffeeFlowTest.createSession(sam, title, "3");

        OutboxMessage chat = Queued.onlyChat("lean-coffee-scheduled:" + id(session) + ":", "code-deployment");
        assertEquals(Kind.LEAN_COFFEE_SCHEDULED.code(), chat.kind);
        assertEquals("Lean Coffee: " + title + " on Sat 28 Nov 2026, 14:00 CET", chat.title, "the SIG meets in Berlin");
        assertEquals("sam scheduled a Lean Coffee session of " + sigs.title("code-deployment") + " on Sat 28 Nov 2026, 14:00 CET,"
                + " facilitated by sam.\n\nBring your topics to its board: " + config.portalUrl() + session
                + "\n\nEveryone votes with 3 dots; each topic gets 5 minutes to start with.", chat.body);
        assertEquals(session, chat.link);
        assertEquals("lean-coffee-scheduled:" + id(session) + ":code-deployment:chat", chat.idempotencyKey);
    }

    @Test
    void shouldTellNoChannelOfARefusedSessionOrClose() {
        String refused = "Refused " + UUID.randomUUID();
        WebSession alice = WebSession.signIn("alice");
        alice.get("/lean-coffee");
        assertEquals(403, alice.post("/lean-coffee", Map.of("sig", "code-deployment", "title", refused, "date", "2026-11-28", "time", "14:00",
                "votes", "3", "timebox", "5", "facilitator", "")).statusCode());
        WebSession sam = WebSession.signIn("sam");
        sam.page("/lean-coffee/new", 200);
        assertEquals(400, sam.post("/lean-coffee", Map.of("sig", "no-such-sig", "title", refused, "date", "2026-11-28", "time", "14:00",
                "votes", "3", "timebox", "5", "facilitator", "")).statusCode());
        assertEquals(List.of(), titled(refused));

        String session = LeanCoffeeFlowTest.createSession(sam, "Closed early " + UUID.randomUUID(), "3");
        sam.get(session);
        assertEquals(409, sam.post(session + "/phase", Map.of("to", "closed")).statusCode(), "collecting does not close");
        LeanCoffeeFlowTest.phase(sam, session, "voting");
        LeanCoffeeFlowTest.phase(sam, session, "discussing");
        alice.get(session);
        assertEquals(403, alice.post(session + "/phase", Map.of("to", "closed")).statusCode(), "only the facilitator closes it");
        assertEquals(List.of(), Queued.rows("lean-coffee-closed:" + id(session) + ":"));

        LeanCoffeeFlowTest.phase(sam, session, "closed");
        assertEquals(sigs.title("code-deployment") + ", Sat 28 Nov 2026, 14:00 CET, facilitated by sam: 0 of 0 topics discussed.\n\n"
                + "No action items were captured.", Queued.onlyChat("lean-coffee-closed:" + id(session) + ":", "code-deployment").body);
    }

    /** Issue 22's story: sam runs a session, captures an item for alice due on Friday 4 December, and closes it. */
    @Test
    void shouldTellAliceOfTheItemCapturedForHerListItInTheSummaryAndRemindHerTheDayBefore() {
        WebSession sam = WebSession.signIn("sam");
        String title = "Release retro " + UUID.randomUUID();
        String session = LeanCoffeeFlowTest.createSession(sam, title, "3");
        WebSession alice = WebSession.signIn("alice");
        long slow = LeanCoffeeFlowTest.addTopic(alice, session, "Slow staging deploys");
        long flaky = LeanCoffeeFlowTest.addTopic(sam, session, "Flaky smoke tests");
        LeanCoffeeFlowTest.phase(sam, session, "voting");
        for (long topic : List.of(slow, slow, flaky)) {
            alice.get(session);
            assertEquals(303, alice.post(session + "/topics/" + topic + "/vote", Map.of()).statusCode());
        }
        LeanCoffeeFlowTest.phase(sam, session, "discussing");
        sam.get(session);
        assertEquals(303, sam.post(session + "/topics/" + slow + "/move", Map.of("to", "discussing")).statusCode());
        String action = "Add runners to the staging pool " + UUID.randomUUID();
        sam.get(session);
        Response captured = sam.post(session + "/topics/" + slow + "/actions", Map.of("title", action, "owner", "alice", "due", "2026-12-04"));
        assertEquals(303, captured.statusCode(), captured.asString());
        long item = QuarkusTransaction.requiringNew().call(() -> ActionItem.<ActionItem>find("title", action).firstResult().id);
        sam.get(session);
        assertEquals(303, sam.post(session + "/topics/" + slow + "/move", Map.of("to", "discussed")).statusCode());
        LeanCoffeeFlowTest.phase(sam, session, "closed");

        List<OutboxMessage> assigned = Queued.rows("action-assigned:" + item + ":");
        assertEquals(List.of("alice:email", "alice:portal"), assigned.stream().map(m -> m.recipient + ":" + m.channel).toList(),
                "alice is told at once, sam (who captured it) is not");
        assertEquals("Action item for you: " + action, assigned.get(1).title);

        OutboxMessage summary = Queued.onlyChat("lean-coffee-closed:" + id(session) + ":", "code-deployment");
        assertEquals(Kind.LEAN_COFFEE_CLOSED.code(), summary.kind);
        assertEquals("Lean Coffee summary: " + title, summary.title);
        assertEquals(sigs.title("code-deployment") + ", Sat 28 Nov 2026, 14:00 CET, facilitated by sam: 1 of 2 topics discussed.\n\n"
                + "Topics, as voted:\n"
                + "- Slow staging deploys (2 dots, discussed)\n"
                + "- Flaky smoke tests (1 dot, not reached)\n\n"
                + "Action items:\n"
                + "- " + action + " (alice, due Fri 4 Dec 2026): " + config.portalUrl() + "/actions/" + item, summary.body);
        assertEquals(session + "/summary", summary.link);

        Queued.clockAt("2026-12-03T07:00:00Z");
        jobs.run(reminders);
        jobs.run(reminders);
        OutboxMessage reminder = Queued.portalAndEmail("action-reminder:alice:2026-12-03:");
        assertTrue(reminder.title.matches("\\d+ action items? needs? you: \\d+ due tomorrow.*"), reminder.title);
        assertTrue(reminder.body.startsWith("Due tomorrow, Fri 4 Dec 2026:\n"), reminder.body);
        assertTrue(reminder.body.lines().anyMatch(l -> l.equals("- " + action + ": " + config.portalUrl() + "/actions/" + item)), reminder.body);
    }
}
