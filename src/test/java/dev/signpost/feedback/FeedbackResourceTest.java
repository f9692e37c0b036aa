package dev.signpost.feedback;

import dev.signpost.WebSession;
import dev.signpost.audit.AuditEntry;
import dev.signpost.audit.AuditLog;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The feedback form, the item page with status and answer, and "My feedback". */
@QuarkusTest
@Tag("database")
class FeedbackResourceTest {

    @Inject
    AuditLog auditLog;

    private static Map<String, String> valid(String title) {
        Map<String, String> form = new HashMap<>();
        form.put("category", "tool-request");
        form.put("title", title);
        form.put("description", "Please assess **Renovate** for dependency updates.\n\n<script>alert(1)</script>");
        form.put("relatedPage", "/docs/practices/ci");
        form.put("contactMe", "yes");
        return form;
    }

    private static long send(WebSession session, Map<String, String> form) {
        session.get("/feedback");
        Response sent = session.post("/feedback", form);
        assertEquals(303, sent.statusCode());
        String location = sent.header("Location");
        assertTrue(location.matches(".*/feedback/\\d+"), location);
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void shouldAskAnonymousVisitorsToSignInFirst() {
        Response response = WebSession.anonymous().get("/feedback");
        assertEquals(302, response.statusCode());
        assertTrue(response.header("Location").contains("/signin?redirect=%2Ffeedback"));
    }

    @Test
    void shouldPrefillThePageWhenComingFromOne() {
        Document form = WebSession.signIn("alice").page("/feedback?page=/docs/practices/ci", 200);
        assertEquals("/docs/practices/ci", form.selectFirst("#fb-page").attr("value"));
        assertEquals("documentation", form.selectFirst("#fb-category option[selected]").attr("value"));
        assertEquals(6, form.select("#fb-category option[value~=.+]").size(), "the six categories");
    }

    @Test
    void shouldKeepEverythingTypedWhenTheFormIsRefused() {
        WebSession alice = WebSession.signIn("alice");
        alice.get("/feedback");
        String longText = "word ".repeat(2_001);
        Map<String, String> form = Map.of("category", "deployment-problem", "title", "ab", "description", longText,
                "relatedPage", "/docs/not-there", "contactMe", "yes");
        Response refused = alice.post("/feedback", form);
        assertEquals(400, refused.statusCode());
        Document page = Jsoup.parse(refused.asString());
        assertEquals("ab", page.selectFirst("#fb-title").attr("value"));
        assertEquals(longText.strip(), page.selectFirst("#fb-description").text().strip());
        assertEquals("/docs/not-there", page.selectFirst("#fb-page").attr("value"));
        assertEquals("deployment-problem", page.selectFirst("#fb-category option[selected]").attr("value"));
        assertNotNull(page.selectFirst("input[name=contactMe][checked]"));
        assertEquals("true", page.selectFirst("#fb-title").attr("aria-invalid"));
        assertTrue(page.selectFirst("#fb-description-error").text().contains("the limit is 10000"));
        assertTrue(page.selectFirst("#fb-page-error").text().contains("There is no page at /docs/not-there"));
        assertTrue(page.selectFirst("#feedback-errors").text().contains("3 fields"));
    }

    @Test
    void shouldRefuseAnUnknownCategory() {
        WebSession alice = WebSession.signIn("alice");
        alice.get("/feedback");
        Map<String, String> form = valid("A title");
        form.put("category", "<script>");
        Response refused = alice.post("/feedback", form);
        assertEquals(400, refused.statusCode());
        assertEquals("Choose what your feedback is about.", Jsoup.parse(refused.asString()).selectFirst("#fb-category-error").text());
    }

    @Test
    void shouldRecordFeedbackAndShowItsStatusToTheSubmitter() {
        WebSession alice = WebSession.signIn("alice");
        String title = "Assess Renovate " + UUID.randomUUID();
        long id = send(alice, valid(title));
        Document page = alice.page("/feedback/" + id, 200);
        assertNotNull(page.selectFirst("p.banner-ok"), "a confirmation after sending");
        assertEquals(title, page.selectFirst("main h1").text());
        assertEquals("New", page.selectFirst(".badge-status").text());
        assertEquals("Renovate", page.selectFirst(".user-markdown strong").text(), "Markdown is rendered");
        assertNull(page.selectFirst("main script"), "and sanitised");
        assertEquals("CI and deployment", page.selectFirst("dl.facts a[href='/docs/practices/ci']").text());
        assertTrue(page.selectFirst("main").text().contains("No answer yet"));
        assertNull(alice.page("/feedback/" + id, 200).selectFirst("p.banner-ok"), "the confirmation is shown once");

        List<String> mine = alice.page("/feedback/mine", 200).select("table.feedback-list td a").eachText();
        assertTrue(mine.contains(title));
        List<AuditEntry> events = auditLog.page("alice", "feedback.sent", 1).entries();
        assertTrue(events.stream().anyMatch(e -> e.targetId().equals(String.valueOf(id))));
    }

    @Test
    void shouldCountALineBreakAsOneCharacterAsTheBrowserDoes() {
        WebSession alice = WebSession.signIn("alice");
        String typed = ("x".repeat(99) + "\n").repeat(99) + "y".repeat(100);
        assertEquals(10_000, typed.length(), "as many characters as the box allows");
        Map<String, String> form = valid("Line breaks " + UUID.randomUUID());
        form.put("description", typed.replace("\n", "\r\n"));
        long id = send(alice, form);
        FeedbackItem item = QuarkusTransaction.requiringNew().call(() -> FeedbackItem.findById(id));
        assertEquals(typed, item.description, "kept with the box's line breaks");
    }

    @Test
    void shouldShowFeedbackOnlyToItsSubmitterAndToTriagers() {
        WebSession sam = WebSession.signIn("sam");
        long id = send(sam, valid("Sam's request " + UUID.randomUUID()));
        assertEquals(404, WebSession.signIn("alice").get("/feedback/" + id).statusCode(), "another engineer");
        assertEquals(200, WebSession.signIn("maya").get("/feedback/" + id).statusCode(), "a manager triages");
        assertEquals(200, WebSession.signIn("ada").get("/feedback/" + id).statusCode());
        assertTrue(WebSession.signIn("alice").page("/feedback/mine", 200).select("table.feedback-list td a").eachText().stream()
                .noneMatch(t -> t.startsWith("Sam's request")), "My feedback lists only one's own");
        assertEquals(404, sam.get("/feedback/999999999").statusCode());
    }

    @Test
    void shouldRefuseTheFormWithoutCsrfToken() {
        WebSession alice = WebSession.signIn("alice");
        alice.get("/feedback");
        assertEquals(403, alice.postWithout("/feedback", valid("No token")).statusCode());
    }
}
