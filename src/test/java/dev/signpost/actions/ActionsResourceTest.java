package dev.signpost.actions;

import dev.signpost.WebSession;
import dev.signpost.feedback.SentFeedback;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static dev.signpost.actions.ActionForms.changeStatus;
import static dev.signpost.actions.ActionForms.create;
import static dev.signpost.actions.ActionForms.edit;
import static dev.signpost.actions.ActionForms.idOf;
import static dev.signpost.actions.ActionForms.item;
import static dev.signpost.actions.ActionForms.stored;
import static dev.signpost.actions.ActionForms.version;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tracker's pages: creating items from a SIG, a feedback or a roadmap item; the role rules; status changes with
 * their reasons and conflicts; edits and comments with their history; filters, counts and CSV; the overdue check and
 * the home page's panel. The test clock says 2026-11-28.
 */
@QuarkusTest
@Tag("database")
class ActionsResourceTest {

    @Inject
    OverdueCheck overdueCheck;

    private static String unique(String what) {
        return what + " " + UUID.randomUUID();
    }

    private static Document parse(Response response) {
        return Jsoup.parse(response.asString());
    }

    private static List<Long> rowIds(Document tracker) {
        return tracker.select("tr.action-row[data-id]").eachAttr("data-id").stream().map(Long::parseLong).toList();
    }

    private static List<String> history(Document item) {
        return item.select("ol.history > li").eachText();
    }

    // --- creating

    @Test
    void theQuickFilterTabsMarkTheViewShownTheDefaultOneToo() {
        WebSession sam = WebSession.signIn("sam");
        assertEquals(List.of("Open"), sam.page("/actions", 200).select("nav.tabs a[aria-current=page]").eachText());
        assertEquals(List.of("Open"), sam.page("/actions?sort=title", 200).select("nav.tabs a[aria-current=page]").eachText());
        assertEquals(List.of("Due this week"), sam.page("/actions?due=week", 200).select("nav.tabs a[aria-current=page]").eachText());
        assertEquals(List.of("Everything"), sam.page("/actions?status=all", 200).select("nav.tabs a[aria-current=page]").eachText());
        assertEquals(List.of("My items"), sam.page("/actions?owner=@me", 200).select("nav.tabs a[aria-current=page]").eachText());
        assertEquals(List.of(), sam.page("/actions?q=deploy", 200).select("nav.tabs a[aria-current=page]").eachText());
    }

    @Test
    void shouldCreateAnItemFromTheSigPageLink() {
        WebSession sam = WebSession.signIn("sam");
        Document sigPage = sam.page("/sigs/code-deployment", 200);
        Element link = sigPage.selectFirst("section.sig-actions a.create-action");
        assertNotNull(link, "a sig-member is offered to create an item");
        assertEquals("/actions/new?sig=code-deployment", link.attr("href"));

        Document form = sam.page(link.attr("href"), 200);
        assertEquals("code-deployment", form.selectFirst("#ai-sig option[selected]").val());
        assertEquals("sam", form.selectFirst("#ai-owner").val(), "the creator owns it unless changed");
        assertEquals("", form.selectFirst("#ai-title").val());
        assertEquals("", form.selectFirst("input[name=source]").val());

        String title = unique("Publish the runner SLO");
        Response created = sam.post("/actions", item(title, "sam", "2026-12-10", "code-deployment"));
        assertEquals(303, created.statusCode(), created.asString());
        long id = idOf(created.header("Location"));

        Document page = sam.page("/actions/" + id, 200);
        assertEquals("The action item is created.", page.selectFirst("p.banner-ok").text());
        assertEquals(title, page.selectFirst("main h1").text());
        assertEquals("Open", page.selectFirst("header .action-status").text());
        assertEquals("Code Deployment SIG", page.selectFirst("li.action-sig a[href='/sigs/code-deployment']").text());
        assertEquals("Thu 10 Dec 2026", page.selectFirst("li.action-due strong").text());
        assertEquals(List.of("created the item"), page.select("ol.history > li").stream()
                .map(li -> li.ownText().strip()).toList());
        assertNull(sam.page("/actions/" + id, 200).selectFirst("p.banner-ok"), "the confirmation is shown once");

        Element row = sam.page("/sigs/code-deployment", 200).selectFirst("section.sig-actions li.action-row[data-id=" + id + "]");
        assertNotNull(row, "the SIG page lists its new item");
        assertEquals(title, row.selectFirst("a").text());
    }

