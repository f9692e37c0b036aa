package dev.signpost.feedback;

import dev.signpost.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code /api/v1/feedback}: the queue, one item, and edits as JSON, with the pages' role rules and conflicts. */
@QuarkusTest
@Tag("database")
class FeedbackApiTest {

    private static long send(String user, String category, String title, String relatedPage) {
        return SentFeedback.send(user, category, title, relatedPage);
    }

    /** A session whose last page carried a CSRF meta tag, as a script on a portal page has. */
    private static WebSession scripted(String user) {
        WebSession session = WebSession.signIn(user);
        session.get("/feedback/triage");
        return session;
    }

    @Test
    void shouldListTheQueueWithFiltersPagingAndCounts() {
        String title = "API queue " + UUID.randomUUID();
        long id = send("alice", "tool-request", title, "");
        WebSession sam = WebSession.signIn("sam");
        Response response = sam.get("/api/v1/feedback?category=tool-request&status=new&size=100");
        assertEquals(200, response.statusCode());
        assertTrue(response.contentType().startsWith("application/json"));
        JsonPath json = response.jsonPath();
        Map<String, Object> item = json.getMap("items.find { it.id == " + id + " }");
        assertEquals(title, item.get("title"));
        assertEquals("tool-request", item.get("category"));
        assertEquals("new", item.get("status"));
        assertEquals("platform-team", item.get("owner"), "routed by category");
        assertEquals("alice", item.get("submitter"));
        assertNull(item.get("history"), "lists leave history out");
        assertTrue(json.getInt("counts.new") >= 1);
        assertEquals(1, json.getInt("page"));
        assertEquals(100, json.getInt("size"));

        send("alice", "tool-request", "API queue second " + UUID.randomUUID(), "");
        JsonPath firstPage = sam.get("/api/v1/feedback?size=1").jsonPath();
        JsonPath secondPage = sam.get("/api/v1/feedback?size=1&page=2").jsonPath();
        assertEquals(1, firstPage.getList("items").size());
        assertTrue(firstPage.getInt("total") >= 2);
        assertEquals(firstPage.getInt("total"), firstPage.getInt("pages"));
        assertEquals(2, secondPage.getInt("page"));
        assertTrue(firstPage.getLong("items[0].id") > secondPage.getLong("items[0].id"), "newest first, one per page");
    }

    @Test
    void shouldRefuseFiltersThatMeanNothingWithAProblem() {
        Response response = WebSession.signIn("maya").get("/api/v1/feedback?status=bogus&size=1000");
        assertEquals(400, response.statusCode());
        String detail = response.jsonPath().getString("detail");
        assertTrue(detail.contains("bogus") && detail.contains("size"), detail);
    }

    @Test
    void shouldKeepTheQueueToTriagersAndTheItemToItsSubmitter() {
        long id = send("alice", "other", "API access " + UUID.randomUUID(), "");
        assertEquals(401, given().redirects().follow(false).get("/api/v1/feedback").statusCode());
        Response forbidden = WebSession.signIn("alice").get("/api/v1/feedback");
        assertEquals(403, forbidden.statusCode());
        assertEquals("Forbidden", forbidden.jsonPath().getString("title"));

        Response own = WebSession.signIn("alice").get("/api/v1/feedback/" + id);
        assertEquals(200, own.statusCode());
        assertNull(own.jsonPath().get("history"), "internal notes are not for the submitter");
        long mayas = send("maya", "other", "Maya's " + UUID.randomUUID(), "");
        assertEquals(404, WebSession.signIn("alice").get("/api/v1/feedback/" + mayas).statusCode(), "not hers: as if absent");
        assertEquals(404, WebSession.signIn("sam").get("/api/v1/feedback/999999999").statusCode());
        assertEquals(404, WebSession.signIn("sam").get("/api/v1/feedback/not-a-number").statusCode());
    }

