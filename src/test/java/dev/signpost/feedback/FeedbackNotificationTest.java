package dev.signpost.feedback;

import dev.signpost.TestClock;
import dev.signpost.WebSession;
import dev.signpost.notifications.Kind;
import dev.signpost.notifications.NotificationsConfig;
import dev.signpost.notifications.OutboxMessage;
import dev.signpost.notifications.OutboxStatus;
import dev.signpost.notifications.periodic.PeriodicJobs;
import dev.signpost.notifications.Queued;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * What feedback tells whom: its submitter when a triager answers it or changes its status (never for a refused edit or
 * their own), and each member of the team it is routed to, once a day, of the feedback that came in.
 */
@QuarkusTest
@Tag("database")
class FeedbackNotificationTest {

    private static final String QA_PAGE = "/docs/practices/ci/handling-flaky-tests";

    @Inject
    PeriodicJobs jobs;
    @Inject
    RoutedFeedbackDigest digest;
    @Inject
    NotificationsConfig config;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    /** The triage form as the item page fills it, with a status and an answer typed. */
    private static Map<String, String> triage(WebSession who, long id, String status, String answer, String note) {
        Document page = who.page("/feedback/" + id, 200);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("version", page.selectFirst("form.triage-form input[name=version]").attr("value"));
        form.put("status", status);
        form.put("owner", page.selectFirst("#tr-owner").val());
        form.put("assignee", "");
        form.put("publicAnswer", answer);
        form.put("note", note);
        return form;
    }

    private static List<OutboxMessage> answered(long id) {
        return Queued.rows("feedback-answered:" + id + ":");
    }

    @Test
    void shouldTellTheSubmitterOfAnAnswerAndOfEachStatusChange() {
        String title = Queued.unique("How do we <b>version</b> workflows?");
        long id = SentFeedback.send("alice", "practice-question", title, "");
        WebSession sam = WebSession.signIn("sam");
        assertEquals(303, sam.post("/feedback/triage/" + id, triage(sam, id, "RESOLVED", "Use **tags** like v1.\nSee the guide.", "")).statusCode());

        OutboxMessage portal = Queued.portalAndEmail("feedback-answered:" + id + ":");
        assertEquals("alice", portal.recipient);
        assertEquals(Kind.FEEDBACK_ANSWERED.code(), portal.kind);
        assertEquals("Your feedback is answered: " + title, portal.title);
        assertEquals("sam changed its status from New to Resolved. sam answered:\n\nUse **tags** like v1.\nSee the guide.", portal.body);
        assertEquals("/feedback/" + id, portal.link);
        assertEquals("feedback-answered:" + id + ":v1:alice:portal", portal.idempotencyKey);
        assertEquals(OutboxStatus.PENDING, Queued.row("feedback-answered:" + id + ":", "alice", "email").status, "sent now, not held");

        assertEquals(303, sam.post("/feedback/triage/" + id, triage(sam, id, "RESOLVED", "Use **tags** like v1.\nSee the guide.",
                "Only a note")).statusCode());
        assertEquals(2, answered(id).size(), "an internal note is no news for the submitter");

        assertEquals(303, sam.post("/feedback/triage/" + id, triage(sam, id, "IN_PROGRESS", "Use **tags** like v1.\nSee the guide.", ""))
                .statusCode());
        OutboxMessage reopened = answered(id).stream().filter(m -> m.channel.equals("portal") && !m.idempotencyKey.contains(":v1:"))
                .findFirst().orElse(null);
        assertNotNull(reopened, "a status change is news");
        assertEquals("Your feedback is now In progress: " + title, reopened.title);
        assertEquals("sam changed its status from Resolved to In progress.", reopened.body);
    }