    @Test
    void shouldPrefillTheFormFromAFeedbackItem() {
        String feedbackTitle = unique("Assess Renovate");
        long feedbackId = SentFeedback.send("alice", "tool-request", feedbackTitle, "");
        WebSession sam = WebSession.signIn("sam");
        Element link = sam.page("/feedback/" + feedbackId, 200).selectFirst("section.source-actions a.create-action");
        assertNotNull(link, "the feedback page offers to create an item");
        assertEquals("/actions/new?source=feedback&ref=" + feedbackId, link.attr("href"));

        Document form = sam.page(link.attr("href"), 200);
        assertEquals("Follow up: " + feedbackTitle, form.selectFirst("#ai-title").val());
        assertEquals("From [feedback #" + feedbackId + "](/feedback/" + feedbackId + ").", form.selectFirst("#ai-details").wholeText());
        assertEquals("feedback", form.selectFirst("input[name=source]").val());
        assertEquals(String.valueOf(feedbackId), form.selectFirst("input[name=ref]").val());
        assertEquals("developer-experience", form.selectFirst("#ai-sig option[selected]").val(),
                "tool requests go to platform-team, a group of the Developer Experience SIG");
        assertEquals(feedbackTitle, form.selectFirst("p.action-source a[href='/feedback/" + feedbackId + "']").text());

        Map<String, String> fields = item(form.selectFirst("#ai-title").val(), "sam", "2026-12-01", "developer-experience");
        fields.put("details", form.selectFirst("#ai-details").wholeText());
        fields.put("source", "feedback");
        fields.put("ref", String.valueOf(feedbackId));
        Response created = sam.post("/actions", fields);
        assertEquals(303, created.statusCode(), created.asString());
        long id = idOf(created.header("Location"));

        Document page = sam.page("/actions/" + id, 200);
        assertEquals(feedbackTitle, page.selectFirst("li.action-source a[href='/feedback/" + feedbackId + "']").text());
        assertEquals("/feedback/" + feedbackId, page.selectFirst("article.action-details a").attr("href"), "the details are rendered");
        JsonPath json = stored(sam, id);
        assertEquals("feedback", json.getString("source"));
        assertEquals(String.valueOf(feedbackId), json.getString("sourceRef"));
    }

    @Test
    void shouldPrefillTheFormFromARoadmapItemAndIgnoreUnknownSources() {
        WebSession sam = WebSession.signIn("sam");
        Document form = sam.page("/actions/new?source=roadmap&ref=secrets-migration", 200);
        assertEquals("roadmap", form.selectFirst("input[name=source]").val());
        assertEquals("secrets-migration", form.selectFirst("input[name=ref]").val());
        assertEquals("code-deployment", form.selectFirst("#ai-sig option[selected]").val(), "the roadmap item's SIG");
        assertTrue(form.selectFirst("#ai-details").wholeText().startsWith("For the roadmap item [Move every Jenkins credential"),
                form.selectFirst("#ai-details").wholeText());

        Document unknown = sam.page("/actions/new?source=roadmap&ref=no-such-item&sig=no-such-sig", 200);
        assertEquals("", unknown.selectFirst("input[name=source]").val());
        assertEquals("", unknown.selectFirst("input[name=ref]").val());
        assertNull(unknown.selectFirst("#ai-sig option[selected]"), "an unknown SIG is not preselected");
        assertEquals(403, WebSession.signIn("alice").get("/actions/new?source=roadmap&ref=secrets-migration").statusCode());
    }

    @Test
    void shouldKeepEverythingTypedWhenTheFormIsRefused() {
        WebSession sam = WebSession.signIn("sam");
        sam.get("/actions/new");
        String marker = UUID.randomUUID().toString();
        String details = "Typed *details* " + marker + "\nsecond line";
        Map<String, String> fields = item("ab", "<script>alert(1)</script>", "2026-11-27", "no-such-sig");
        fields.put("details", details);
        Response refused = sam.post("/actions", fields);
        assertEquals(400, refused.statusCode());
        Document page = parse(refused);
        assertEquals("ab", page.selectFirst("#ai-title").val());
        assertEquals(details, page.selectFirst("#ai-details").wholeText());
        assertEquals("<script>alert(1)</script>", page.selectFirst("#ai-owner").val());
        assertEquals("2026-11-27", page.selectFirst("#ai-due").val());
        assertNull(page.selectFirst("main script"), "the typed owner is text, not an element");
        assertEquals(Set.of("ai-title-error", "ai-owner-error", "ai-due-error", "ai-sig-error"),
                page.select("p.field-error").eachAttr("id").stream().collect(Collectors.toSet()));
        assertEquals("The due date 2026-11-27 is in the past.", page.selectFirst("#ai-due-error").text());
        assertEquals("true", page.selectFirst("#ai-title").attr("aria-invalid"));
        assertTrue(page.selectFirst("#action-errors").text().contains("4 fields"), page.selectFirst("#action-errors").text());

        assertEquals(0, sam.get("/api/v1/actions?status=all&q=" + marker).jsonPath().getInt("total"), "nothing stored");
    }

    @Test
    void shouldRefuseAnUnknownSourceOnCreate() {
        WebSession sam = WebSession.signIn("sam");
        sam.get("/actions/new");
        Map<String, String> fields = item(unique("From nowhere"), "sam");
        fields.put("source", "feedback");
        fields.put("ref", "999999999");
        Response refused = sam.post("/actions", fields);
        assertEquals(400, refused.statusCode());
        Document page = parse(refused);
        assertEquals("There is no feedback \"999999999\".", page.select("#action-errors p").get(1).text());
        assertEquals("999999999", page.selectFirst("input[name=ref]").val());
    }

    // --- who may

    @Test
    void shouldRefuseCreatingToEngineers() {
        WebSession alice = WebSession.signIn("alice");
        assertEquals(403, alice.get("/actions/new").statusCode());
        alice.get("/actions");
        String title = unique("Alice's item");
        Response refused = alice.post("/actions", item(title, "alice"));
        assertEquals(403, refused.statusCode());
        assertEquals(0, WebSession.signIn("sam").get("/api/v1/actions?status=all&q=" + title.substring(title.length() - 36))
                .jsonPath().getInt("total"), "nothing stored");
        assertEquals(403, WebSession.signIn("maya").get("/actions/new").statusCode(), "managers neither");
        assertEquals(200, WebSession.signIn("ada").get("/actions/new").statusCode(), "admins may");
    }

