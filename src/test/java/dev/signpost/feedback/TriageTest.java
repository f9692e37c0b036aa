package dev.signpost.feedback;

import dev.signpost.WebSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
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

/** Triage: the queue, status and answer seen by the submitter, internal notes, history, and edit conflicts. */
@QuarkusTest
@Tag("database")
class TriageTest {

    private static long sendAsAlice(String title) {
        return sendAsAlice(title, "practice-question", "");
    }

    private static long sendAsAlice(String title, String category, String relatedPage) {
        return SentFeedback.send("alice", category, title, relatedPage);
    }

    private static Map<String, String> edit(Document itemPage, String status, String answer, String note) {
        return Map.of("version", itemPage.selectFirst("form.triage-form input[name=version]").attr("value"), "status", status,
                "assignee", "sam", "publicAnswer", answer, "note", note);
    }

    @Test
    void shouldListNewFeedbackInTheQueueWithCounts() {
        String title = "Queue check " + UUID.randomUUID();
        sendAsAlice(title);
        Document queue = WebSession.signIn("sam").page("/feedback/triage?status=new", 200);
        assertTrue(queue.select("table.feedback-queue td a").eachText().contains(title));
        assertTrue(Integer.parseInt(queue.select(".status-counts a[href$=status=new] .count").text()) >= 1);
    }

    @Test
    void shouldLetATriagerAnswerAndTheSubmitterSeeIt() {
        long id = sendAsAlice("Answer check " + UUID.randomUUID());
        WebSession sam = WebSession.signIn("sam");
        Document page = sam.page("/feedback/" + id, 200);
        Response saved = sam.post("/feedback/triage/" + id, edit(page, "RESOLVED", "Use **tags** like v1.", "Asked in #ci too."));
        assertEquals(303, saved.statusCode());

        Document samView = sam.page("/feedback/" + id, 200);
        assertNotNull(samView.selectFirst("p.banner-ok"));
        assertTrue(samView.select("ol.history li").text().contains("changed status: New → Resolved"));
        assertTrue(samView.select("ol.history li .note").text().contains("Asked in #ci too."));

        Document aliceView = WebSession.signIn("alice").page("/feedback/" + id, 200);
        assertEquals("Resolved", aliceView.selectFirst(".badge-status").text());
        assertEquals("tags", aliceView.selectFirst(".answer strong").text(), "the answer, rendered");
        assertNull(aliceView.selectFirst("section.triage"), "the submitter sees no triage panel");
        assertTrue(!aliceView.text().contains("Asked in #ci too."), "internal notes stay internal");
    }

    @Test
    void shouldCountALineBreakAsOneCharacterInAnswersAsTheBrowserDoes() {
        long id = sendAsAlice("Long answer " + UUID.randomUUID());
        WebSession sam = WebSession.signIn("sam");
        String typed = ("x".repeat(99) + "\n").repeat(99) + "y".repeat(100);
        Response saved = sam.post("/feedback/triage/" + id, edit(sam.page("/feedback/" + id, 200), "RESOLVED",
                typed.replace("\n", "\r\n"), ""));
        assertEquals(303, saved.statusCode(), "10,000 characters as the box counts them");
        assertEquals(typed, QuarkusTransaction.requiringNew().call(() -> FeedbackItem.<FeedbackItem>findById(id)).publicAnswer);
    }

