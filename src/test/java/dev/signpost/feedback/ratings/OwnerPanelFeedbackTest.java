package dev.signpost.feedback.ratings;

import dev.signpost.WebSession;
import dev.signpost.feedback.SentFeedback;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The owner box never claims nothing exists: no ratings is said apart from the feedback items about the page. */
@QuarkusTest
@Tag("database")
class OwnerPanelFeedbackTest {

    /** Owned by ci-platform (sam's team); no other test rates it or sends feedback about it. */
    private static final String PAGE = "/docs/practices/ci/reusable-workflows-and-versioning";

    @Test
    void shouldCountOpenAndResolvedFeedbackWhenNobodyHasRatedThePage() {
        WebSession sam = WebSession.signIn("sam");
        Element before = sam.page(PAGE, 200).selectFirst("aside#owner-feedback");
        assertEquals("No ratings yet.", before.selectFirst(".owner-panel-no-ratings").text());
        assertEquals("No feedback items about this page.", before.selectFirst(".owner-panel-items").text());

        long resolved = SentFeedback.send("alice", "practice-question", "Versioning " + UUID.randomUUID(), PAGE);
        SentFeedback.send("alice", "practice-question", "Tags or branches " + UUID.randomUUID(), PAGE);
        SentFeedback.send("alice", "practice-question", "Elsewhere " + UUID.randomUUID(), "/docs/practices/ci/secrets-in-ci");
        Document item = sam.page("/feedback/" + resolved, 200);
        Response saved = sam.post("/feedback/triage/" + resolved, Map.of("version",
                item.selectFirst("form.triage-form input[name=version]").attr("value"), "status", "RESOLVED", "assignee", "sam",
                "publicAnswer", "Pin to tags.", "note", ""));
        assertEquals(303, saved.statusCode());

        Element panel = sam.page(PAGE, 200).selectFirst("aside#owner-feedback");
        assertNull(panel.selectFirst(".helpful-percent"), "still no ratings");
        assertEquals("No ratings yet.", panel.selectFirst(".owner-panel-no-ratings").text());
        Element open = panel.selectFirst(".owner-panel-items a.items-open");
        assertEquals("1", open.attr("data-count"));
        assertEquals("/feedback/triage?path=%2Fdocs%2Fpractices%2Fci%2Freusable-workflows-and-versioning", open.attr("href"));
        Element done = panel.selectFirst(".owner-panel-items a.items-resolved");
        assertEquals("1 resolved", done.text());
        assertEquals("/feedback/triage?status=resolved&path=%2Fdocs%2Fpractices%2Fci%2Freusable-workflows-and-versioning", done.attr("href"));
        assertNull(panel.selectFirst(".items-dismissed"), "no dismissed items, so none are mentioned");

        // the client would encode the link's %2F again: ask with the address as typed
        Document triage = sam.page("/feedback/triage?status=resolved&path=" + PAGE, 200);
        assertEquals(1, triage.select("table.feedback-queue tbody tr").size(), "the link's filters find the resolved item about the page");
    }

    @Test
    void shouldShowCountsWithoutTriageLinksToAnOwnerWhoCannotTriage() {
        Element panel = WebSession.signIn("alice").page("/docs/practices/ci/handling-flaky-tests", 200).selectFirst("aside#owner-feedback");
        assertNotNull(panel, "alice is in qa, which owns the page");
        assertNull(panel.selectFirst(".owner-panel-items a"), "alice is an engineer: no triage queue for her");
        assertNotNull(panel.selectFirst(".owner-panel-items"));
    }
}