    @Test
    void shouldSendAnonymousVisitorsToSignIn() {
        for (String path : List.of("/actions", "/actions/new", "/actions/1", "/actions/export.csv", "/actions/calendar")) {
            Response response = WebSession.anonymous().get(path);
            assertEquals(302, response.statusCode(), path);
            assertTrue(response.header("Location").contains("/signin"), path + " -> " + response.header("Location"));
        }
        Response post = WebSession.anonymous().postWithout("/actions", item("Anonymous", "alice"));
        assertTrue(post.statusCode() == 302 || post.statusCode() == 401 || post.statusCode() == 403, "refused: " + post.statusCode());
    }

    @Test
    void shouldLetTheOwnerChangeTheStatusButNotEdit() {
        long id = create(WebSession.signIn("sam"), item(unique("Alice's promise"), "alice", "2026-12-05", ""));
        WebSession alice = WebSession.signIn("alice");
        Document page = alice.page("/actions/" + id, 200);
        assertNotNull(page.selectFirst("form.status-form"), "the owner may change the status");
        assertNull(page.selectFirst("form.edit-form"), "but not edit");

        Response changed = alice.post("/actions/" + id + "/status", Map.of("status", "in-progress", "comment", "Started today",
                "version", version(page)));
        assertEquals(303, changed.statusCode(), changed.asString());
        assertEquals("/actions/" + id, changed.header("Location").replaceAll("^https?://[^/]+", ""));
        Document after = alice.page("/actions/" + id, 200);
        assertEquals("Saved.", after.selectFirst("p.banner-ok").text());
        assertEquals("In progress", after.selectFirst("header .action-status").text());
        Element entry = after.selectFirst("ol.history > li.event-status");
        assertTrue(entry.text().startsWith("alice changed status: Open → In progress"), entry.text());
        assertEquals("Started today", entry.selectFirst(".event-comment").text());
        assertEquals("in-progress", stored(alice, id).getString("status"));

        alice.get("/actions/" + id);
        Map<String, String> fields = item("Renamed by alice", "alice");
        fields.put("version", version(after));
        assertEquals(403, alice.post("/actions/" + id + "/edit", fields).statusCode());
        assertNotEquals("Renamed by alice", stored(alice, id).getString("title"));
    }

    @Test
    void shouldRefuseStatusChangesByAnotherEngineer() {
        WebSession sam = WebSession.signIn("sam");
        long id = create(sam, item(unique("Sam's promise"), "sam"));
        WebSession alice = WebSession.signIn("alice");
        Document page = alice.page("/actions/" + id, 200);
        assertNull(page.selectFirst("form.status-form"), "no status form for someone who may not use it");
        assertNotNull(page.selectFirst("form.comment-form"), "but everyone signed in comments");
        Response refused = alice.post("/actions/" + id + "/status", Map.of("status", "done", "comment", "", "version",
                String.valueOf(stored(sam, id).getInt("version"))));
        assertEquals(403, refused.statusCode());
        assertEquals(403, changeStatusAs("maya", id, "done").statusCode(), "a manager who does not own it");
        assertEquals("open", stored(sam, id).getString("status"));
    }

    private static Response changeStatusAs(String user, long id, String status) {
        WebSession session = WebSession.signIn(user);
        session.get("/actions/" + id);
        int version = stored(session, id).getInt("version");
        session.get("/actions/" + id);
        return session.post("/actions/" + id + "/status", Map.of("status", status, "comment", "", "version", String.valueOf(version)));
    }

    // --- status rules

    @Test
    void shouldAskWhyAnItemIsBlockedAndKeepTheChoice() {
        WebSession sam = WebSession.signIn("sam");
        long id = create(sam, item(unique("Block me"), "sam"));
        Response refused = changeStatus(sam, id, "blocked", "  \n ");
        assertEquals(400, refused.statusCode());
        Document page = parse(refused);
        assertEquals("Say why the item is blocked in the comment.", page.selectFirst("#action-error p").text());
        assertEquals("blocked", page.selectFirst("#as-status option[selected]").val(), "the chosen status is kept");
        assertEquals("open", stored(sam, id).getString("status"));

        Response dropped = changeStatus(sam, id, "dropped", "");
        assertEquals(400, dropped.statusCode());
        assertEquals("Say why the item is dropped in the comment.", parse(dropped).selectFirst("#action-error p").text());

        assertEquals(303, changeStatus(sam, id, "blocked", "Waiting for the **vendor**").statusCode());
        Document blocked = sam.page("/actions/" + id, 200);
        assertEquals("Blocked", blocked.selectFirst("header .action-status").text());
        assertEquals("vendor", blocked.selectFirst("li.event-status .event-comment strong").text());
    }