    @Test
    void shouldTellNobodyOfARefusedEditOrOfTheirOwn() {
        long id = SentFeedback.send("alice", "practice-question", Queued.unique("Refused edits"), "");
        WebSession sam = WebSession.signIn("sam");
        WebSession maya = WebSession.signIn("maya");
        Map<String, String> mayas = triage(maya, id, "DISMISSED", "Maya's answer", "");
        assertEquals(303, sam.post("/feedback/triage/" + id, triage(sam, id, "ACKNOWLEDGED", "", "")).statusCode());
        assertEquals(409, maya.post("/feedback/triage/" + id, mayas).statusCode());
        assertEquals(400, sam.post("/feedback/triage/" + id, triage(sam, id, "ARCHIVED", "An answer", "")).statusCode());
        WebSession alice = WebSession.signIn("alice");
        alice.get("/feedback/" + id);
        assertEquals(403, alice.post("/feedback/triage/" + id, Map.of("version", "1", "status", "RESOLVED")).statusCode());
        assertEquals(List.of("feedback-answered:" + id + ":v1:alice:email", "feedback-answered:" + id + ":v1:alice:portal"),
                answered(id).stream().map(m -> m.idempotencyKey).toList(), "only sam's acknowledgement");

        long own = SentFeedback.send("sam", "practice-question", Queued.unique("Sam answers himself"), "");
        assertEquals(303, sam.post("/feedback/triage/" + own, triage(sam, own, "RESOLVED", "Found it myself.", "")).statusCode());
        assertEquals(List.of(), answered(own), "nobody is told what they did themselves");
    }

    @Test
    void shouldSendEachTeamMemberOneDigestOfTheFeedbackOfTheDayBeforeTheSlot() {
        String member = Queued.uniqueName("qa-member");
        Queued.person(member, "qa", null);
        Queued.clockAt("2026-12-20T06:59:00Z");
        String early = Queued.unique("Before the window");
        long earlyId = SentFeedback.send("sam", "documentation", early, QA_PAGE);
        Queued.clockAt("2026-12-20T07:00:00Z");
        String first = Queued.unique("First of the day");
        long firstId = SentFeedback.send("sam", "documentation", first, QA_PAGE);
        Queued.clockAt("2026-12-20T12:00:00Z");
        SentFeedback.send("alice", "documentation", Queued.unique("Alice's own"), QA_PAGE);
        Queued.clockAt("2026-12-21T06:59:00Z");
        String last = Queued.unique("Last of the day\nwith a second line");
        long lastId = SentFeedback.send("sam", "documentation", last, QA_PAGE);
        SentFeedback.send("maya", "documentation", Queued.unique("Routed elsewhere"), "/docs/practices/ci/secrets-in-ci");
        SentFeedback.send("maya", "tool-request", Queued.unique("A tool for the platform team"), "");

        Queued.clockAt("2026-12-21T07:00:00Z");
        SentFeedback.send("sam", "documentation", Queued.unique("Next window"), QA_PAGE);
        jobs.run(digest);
        jobs.run(digest);

        OutboxMessage portal = Queued.portalAndEmail("feedback-routed:qa:2026-12-21:alice:");
        assertEquals(Kind.FEEDBACK_ROUTED.code(), portal.kind);
        assertEquals("2 new pieces of feedback for qa", portal.title);
        assertEquals("2 new pieces of feedback for qa in the last day:\n"
                + "- " + first + " (Documentation, about " + QA_PAGE + "): " + config.portalUrl() + "/feedback/" + firstId + "\n"
                + "- " + last.replace("\n", " ") + " (Documentation, about " + QA_PAGE + "): " + config.portalUrl() + "/feedback/" + lastId,
                portal.body,
                "not her own, nor what came before or after the day, nor another team's");
        assertEquals("/", portal.link, "the start page lists feedback for her teams");

        OutboxMessage members = Queued.row("feedback-routed:qa:2026-12-21:" + member + ":", member, "portal");
        assertNotNull(members);
        assertEquals("3 new pieces of feedback for qa", members.title, "alice's feedback is news for her team mates");
        assertEquals(List.of("portal"), Queued.rows("feedback-routed:qa:2026-12-21:" + member + ":").stream().map(m -> m.channel).toList(),
                "no address, no email");

        Queued.clockAt("2026-12-20T07:00:00Z");
        jobs.run(digest);
        OutboxMessage single = Queued.row("feedback-routed:qa:2026-12-20:alice:", "alice", "portal");
        assertNotNull(single, "the slot before: one item");
        assertEquals("New feedback for qa: " + early, single.title);
        assertEquals("/feedback/" + earlyId, single.link);
        assertEquals(List.of(), Queued.rows("feedback-routed:platform-team:2026-12-21:alice:"), "alice is not in the tool team");
    }
}