    @Test
    void shouldRefuseTheSecondOfTwoConcurrentEditsAndKeepItsText() {
        long id = sendAsAlice("Conflict check " + UUID.randomUUID());
        WebSession sam = WebSession.signIn("sam");
        WebSession maya = WebSession.signIn("maya");
        Document samPage = sam.page("/feedback/" + id, 200);
        Document mayaPage = maya.page("/feedback/" + id, 200);
        assertEquals(303, sam.post("/feedback/triage/" + id, edit(samPage, "ACKNOWLEDGED", "", "")).statusCode());
        Response second = maya.post("/feedback/triage/" + id, edit(mayaPage, "DISMISSED", "Maya's answer", "Maya's note"));
        assertEquals(409, second.statusCode());
        Document conflict = Jsoup.parse(second.asString());
        assertTrue(conflict.selectFirst("#triage-conflict").text().contains("sam · status: New → Acknowledged"),
                conflict.selectFirst("#triage-conflict").text());
        assertEquals("Maya's answer", conflict.selectFirst("#tr-answer").text());
        assertEquals("Maya's note", conflict.selectFirst("#tr-note").text());
        assertEquals("DISMISSED", conflict.selectFirst("#tr-status option[selected]").attr("value"));
        assertEquals("Acknowledged", WebSession.signIn("alice").page("/feedback/" + id, 200).selectFirst(".badge-status").text(),
                "nothing was overwritten");
        Response retried = maya.post("/feedback/triage/" + id, Map.of("version",
                conflict.selectFirst("form.triage-form input[name=version]").attr("value"), "status", "DISMISSED",
                "assignee", "", "publicAnswer", "Maya's answer", "note", ""));
        assertEquals(303, retried.statusCode(), "saving again on the current version applies the edit");
    }

    @Test
    void shouldRefuseAnUnknownStatusClearly() {
        long id = sendAsAlice("Status check " + UUID.randomUUID());
        WebSession ada = WebSession.signIn("ada");
        Document page = ada.page("/feedback/" + id, 200);
        Response refused = ada.post("/feedback/triage/" + id, edit(page, "ARCHIVED", "kept answer", ""));
        assertEquals(400, refused.statusCode());
        Document again = Jsoup.parse(refused.asString());
        assertEquals("Choose one of the statuses listed.", again.selectFirst("section.triage p.form-error").text());
        assertEquals("kept answer", again.selectFirst("#tr-answer").text());
    }

    @Test
    void shouldRefuseAnUnknownAssigneeOrOwnerAndKeepTheForm() {
        long id = sendAsAlice("Who takes it " + UUID.randomUUID());
        WebSession sam = WebSession.signIn("sam");
        Document page = sam.page("/feedback/" + id, 200);
        Map<String, String> typed = new java.util.HashMap<>(edit(page, "ACKNOWLEDGED", "kept answer", ""));
        typed.put("assignee", "alcie");
        Response refused = sam.post("/feedback/triage/" + id, typed);
        assertEquals(400, refused.statusCode());
        Document again = Jsoup.parse(refused.asString());
        assertEquals("No one called 'alcie' — did you mean alice?", again.selectFirst("section.triage p.form-error").text());
        assertEquals("alcie", again.selectFirst("#tr-assignee").val());
        assertEquals("kept answer", again.selectFirst("#tr-answer").text());

        typed.put("assignee", "qa");
        assertEquals(400, sam.post("/feedback/triage/" + id, typed).statusCode(), "an assignee is a person, not a team");
        typed.put("assignee", "Alice");
        typed.put("owner", "QA");
        sam.page("/feedback/" + id, 200);
        assertEquals(303, sam.post("/feedback/triage/" + id, typed).statusCode());
        Document saved = sam.page("/feedback/" + id, 200);
        assertEquals("alice", saved.selectFirst("#tr-assignee").val(), "spelled as the directory has it");
        assertEquals("qa", saved.selectFirst("#tr-owner").val(), "a team owns it");
    }

    @Test
    void shouldKeepEngineersOutOfTriage() {
        long id = sendAsAlice("Access check " + UUID.randomUUID());
        WebSession alice = WebSession.signIn("alice");
        assertEquals(403, alice.get("/feedback/triage").statusCode());
        alice.get("/feedback/" + id);
        assertEquals(403, alice.post("/feedback/triage/" + id, Map.of("version", "0", "status", "RESOLVED")).statusCode());
    }