    @Test
    void shouldOnlyReopenFinishedItemsAndKeepTheTypedComment() {
        WebSession sam = WebSession.signIn("sam");
        long id = create(sam, item(unique("Finish me"), "sam"));
        assertEquals(303, changeStatus(sam, id, "done", "").statusCode());
        Document done = sam.page("/actions/" + id, 200);
        assertEquals(List.of("open"), done.select("#as-status option").eachAttr("value"), "a done item can only be reopened");

        String typed = "Actually still going " + UUID.randomUUID();
        Response refused = changeStatus(sam, id, "in-progress", typed);
        assertEquals(400, refused.statusCode());
        Document page = parse(refused);
        assertEquals("A done item can only be reopened, not set to in progress.", page.selectFirst("#action-error p").text());
        assertEquals(typed, page.selectFirst("#as-comment").wholeText());
        assertEquals("done", stored(sam, id).getString("status"));

        Response already = changeStatus(sam, id, "done", "");
        assertEquals(400, already.statusCode());
        assertEquals("The item is already done.", parse(already).selectFirst("#action-error p").text());

        assertEquals(303, changeStatus(sam, id, "open", "Reopened: the fix regressed").statusCode());
        assertEquals("open", stored(sam, id).getString("status"));
        assertEquals(303, changeStatus(sam, id, "dropped", "No longer needed").statusCode());
        Response fromDropped = changeStatus(sam, id, "done", "");
        assertEquals(400, fromDropped.statusCode());
        assertEquals("A dropped item can only be reopened, not set to done.", parse(fromDropped).selectFirst("#action-error p").text());
        assertEquals(List.of("status", "status", "status"), stored(sam, id).getList("history.field").stream()
                .filter("status"::equals).toList());
    }

    @Test
    void shouldRefuseAnUnknownStatusOrAMissingVersion() {
        WebSession sam = WebSession.signIn("sam");
        long id = create(sam, item(unique("Odd changes"), "sam"));
        Response unknown = changeStatus(sam, id, "archived", "typed");
        assertEquals(400, unknown.statusCode());
        assertEquals("Choose one of the statuses listed.", parse(unknown).selectFirst("#action-error p").text());
        sam.get("/actions/" + id);
        Response noVersion = sam.post("/actions/" + id + "/status", Map.of("status", "done", "comment", "kept " + id));
        assertEquals(400, noVersion.statusCode());
        Document page = parse(noVersion);
        assertTrue(page.selectFirst("#action-error p").text().contains("missing the item's version"));
        assertEquals("kept " + id, page.selectFirst("#as-comment").wholeText());
        assertEquals("open", stored(sam, id).getString("status"));
    }

    @Test
    void shouldRefuseAChangeOnAStaleVersionAndShowTheOtherChange() {
        WebSession sam = WebSession.signIn("sam");
        long id = create(sam, item(unique("Contested"), "sam"));
        Document samsPage = sam.page("/actions/" + id, 200);
        String staleVersion = version(samsPage);

        assertEquals(303, changeStatus(WebSession.signIn("ada"), id, "in-progress", "Ada took it over").statusCode());

        String typed = "Sam's own comment " + UUID.randomUUID();
        Response stale = sam.post("/actions/" + id + "/status", Map.of("status", "done", "comment", typed, "version", staleVersion));
        assertEquals(409, stale.statusCode());
        Document page = parse(stale);
        assertTrue(page.selectFirst("#action-error").text().contains("Someone else changed this action item"),
                page.selectFirst("#action-error").text());
        List<String> theirs = page.select("ul.their-changes li").eachText();
        assertTrue(theirs.stream().anyMatch(t -> t.startsWith("ada changed status: Open → In progress: “Ada took it over”")),
                theirs.toString());
        assertEquals(typed, page.selectFirst("#as-comment").wholeText(), "the typed comment is kept");
        assertEquals("In progress", page.selectFirst("header .action-status").text(), "the page shows the item as it is now");
        assertFalse(staleVersion.equals(version(page)), "the form now carries the current version");

        JsonPath json = stored(sam, id);
        assertEquals("in-progress", json.getString("status"), "nothing overwritten");
        assertFalse(json.getList("history.comment").contains(typed));

        Response retried = sam.post("/actions/" + id + "/status", Map.of("status", "done", "comment", typed, "version", version(page)));
        assertEquals(303, retried.statusCode(), "submitting again applies the change on top");
        assertEquals("done", stored(sam, id).getString("status"));
    }

    @Test
    void shouldRefuseAnEditOnAStaleVersionAndKeepTheTypedFields() {
        WebSession sam = WebSession.signIn("sam");
        String title = unique("Edited twice");
        long id = create(sam, item(title, "sam", "2026-12-10", ""));
        Document samsPage = sam.page("/actions/" + id, 200);
        String staleVersion = version(samsPage);
        assertEquals(303, edit(WebSession.signIn("ada"), id, Map.of("due", "2026-12-20")).statusCode());

        Map<String, String> fields = item("Sam's new title", "sam", "2026-12-11", "");
        fields.put("version", staleVersion);
        sam.get("/actions/" + id);
        Response stale = sam.post("/actions/" + id + "/edit", fields);
        assertEquals(409, stale.statusCode());
        Document page = parse(stale);
        assertTrue(page.select("ul.their-changes li").eachText().stream()
                .anyMatch(t -> t.startsWith("ada changed due: Thu 10 Dec 2026 → Sun 20 Dec 2026")), page.select("ul.their-changes").text());
        assertEquals("Sam's new title", page.selectFirst("form.edit-form #ai-title").val());
        assertEquals("2026-12-11", page.selectFirst("form.edit-form #ai-due").val());
        JsonPath json = stored(sam, id);
        assertEquals(title, json.getString("title"), "nothing overwritten");
        assertEquals("2026-12-20", json.getString("due"));
    }

    // --- edits and comments

