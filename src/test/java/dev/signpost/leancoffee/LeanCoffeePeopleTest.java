package dev.signpost.leancoffee;

import dev.signpost.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static dev.signpost.leancoffee.LeanCoffeeFlowTest.addTopic;
import static dev.signpost.leancoffee.LeanCoffeeFlowTest.createSession;
import static dev.signpost.leancoffee.LeanCoffeeFlowTest.phase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lean Coffee's facilitator and captured owners are people Signpost knows; a captured item without a due date is flagged. */
@QuarkusTest
@Tag("database")
class LeanCoffeePeopleTest {

    @Test
    void shouldRefuseAnUnknownFacilitatorAndKeepTheForm() {
        WebSession sam = WebSession.signIn("sam");
        sam.page("/lean-coffee/new", 200);
        String title = "Facilitated " + UUID.randomUUID();
        Response refused = sam.post("/lean-coffee", Map.of("sig", "code-deployment", "title", title, "date", "2026-12-01", "time", "15:00",
                "votes", "4", "timebox", "6", "facilitator", "mya"));
        assertEquals(400, refused.statusCode());
        Document form = Jsoup.parse(refused.asString());
        assertEquals("No one called 'mya' — did you mean maya?", form.selectFirst("#lc-facilitator-error").text());
        assertEquals("mya", form.selectFirst("#lc-facilitator").val());
        assertEquals(title, form.selectFirst("#lc-title").val());
        assertEquals("4", form.selectFirst("#lc-votes").val());

        sam.page("/lean-coffee/new", 200);
        Response teamRefused = sam.post("/lean-coffee", Map.of("sig", "code-deployment", "title", title, "date", "2026-12-01",
                "time", "15:00", "votes", "4", "timebox", "6", "facilitator", "qa"));
        assertEquals(400, teamRefused.statusCode(), "a team cannot facilitate");

        sam.page("/lean-coffee/new", 200);
        Response created = sam.post("/lean-coffee", Map.of("sig", "code-deployment", "title", title, "date", "2026-12-01", "time", "15:00",
                "votes", "4", "timebox", "6", "facilitator", "Maya"));
        assertEquals(303, created.statusCode(), created.asString());
        Document session = sam.page(created.header("Location").replaceAll("^https?://[^/]+", ""), 200);
        assertEquals("maya", session.selectFirst(".lc-facilitator").text());
    }

    @Test
    void shouldRefuseAnUnknownCapturedOwnerAndFlagAMissingDueDate() {
        WebSession sam = WebSession.signIn("sam");
        String session = createSession(sam, "Owners " + UUID.randomUUID(), "3");
        long topic = addTopic(sam, session, "Runner capacity");
        phase(sam, session, "voting");
        phase(sam, session, "discussing");
        sam.get(session);
        sam.post(session + "/topics/" + topic + "/move", Map.of("to", "discussing"));
        sam.get(session);
        String title = "Add runners " + UUID.randomUUID();
        Response refused = sam.post(session + "/topics/" + topic + "/actions", Map.of("title", title, "owner", "alcie", "due", ""));
        assertEquals(400, refused.statusCode());
        Document board = Jsoup.parse(refused.asString());
        assertTrue(board.select("form.lc-action-form .field-error").eachText().contains("No one called 'alcie' — did you mean alice?"),
                board.select("form.lc-action-form .field-error").eachText().toString());
        assertEquals("alcie", board.selectFirst("#lc-action-owner-" + topic).val());
        assertEquals(title, board.selectFirst("#lc-action-title-" + topic).val());

        sam.get(session);
        Response captured = sam.post(session + "/topics/" + topic + "/actions", Map.of("title", title, "owner", "release-engineering", "due", ""));
        assertEquals(303, captured.statusCode(), captured.asString());
        Document after = sam.page(session, 200);
        assertTrue(after.selectFirst("p.banner-no-due").text().startsWith("The action item is captured without a due date"));
        assertEquals("No due date", after.selectFirst("#topic-" + topic + " .lc-actions .badge-no-due").text());
        assertTrue(after.selectFirst("#topic-" + topic + " .lc-actions li").text().contains("release-engineering"), "a team may own it");
    }
}