    @Test
    void shouldApplyAPatchAndRecordItsHistory() {
        long id = send("alice", "practice-question", "API patch " + UUID.randomUUID(), "/docs/practices/ci/caching-dependencies");
        WebSession sam = scripted("sam");
        JsonPath before = sam.get("/api/v1/feedback/" + id).jsonPath();
        assertEquals("ci-platform", before.getString("owner"), "routed to the related page's owner");
        assertEquals(List.of(), before.getList("history"));

        Response patched = sam.patchJson("/api/v1/feedback/" + id, "{\"version\": " + before.getInt("version")
                + ", \"status\": \"in-progress\", \"assignee\": \"sam\", \"note\": \"Looking at it\"}");
        assertEquals(200, patched.statusCode(), patched.asString());
        JsonPath after = patched.jsonPath();
        assertEquals("in-progress", after.getString("status"));
        assertEquals("sam", after.getString("assignee"));
        assertEquals("ci-platform", after.getString("owner"), "left out, so unchanged");
        assertEquals(before.getInt("version") + 1, after.getInt("version"));
        assertEquals(List.of("status", "assignee", "note"), after.getList("history.field"));
        assertEquals("Looking at it", after.getString("history[2].to"));

        JsonPath seenByAlice = WebSession.signIn("alice").get("/api/v1/feedback/" + id).jsonPath();
        assertEquals("in-progress", seenByAlice.getString("status"));
    }

    @Test
    void shouldRefuseAPatchOnAnOldVersionWithTheOtherChanges() {
        long id = send("alice", "other", "API conflict " + UUID.randomUUID(), "");
        WebSession sam = scripted("sam");
        int version = sam.get("/api/v1/feedback/" + id).jsonPath().getInt("version");
        assertEquals(200, sam.patchJson("/api/v1/feedback/" + id, "{\"version\": " + version + ", \"status\": \"acknowledged\"}")
                .statusCode());
        Response stale = scripted("maya").patchJson("/api/v1/feedback/" + id,
                "{\"version\": " + version + ", \"status\": \"dismissed\"}");
        assertEquals(409, stale.statusCode());
        assertEquals("sam", stale.jsonPath().getString("theirChanges[0].actor"));
        assertEquals("Acknowledged", stale.jsonPath().getString("theirChanges[0].to"));
        assertEquals("acknowledged", sam.get("/api/v1/feedback/" + id).jsonPath().getString("status"), "nothing overwritten");
    }

    @Test
    void shouldRefuseBadPatchesClearly() {
        long id = send("alice", "other", "API bad patch " + UUID.randomUUID(), "");
        WebSession sam = scripted("sam");
        Response noVersion = sam.patchJson("/api/v1/feedback/" + id, "{\"status\": \"resolved\"}");
        assertEquals(400, noVersion.statusCode());
        assertEquals("Missing version", noVersion.jsonPath().getString("title"));
        int version = sam.get("/api/v1/feedback/" + id).jsonPath().getInt("version");
        Response badStatus = sam.patchJson("/api/v1/feedback/" + id, "{\"version\": " + version + ", \"status\": \"archived\"}");
        assertEquals(400, badStatus.statusCode());
        assertEquals("Choose one of the statuses listed.", badStatus.jsonPath().getString("detail"));
        Response tooLong = sam.patchJson("/api/v1/feedback/" + id, "{\"version\": " + version + ", \"assignee\": \""
                + "x".repeat(101) + "\"}");
        assertEquals(400, tooLong.statusCode());
        assertEquals(404, sam.patchJson("/api/v1/feedback/999999999", "{\"version\": 0}").statusCode());
        assertEquals(400, sam.patchJson("/api/v1/feedback/" + id, "{not json").statusCode());
    }

    @Test
    void shouldRefuseAPatchWithoutTheCsrfTokenOrTheRole() {
        long id = send("alice", "other", "API csrf " + UUID.randomUUID(), "");
        WebSession sam = scripted("sam");
        Response withoutToken = sam.patchJsonWithout("/api/v1/feedback/" + id, "{\"version\": 0, \"status\": \"resolved\"}");
        assertEquals(403, withoutToken.statusCode());
        assertEquals("CSRF token missing or wrong", withoutToken.jsonPath().getString("title"));
        assertEquals("new", sam.get("/api/v1/feedback/" + id).jsonPath().getString("status"));
        WebSession alice = WebSession.signIn("alice");
        alice.get("/feedback/mine");
        assertEquals(403, alice.patchJson("/api/v1/feedback/" + id, "{\"version\": 0, \"status\": \"resolved\"}").statusCode());
    }

    @Test
    void shouldDocumentTheFeedbackApiInOpenApi() {
        JsonPath spec = given().accept("application/json").get("/q/openapi?format=json").jsonPath();
        assertTrue(spec.getMap("paths").containsKey("/api/v1/feedback"));
        Map<String, Object> item = spec.getMap("paths.'/api/v1/feedback/{id}'");
        assertTrue(item.containsKey("get") && item.containsKey("patch"), String.valueOf(item.keySet()));
    }
}