    @Test
    void shouldRecordEditsInTheHistory() {
        WebSession sam = WebSession.signIn("sam");
        long id = create(sam, item(unique("Move the date"), "sam", "2026-12-10", "code-deployment"));
        Response edited = edit(sam, id, Map.of("due", "2026-12-24", "owner", "alice", "sig", "testing-quality", "details", "New *details*"));
        assertEquals(303, edited.statusCode(), edited.asString());
        Document page = sam.page("/actions/" + id, 200);
        List<String> history = history(page);
        assertTrue(history.stream().anyMatch(h -> h.startsWith("sam changed due: Thu 10 Dec 2026 → Thu 24 Dec 2026")), history.toString());
        assertTrue(history.stream().anyMatch(h -> h.startsWith("sam changed owner: sam → alice")), history.toString());
        assertTrue(history.stream().anyMatch(h -> h.startsWith("sam changed sig: code-deployment → testing-quality")), history.toString());
        assertTrue(history.stream().anyMatch(h -> h.startsWith("sam changed the details")), history.toString());
        assertFalse(history.stream().anyMatch(h -> h.contains("changed title")), "an unchanged field is not recorded");
        assertEquals("details", page.selectFirst("article.action-details em").text());

        JsonPath json = stored(sam, id);
        assertEquals("2026-12-24", json.getString("due"));
        assertEquals("alice", json.getString("owner"));
        assertEquals("testing-quality", json.getString("sig"));
        assertEquals(List.of("created", "details", "owner", "due", "sig"), json.getList("history.field"));
    }

    @Test
    void shouldRefuseABadEditAndKeepIt() {
        WebSession sam = WebSession.signIn("sam");
        String title = unique("Bad edit");
        long id = create(sam, item(title, "sam", "2026-12-10", ""));
        Response refused = edit(sam, id, Map.of("title", "no", "owner", "bad owner"));
        assertEquals(400, refused.statusCode());
        Document page = parse(refused);
        assertEquals("no", page.selectFirst("form.edit-form #ai-title").val());
        assertEquals("bad owner", page.selectFirst("form.edit-form #ai-owner").val());
        assertNotNull(page.selectFirst("form.edit-form #ai-owner-error"));
        assertEquals(title, stored(sam, id).getString("title"));
        assertEquals(403, editAs("alice", id).statusCode(), "engineers do not edit");
        assertEquals(403, editAs("maya", id).statusCode(), "managers neither");
    }

    private static Response editAs(String user, long id) {
        WebSession session = WebSession.signIn(user);
        session.get("/actions/" + id);
        Map<String, String> fields = item("Taken over by " + user, user);
        fields.put("version", String.valueOf(stored(session, id).getInt("version")));
        session.get("/actions/" + id);
        return session.post("/actions/" + id + "/edit", fields);
    }

    @Test
    void shouldShowCommentsRenderedAndSanitised() {
        long id = create(WebSession.signIn("sam"), item(unique("Discuss me"), "sam"));
        WebSession alice = WebSession.signIn("alice");
        alice.get("/actions/" + id);
        Response commented = alice.post("/actions/" + id + "/comments", Map.of("text",
                "Looks **good** to me.\n\n<script>alert(1)</script><img src=x onerror=alert(2)> [click](javascript:alert(3))"));
        assertEquals(303, commented.statusCode(), commented.asString());
        assertTrue(commented.header("Location").endsWith("/actions/" + id + "#history"), commented.header("Location"));

        Document page = alice.page("/actions/" + id, 200);
        assertEquals("Your comment is added.", page.selectFirst("p.banner-ok").text());
        Element comment = page.selectFirst("ol.history > li.event-comment");
        assertNotNull(comment);
        assertTrue(comment.text().startsWith("alice commented"), comment.text());
        assertEquals("good", comment.selectFirst("div.event-comment strong").text());
        assertTrue(comment.select("script").isEmpty(), comment.html());
        assertTrue(comment.select("[onerror]").isEmpty(), comment.html());
        assertTrue(comment.select("a[href^=javascript]").isEmpty(), comment.html());
        assertNull(page.selectFirst("main script"));
        assertEquals(0, stored(alice, id).getInt("version"), "a comment leaves the item (and anyone's open form) as it was");
    }

    @Test
    void shouldRefuseAnEmptyCommentAndKeepNothingElse() {
        long id = create(WebSession.signIn("sam"), item(unique("Silence"), "sam"));
        WebSession alice = WebSession.signIn("alice");
        alice.get("/actions/" + id);
        Response refused = alice.post("/actions/" + id + "/comments", Map.of("text", " \r\n "));
        assertEquals(400, refused.statusCode());
        assertEquals("Write a comment first.", parse(refused).selectFirst("#action-error p").text());
        assertEquals(List.of("created"), stored(alice, id).getList("history.field"));
    }

    // --- feedback