    @Test
    void shouldExportTheFilteredQueueAsCsv() {
        String title = "=CSV check " + UUID.randomUUID();
        sendAsAlice(title);
        WebSession sam = WebSession.signIn("sam");
        Document queue = sam.page("/feedback/triage?category=practice-question", 200);
        String href = queue.selectFirst("a.export").attr("href");
        assertEquals("/feedback/triage/export.csv?category=practice-question", href);
        Response csv = sam.get(href);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.contentType().startsWith("text/csv"));
        assertTrue(csv.header("Content-Disposition").contains("signpost-feedback.csv"));
        assertTrue(csv.asString().startsWith("id,sent,category,status,title"));
        assertTrue(csv.asString().contains("'" + title), "the formula-looking title is neutralised");
        assertEquals(403, WebSession.signIn("alice").get(href).statusCode());
    }

    @Test
    void shouldExplainBadFiltersInsteadOfFailing() {
        Document queue = WebSession.signIn("maya").page("/feedback/triage?status=bogus&from=yesterday&category=x", 200);
        assertEquals(3, queue.select("main p.form-error").size());
    }

    @Test
    void shouldRouteFeedbackToTheRelatedPagesOwnerAndFilterTheQueueByOwner() {
        String routed = "Routed " + UUID.randomUUID();
        String unrouted = "Unrouted " + UUID.randomUUID();
        long id = sendAsAlice(routed, "documentation", "/docs/practices/ci/caching-dependencies");
        sendAsAlice(unrouted, "other", "");
        WebSession sam = WebSession.signIn("sam");
        assertEquals("ci-platform", sam.page("/feedback/" + id, 200).selectFirst("dd.item-owner").text());

        List<String> ciPlatform = titles(sam.page("/feedback/triage?owner=ci-platform", 200));
        assertTrue(ciPlatform.contains(routed) && !ciPlatform.contains(unrouted), ciPlatform.toString());
        List<String> nobody = titles(sam.page("/feedback/triage?owner=@none", 200));
        assertTrue(nobody.contains(unrouted) && !nobody.contains(routed));
        Document mine = sam.page("/feedback/triage?owner=@mine", 200);
        assertTrue(titles(mine).contains(routed), "sam is in ci-platform");
        assertEquals("@mine", mine.selectFirst("#q-owner option[selected]").attr("value"), "the filter stays chosen");
        assertTrue(mine.select("#q-owner option").eachAttr("value").contains("ci-platform"), "owners come from the content");

        Document adaMine = WebSession.signIn("ada").page("/feedback/triage?owner=@mine", 200);
        assertTrue(adaMine.selectFirst("main p.form-error").text().contains("not in any team"));
    }

    @Test
    void shouldRouteFeedbackWithoutAPageByItsCategory() {
        long id = sendAsAlice("Category routed " + UUID.randomUUID(), "deployment-problem", "");
        assertEquals("platform-team", WebSession.signIn("sam").page("/feedback/" + id, 200).selectFirst("dd.item-owner").text(),
                "signpost.feedback.owners.deployment-problem in the test profile");
    }

    @Test
    void shouldLetATriagerRouteFeedbackToAnotherTeam() {
        long id = sendAsAlice("Reroute " + UUID.randomUUID(), "documentation", "/docs/practices/ci/caching-dependencies");
        WebSession sam = WebSession.signIn("sam");
        Document page = sam.page("/feedback/" + id, 200);
        assertEquals("ci-platform", page.selectFirst("#tr-owner").attr("value"));
        Map<String, String> form = new java.util.HashMap<>(edit(page, "ACKNOWLEDGED", "", ""));
        form.put("owner", "security");
        assertEquals(303, sam.post("/feedback/triage/" + id, form).statusCode());
        Document after = sam.page("/feedback/" + id, 200);
        assertEquals("security", after.selectFirst("dd.item-owner").text());
        assertTrue(after.select("ol.history li").text().contains("changed owner: ci-platform → security"));
        assertTrue(titles(sam.page("/feedback/triage?owner=security", 200)).stream().anyMatch(t -> t.startsWith("Reroute ")));
    }

    private static List<String> titles(Document queue) {
        return queue.select("table.feedback-queue td a").eachText();
    }
}