    @Test
    void shouldResolveTheSourceFeedbackWhenDoneIfAsked() {
        String feedbackTitle = unique("Flaky runners");
        long feedbackId = SentFeedback.send("alice", "tool-request", feedbackTitle, "");
        WebSession sam = WebSession.signIn("sam");
        Map<String, String> fields = item(unique("Fix the runners"), "sam");
        fields.put("source", "feedback");
        fields.put("ref", String.valueOf(feedbackId));
        long id = create(sam, fields);

        Document page = sam.page("/actions/" + id, 200);
        Element offer = page.selectFirst("form.status-form input[name=completeSource]");
        assertNotNull(offer, "a triager is offered to resolve the feedback");
        assertFalse(offer.hasAttr("checked"), "but has to ask for it");
        Response done = sam.post("/actions/" + id + "/status", Map.of("status", "done", "comment", "Fixed", "version", version(page),
                "completeSource", "true"));
        assertEquals(303, done.statusCode(), done.asString());
        assertEquals("Saved, and the feedback it came from is marked resolved.", sam.page("/actions/" + id, 200)
                .selectFirst("p.banner-ok").text());
        JsonPath feedback = sam.get("/api/v1/feedback/" + feedbackId).jsonPath();
        assertEquals("resolved", feedback.getString("status"));
        assertTrue(feedback.getString("publicAnswer").contains("[action item #" + id + "](/actions/" + id + ")"),
                "the sender is told where the work was done: " + feedback.getString("publicAnswer"));

        Element listed = sam.page("/feedback/" + feedbackId, 200).selectFirst("section.source-actions li.action-row[data-id=" + id + "]");
        assertNotNull(listed, "the feedback page lists the action item");
        assertEquals("Done", listed.selectFirst(".action-status").text());
        Element seenBySubmitter = WebSession.signIn("alice").page("/feedback/" + feedbackId, 200)
                .selectFirst("section.source-actions li.action-row[data-id=" + id + "]");
        assertNotNull(seenBySubmitter, "the submitter sees what was done about it");
    }

    @Test
    void shouldLeaveTheFeedbackOpenWhenNotAsked() {
        long feedbackId = SentFeedback.send("alice", "tool-request", unique("Slow builds"), "");
        WebSession sam = WebSession.signIn("sam");
        Map<String, String> fields = item(unique("Speed up builds"), "sam");
        fields.put("source", "feedback");
        fields.put("ref", String.valueOf(feedbackId));
        long id = create(sam, fields);
        assertEquals(303, changeStatus(sam, id, "done", "").statusCode());
        assertEquals("Saved.", sam.page("/actions/" + id, 200).selectFirst("p.banner-ok").text());
        assertEquals("new", sam.get("/api/v1/feedback/" + feedbackId).jsonPath().getString("status"));
    }

    // --- the tracker

    /** Items tagged with one word, so that each test finds only its own. */
    private record Tagged(String tag, long dueSoon, long dueLater, long noDue, long done, long overdue) {
    }

    private static Tagged tagged() {
        String tag = "t" + UUID.randomUUID().toString().replace("-", "");
        WebSession sam = WebSession.signIn("sam");
        long dueSoon = create(sam, item("Bravo " + tag, "sam", "2026-12-01", "code-deployment"));
        long dueLater = create(sam, item("Alpha " + tag, "alice", "2026-12-20", "testing-quality"));
        long noDue = create(sam, item("Charlie " + tag, "sam", "", ""));
        long done = create(sam, item("Delta " + tag, "sam", "2026-12-02", "code-deployment"));
        assertEquals(303, changeStatus(sam, done, "done", "").statusCode());
        long overdue = create(sam, item("Echo " + tag, "alice", "2026-11-29", "code-deployment"));
        assertEquals(303, edit(sam, overdue, Map.of("due", "2026-11-20")).statusCode(), "an edit may set a past due date");
        return new Tagged(tag, dueSoon, dueLater, noDue, done, overdue);
    }

    @Test
    void shouldFilterTheTracker() {
        Tagged t = tagged();
        WebSession sam = WebSession.signIn("sam");
        String q = "/actions?q=" + t.tag();
        assertEquals(List.of(t.overdue(), t.dueSoon(), t.dueLater(), t.noDue()), rowIds(sam.page(q, 200)),
                "unfinished ones by due date, none last");
        assertEquals(List.of(t.overdue(), t.dueSoon()), rowIds(sam.page(q + "&sig=code-deployment", 200)));
        assertEquals(List.of(t.dueSoon(), t.noDue()), rowIds(sam.page(q + "&owner=@me", 200)));
        assertEquals(List.of(t.overdue(), t.dueLater()), rowIds(WebSession.signIn("alice").page(q + "&owner=@me", 200)));
        assertEquals(List.of(t.overdue(), t.dueLater()), rowIds(sam.page(q + "&owner=alice", 200)));
        assertEquals(List.of(t.overdue(), t.dueSoon(), t.done(), t.dueLater(), t.noDue()), rowIds(sam.page(q + "&status=all", 200)));
        assertEquals(List.of(t.done()), rowIds(sam.page(q + "&status=done", 200)));
        assertEquals(List.of(t.dueSoon()), rowIds(sam.page(q + "&due=week", 200)), "due within 7 days");
        assertEquals(List.of(t.dueSoon(), t.dueLater()), rowIds(sam.page(q + "&due=month", 200)));
        assertEquals(List.of(t.noDue()), rowIds(sam.page(q + "&due=none", 200)));
        assertEquals(List.of(), rowIds(sam.page(q + "&source=feedback", 200)));
        assertEquals(5, rowIds(sam.page(q + "&source=none&status=all", 200)).size());
        assertEquals(List.of(t.overdue(), t.dueSoon(), t.dueLater(), t.noDue()), rowIds(sam.page("/actions?q=" + t.tag().toUpperCase(), 200)),
                "text, ignoring case");

        Document overdue = sam.page(q + "&overdue=true", 200);
        assertEquals(List.of(t.overdue()), rowIds(overdue));
        Element row = overdue.selectFirst("tr.action-row[data-id=" + t.overdue() + "]");
        assertTrue(row.hasClass("is-overdue"));
        assertEquals("8 days overdue", row.selectFirst(".badge-overdue").text());
        assertEquals("true", overdue.selectFirst("input[name=overdue][checked]").val(), "the filter form shows the filter");
        Element dueSoonRow = sam.page(q, 200).selectFirst("tr.action-row[data-id=" + t.dueSoon() + "]");
        assertFalse(dueSoonRow.hasClass("is-overdue"));
        assertNull(dueSoonRow.selectFirst(".badge-overdue"));
    }

    @Test
    void shouldNotListFinishedItemsAsOverdue() {
        Tagged t = tagged();
        WebSession sam = WebSession.signIn("sam");
        assertEquals(303, edit(sam, t.done(), Map.of("due", "2026-11-01")).statusCode());
        Document all = sam.page("/actions?status=all&overdue=true&q=" + t.tag(), 200);
        assertEquals(List.of(t.overdue()), rowIds(all), "a done item past its date is not overdue");
        assertEquals("0", all.selectFirst("ul.status-counts a[data-status=done] .count").text());
    }

    @Test
    void shouldSortTheTracker() {
        Tagged t = tagged();
        WebSession sam = WebSession.signIn("sam");
        String q = "/actions?status=all&q=" + t.tag();
        assertEquals(List.of(t.dueLater(), t.dueSoon(), t.noDue(), t.done(), t.overdue()), rowIds(sam.page(q + "&sort=title", 200)),
                "Alpha, Bravo, Charlie, Delta, Echo");
        // The test clock stands still: every item was created at the same instant, so the newest is the highest id.
        assertEquals(List.of(t.overdue(), t.done(), t.noDue(), t.dueLater(), t.dueSoon()), rowIds(sam.page(q + "&sort=created", 200)));
        assertEquals(List.of(t.overdue(), t.dueSoon(), t.done(), t.dueLater(), t.noDue()), rowIds(sam.page(q + "&sort=due", 200)));
        assertEquals("title", sam.page(q + "&sort=title", 200).selectFirst("#af-sort option[selected]").val());
    }

    @Test
    void shouldCountItemsPerStatusUnderTheOtherFilters() {
        Tagged t = tagged();
        WebSession sam = WebSession.signIn("sam");
        Document page = sam.page("/actions?q=" + t.tag(), 200);
        assertEquals("4", page.selectFirst("ul.status-counts a[data-status=open] .count").text());
        assertEquals("1", page.selectFirst("ul.status-counts a[data-status=done] .count").text());
        assertEquals("0", page.selectFirst("ul.status-counts a[data-status=blocked] .count").text());
        assertEquals("/actions?status=done&q=" + t.tag(), page.selectFirst("ul.status-counts a[data-status=done]").attr("href"));
        assertTrue(page.selectFirst("p.result-count").text().startsWith("4 items"), page.selectFirst("p.result-count").text());

        Document bySig = sam.page("/actions?sig=code-deployment&q=" + t.tag(), 200);
        assertEquals("2", bySig.selectFirst("ul.status-counts a[data-status=open] .count").text());
        assertEquals("1", bySig.selectFirst("ul.status-counts a[data-status=done] .count").text());
        assertEquals("code-deployment", bySig.selectFirst("#af-sig option[selected]").val());
    }

    @Test
    void shouldRefuseFilterValuesThatMeanNothing() {
        WebSession sam = WebSession.signIn("sam");
        Document page = sam.page("/actions?status=closed&due=soon&overdue=maybe&source=chat&sort=priority", 400);
        List<String> problems = page.select("p.form-error").eachText();
        assertEquals(5, problems.size(), problems.toString());
        for (String value : List.of("closed", "soon", "maybe", "chat", "priority")) {
            assertTrue(problems.stream().anyMatch(p -> p.contains("\"" + value + "\"")), value + " in " + problems);
        }
        Document hostile = sam.page("/actions?sort=<script>alert(1)</script>", 400);
        assertTrue(hostile.selectFirst("p.form-error").text().contains("<script>alert(1)</script>"));
        assertNull(hostile.selectFirst("main script"), "the value is shown as text");
        Response csv = sam.get("/actions/export.csv?due=soon");
        assertEquals(400, csv.statusCode());
        assertTrue(csv.asString().contains("\"soon\""), csv.asString());
        Document sig = sam.page("/actions?sig=no-such-sig", 400);
        assertTrue(sig.selectFirst("p.form-error").text().startsWith("There is no SIG \"no-such-sig\""), sig.selectFirst("p.form-error").text());
        assertEquals(400, sam.get("/api/v1/actions?sig=no-such-sig").statusCode());
    }

    @Test
    void shouldExportTheFilteredListAsCsvThatSpreadsheetsCannotRun() throws IOException {
        String tag = "csv" + UUID.randomUUID().toString().replace("-", "");
        WebSession sam = WebSession.signIn("sam");
        String hostile = "=cmd|' /C calc'!A0 " + tag;
        Map<String, String> fields = item(hostile, "alice", "2026-12-03", "code-deployment");
        fields.put("details", "Line one, with \"quotes\"\nline two");
        fields.put("source", "roadmap");
        fields.put("ref", "secrets-migration");
        long id = create(sam, fields);
        long other = create(sam, item("Plain " + tag, "sam"));
        assertEquals(303, changeStatus(sam, other, "done", "").statusCode());

        Response response = sam.get("/actions/export.csv?q=" + tag);
        assertEquals(200, response.statusCode());
        assertTrue(response.contentType().startsWith("text/csv"), response.contentType());
        assertEquals("attachment; filename=\"action-items-2026-11-28.csv\"", response.header("Content-Disposition"));
        List<CSVRecord> records;
        List<String> header;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(response.asString()))) {
            header = parser.getHeaderNames();
            records = parser.getRecords();
        }
        assertEquals(List.of("id", "title", "status", "owner", "due", "days_overdue", "sig", "source", "source_ref", "created_by",
                "created_at", "updated_at", "details", "url"), header);
        assertEquals(1, records.size(), "the done one is filtered out like on the page");
        CSVRecord row = records.get(0);
        assertEquals(String.valueOf(id), row.get("id"));
        assertEquals("'" + hostile, row.get("title"), "a formula gets a leading apostrophe");
        assertEquals("open", row.get("status"));
        assertEquals("alice", row.get("owner"));
        assertEquals("2026-12-03", row.get("due"));
        assertEquals("0", row.get("days_overdue"));
        assertEquals("code-deployment", row.get("sig"));
        assertEquals("roadmap", row.get("source"));
        assertEquals("secrets-migration", row.get("source_ref"));
        assertEquals("sam", row.get("created_by"));
        assertEquals("Line one, with \"quotes\"\nline two", row.get("details"));
        assertEquals("/actions/" + id, row.get("url"));

        Document tracker = sam.page("/actions?q=" + tag + "&sig=code-deployment", 200);
        assertEquals("/actions/export.csv?sig=code-deployment&q=" + tag, tracker.selectFirst("a[href^='/actions/export.csv']").attr("href"),
                "the page links the CSV of its filters");
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(sam.get("/actions/export.csv?status=all&q=" + tag).asString()))) {
            assertEquals(2, parser.getRecords().size());
        }
    }

    @Test
    void shouldAnswerNotFoundForUnknownItems() {
        WebSession sam = WebSession.signIn("sam");
        assertEquals(404, sam.get("/actions/999999999999").statusCode());
        assertEquals(404, sam.get("/actions/not-a-number").statusCode());
        sam.get("/actions");
        assertEquals(404, sam.post("/actions/999999999999/status", Map.of("status", "done", "comment", "", "version", "0")).statusCode());
        assertEquals(404, sam.post("/actions/999999999999/edit", item("Nothing here", "sam")).statusCode());
        assertEquals(404, sam.post("/actions/999999999999/comments", Map.of("text", "Anyone?")).statusCode());
    }

    // --- the overdue check and the home page

    @Test
    void shouldReportAnOverdueItemOnceAndRecordItInItsHistory() {
        WebSession sam = WebSession.signIn("sam");
        long id = create(sam, item(unique("Late"), "sam", "2026-11-29", ""));
        assertFalse(overdueCheck.run().stream().anyMatch(i -> i.id == id), "not overdue before its date");
        assertEquals(303, edit(sam, id, Map.of("due", "2026-11-25")).statusCode());

        List<ActionItem> first = overdueCheck.run();
        assertEquals(1, first.stream().filter(i -> i.id == id).count(), "reported once");
        assertEquals(List.of(), overdueCheck.run(), "a second run reports nothing");

        Document page = sam.page("/actions/" + id, 200);
        Element entry = page.selectFirst("ol.history > li.event-overdue");
        assertNotNull(entry, history(page).toString());
        assertTrue(entry.text().startsWith("signpost noticed it is overdue (due Wed 25 Nov 2026)"), entry.text());
        assertEquals("3 days overdue", page.selectFirst("header .badge-overdue").text());

        assertEquals(303, edit(sam, id, Map.of("due", "2026-12-05")).statusCode());
        assertEquals(303, edit(sam, id, Map.of("due", "2026-11-26")).statusCode());
        assertEquals(1, overdueCheck.run().stream().filter(i -> i.id == id).count(), "overdue again after being moved: reported again");
    }

    @Test
    void shouldShowTheSignedInOwnersOpenItemsOnTheHomePage() {
        WebSession sam = WebSession.signIn("sam");
        long open = create(sam, item(unique("For alice on the home page"), "alice", "2026-12-09", ""));
        long late = create(sam, item(unique("Late for alice"), "alice", "2026-11-28", ""));
        assertEquals(303, edit(sam, late, Map.of("due", "2026-11-27")).statusCode());
        long done = create(sam, item(unique("Done for alice"), "alice"));
        assertEquals(303, changeStatus(sam, done, "done", "").statusCode());
        long samsOwn = create(sam, item(unique("Sam's, not alice's"), "sam"));

        Element mine = WebSession.signIn("alice").page("/", 200).selectFirst("section.my-actions");
        assertNotNull(mine, "the home page has the panel");
        List<Long> ids = mine.select("li.action-row[data-id]").eachAttr("data-id").stream().map(Long::parseLong).toList();
        assertTrue(ids.contains(open) && ids.contains(late), ids.toString());
        assertFalse(ids.contains(done), "only open items");
        assertFalse(ids.contains(samsOwn), "only her own");
        assertTrue(ids.indexOf(late) < ids.indexOf(open), "overdue ones first");
        assertEquals("1 day overdue", mine.selectFirst("li.action-row[data-id=" + late + "] .badge-overdue").text());
        assertEquals("/actions?owner=%40me", mine.selectFirst("a[href^='/actions?owner']").attr("href"));
        assertNull(WebSession.anonymous().page("/", 200).selectFirst("section.my-actions"), "nobody's items for anonymous visitors");
    }
}
