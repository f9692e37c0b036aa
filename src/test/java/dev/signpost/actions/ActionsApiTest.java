package dev.signpost.actions;

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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code /api/v1/actions}: the tracker, one item with its history, creating, status changes and comments as JSON. */
@QuarkusTest
@Tag("database")
class ActionsApiTest {

    /** A session whose last page carried a CSRF meta tag, as a script on a portal page has. */
    private static WebSession scripted(String user) {
        WebSession session = WebSession.signIn(user);
        session.get("/actions");
        return session;
    }

    private static String tag() {
        return "api" + UUID.randomUUID().toString().replace("-", "");
    }

    private static String newItem(String title, String owner, String due, String sig) {
        return "{\"title\": \"" + title + "\", \"owner\": \"" + owner + "\", \"due\": " + (due == null ? "null" : "\"" + due + "\"")
                + ", \"sig\": " + (sig == null ? "null" : "\"" + sig + "\"") + ", \"details\": \"Made by the *API*\"}";
    }

    private static long create(WebSession session, String json) {
        Response created = session.postJson("/api/v1/actions", json);
        assertEquals(201, created.statusCode(), created.asString());
        return created.jsonPath().getLong("id");
    }

    private static Response patch(WebSession session, long id, int version, String status, String comment) {
        return session.patchJson("/api/v1/actions/" + id, "{\"version\": " + version + ", \"status\": \"" + status + "\""
                + (comment == null ? "" : ", \"comment\": \"" + comment + "\"") + "}");
    }

    private static JsonPath get(WebSession session, long id) {
        Response response = session.get("/api/v1/actions/" + id);
        assertEquals(200, response.statusCode(), response.asString());
        return response.jsonPath();
    }

    @Test
    void shouldCreateAnItemWithALocation() {
        WebSession sam = scripted("sam");
        String title = "Created by API " + tag();
        Response created = sam.postJson("/api/v1/actions", newItem(title, "alice", "2026-12-04", "code-deployment"));
        assertEquals(201, created.statusCode(), created.asString());
        JsonPath json = created.jsonPath();
        long id = json.getLong("id");
        assertTrue(created.header("Location").endsWith("/api/v1/actions/" + id), created.header("Location"));
        assertEquals(title, json.getString("title"));
        assertEquals("Made by the *API*", json.getString("details"));
        assertEquals("open", json.getString("status"));
        assertEquals("alice", json.getString("owner"));
        assertEquals("2026-12-04", json.getString("due"));
        assertEquals(0, json.getInt("daysOverdue"));
        assertEquals("code-deployment", json.getString("sig"));
        assertNull(json.getString("source"));
        assertEquals("sam", json.getString("createdBy"));
        assertEquals("2026-11-28T12:00:00Z", json.getString("createdAt"));
        assertEquals("/actions/" + id, json.getString("url"));
        assertEquals(List.of("created"), json.getList("history.field"));
        assertEquals("sam", json.getString("history[0].actor"));

        Response fromRoadmap = sam.postJson("/api/v1/actions", "{\"title\": \"From the roadmap " + tag() + "\", \"owner\": \"sam\", "
                + "\"source\": \"roadmap\", \"ref\": \"secrets-migration\"}");
        assertEquals(201, fromRoadmap.statusCode(), fromRoadmap.asString());
        assertEquals("roadmap", fromRoadmap.jsonPath().getString("source"));
        assertEquals("secrets-migration", fromRoadmap.jsonPath().getString("sourceRef"));
        assertNull(fromRoadmap.jsonPath().get("due"));
        assertEquals(201, scripted("ada").postJson("/api/v1/actions", newItem("By an admin " + tag(), "ada", null, null)).statusCode());
    }

    @Test
    void shouldRefuseABadItemWithAProblem() {
        WebSession sam = scripted("sam");
        String tag = tag();
        Response refused = sam.postJson("/api/v1/actions", newItem("ab", "<script>", "2026-11-27", "no-such-sig"));
        assertEquals(400, refused.statusCode());
        assertEquals("Not created", refused.jsonPath().getString("title"));
        String detail = refused.jsonPath().getString("detail");
        for (String part : List.of("at least 3 characters", "\"<script>\" is not a user name", "2026-11-27 is in the past",
                "no SIG \"no-such-sig\"")) {
            assertTrue(detail.contains(part), part + " in " + detail);
        }
        Response unknownSource = sam.postJson("/api/v1/actions", "{\"title\": \"Unknown source " + tag + "\", \"owner\": \"sam\", "
                + "\"source\": \"feedback\", \"ref\": \"999999999\"}");
        assertEquals(400, unknownSource.statusCode());
        assertEquals("There is no feedback \"999999999\".", unknownSource.jsonPath().getString("detail"));
        assertEquals(400, sam.postJson("/api/v1/actions", "{not json").statusCode());
        assertEquals(0, sam.get("/api/v1/actions?status=all&q=" + tag).jsonPath().getInt("total"), "nothing stored");
    }

    @Test
    void shouldRefuseCreatingToEngineersAndWithoutTheCsrfToken() {
        String tag = tag();
        Response alice = scripted("alice").postJson("/api/v1/actions", newItem("By alice " + tag, "alice", null, null));
        assertEquals(403, alice.statusCode());
        assertEquals(403, scripted("maya").postJson("/api/v1/actions", newItem("By maya " + tag, "maya", null, null)).statusCode());
        Response withoutToken = scripted("sam").postJsonWithout("/api/v1/actions", newItem("No token " + tag, "sam", null, null));
        assertEquals(403, withoutToken.statusCode());
        assertEquals("CSRF token missing or wrong", withoutToken.jsonPath().getString("title"));
        assertEquals(0, scripted("sam").get("/api/v1/actions?status=all&q=" + tag).jsonPath().getInt("total"), "nothing stored");
    }

    @Test
    void shouldListItemsWithFiltersPagingAndCounts() {
        WebSession sam = scripted("sam");
        String tag = tag();
        long first = create(sam, newItem("First " + tag, "sam", "2026-12-01", "code-deployment"));
        long second = create(sam, newItem("Second " + tag, "alice", "2026-12-15", "testing-quality"));
        long third = create(sam, newItem("Third " + tag, "sam", null, null));
        assertEquals(200, patch(sam, third, 0, "done", null).statusCode());

        Response response = sam.get("/api/v1/actions?q=" + tag);
        assertEquals(200, response.statusCode());
        assertTrue(response.contentType().startsWith("application/json"), response.contentType());
        JsonPath json = response.jsonPath();
        assertEquals(List.of(first, second), json.getList("items.id", Long.class));
        assertEquals(2, json.getInt("total"));
        assertEquals(1, json.getInt("page"));
        assertEquals(50, json.getInt("size"));
        assertEquals(1, json.getInt("pages"));
        assertEquals(Map.of("open", 2, "in-progress", 0, "blocked", 0, "done", 1, "dropped", 0), json.getMap("counts"));
        assertEquals("alice", json.getString("items[1].owner"));
        assertEquals("2026-12-15", json.getString("items[1].due"));
        assertEquals("testing-quality", json.getString("items[1].sig"));
        assertNull(json.get("items[0].history"), "lists leave the history out");

        assertEquals(List.of(first), sam.get("/api/v1/actions?sig=code-deployment&q=" + tag).jsonPath().getList("items.id", Long.class));
        assertEquals(List.of(first), sam.get("/api/v1/actions?owner=@me&q=" + tag).jsonPath().getList("items.id", Long.class));
        assertEquals(List.of(second), scripted("alice").get("/api/v1/actions?owner=@me&q=" + tag).jsonPath().getList("items.id", Long.class));
        assertEquals(List.of(first, second, third), sam.get("/api/v1/actions?status=all&q=" + tag).jsonPath().getList("items.id", Long.class));
        assertEquals(List.of(third), sam.get("/api/v1/actions?status=done&q=" + tag).jsonPath().getList("items.id", Long.class));
        assertEquals(List.of(second, first), sam.get("/api/v1/actions?sort=created&q=" + tag).jsonPath().getList("items.id", Long.class),
                "newest first");

        JsonPath firstPage = sam.get("/api/v1/actions?status=all&size=2&q=" + tag).jsonPath();
        JsonPath secondPage = sam.get("/api/v1/actions?status=all&size=2&page=2&q=" + tag).jsonPath();
        assertEquals(List.of(first, second), firstPage.getList("items.id", Long.class));
        assertEquals(List.of(third), secondPage.getList("items.id", Long.class));
        assertEquals(2, firstPage.getInt("pages"));
        assertEquals(3, secondPage.getInt("total"));
    }

    @Test
    void shouldRefuseFiltersThatMeanNothing() {
        Response response = scripted("sam").get("/api/v1/actions?status=closed&due=soon&sort=priority&size=500");
        assertEquals(400, response.statusCode());
        assertEquals("Bad filter", response.jsonPath().getString("title"));
        String detail = response.jsonPath().getString("detail");
        for (String part : List.of("\"closed\"", "\"soon\"", "\"priority\"", "size must be a number from 1 to 200")) {
            assertTrue(detail.contains(part), part + " in " + detail);
        }
        assertEquals(400, scripted("sam").get("/api/v1/actions?size=0").statusCode());
        assertEquals(400, scripted("sam").get("/api/v1/actions?size=ten").statusCode());
    }

    @Test
    void shouldGiveOneItemWithItsHistoryAndCommentsInOrder() {
        WebSession sam = scripted("sam");
        long id = create(sam, newItem("History " + tag(), "sam", "2026-12-10", null));
        assertEquals(200, patch(sam, id, 0, "blocked", "Waiting for the vendor").statusCode());
        WebSession alice = scripted("alice");
        Response commented = alice.postJson("/api/v1/actions/" + id + "/comments", "{\"text\": \"Any news?\"}");
        assertEquals(201, commented.statusCode(), commented.asString());
        assertEquals("alice", commented.jsonPath().getString("actor"));
        assertEquals("comment", commented.jsonPath().getString("field"));
        assertEquals("Any news?", commented.jsonPath().getString("comment"));

        JsonPath json = get(alice, id);
        assertEquals("blocked", json.getString("status"));
        assertEquals(List.of("created", "status", "comment"), json.getList("history.field"));
        assertEquals(List.of("sam", "sam", "alice"), json.getList("history.actor"));
        assertEquals("Open", json.getString("history[1].from"));
        assertEquals("Blocked", json.getString("history[1].to"));
        assertEquals("Waiting for the vendor", json.getString("history[1].comment"));
        assertEquals("Any news?", json.getString("history[2].comment"));

        Response missing = alice.get("/api/v1/actions/999999999999");
        assertEquals(404, missing.statusCode());
        assertEquals("Not found", missing.jsonPath().getString("title"));
    }

    @Test
    void shouldChangeTheStatusOfTheOwnersItem() {
        WebSession sam = scripted("sam");
        long id = create(sam, newItem("Alice's API item " + tag(), "alice", "2026-12-10", null));
        WebSession alice = scripted("alice");
        Response changed = patch(alice, id, 0, "in-progress", "On it");
        assertEquals(200, changed.statusCode(), changed.asString());
        JsonPath json = changed.jsonPath();
        assertEquals("in-progress", json.getString("status"));
        assertEquals(1, json.getInt("version"));
        assertEquals(List.of("created", "status"), json.getList("history.field"));
        assertEquals("alice", json.getString("history[1].actor"));
        assertEquals("In progress", json.getString("history[1].to"));
        assertEquals("in-progress", get(sam, id).getString("status"), "stored");
    }

    @Test
    void shouldRefuseAChangeOnAStaleVersionWithTheirChanges() {
        WebSession sam = scripted("sam");
        long id = create(sam, newItem("API conflict " + tag(), "sam", null, null));
        assertEquals(200, patch(scripted("ada"), id, 0, "in-progress", "Ada took it").statusCode());
        Response stale = patch(sam, id, 0, "dropped", "Not needed");
        assertEquals(409, stale.statusCode());
        JsonPath json = stale.jsonPath();
        assertEquals("Conflict", json.getString("title"));
        List<Map<String, Object>> theirs = json.getList("theirChanges");
        Map<String, Object> ada = theirs.get(theirs.size() - 1);
        assertEquals("ada", ada.get("actor"));
        assertEquals("status", ada.get("field"));
        assertEquals("Open", ada.get("from"));
        assertEquals("In progress", ada.get("to"));
        assertEquals("Ada took it", ada.get("comment"));
        assertEquals("in-progress", json.getString("current.status"));
        assertEquals(1, json.getInt("current.version"));

        JsonPath stored = get(sam, id);
        assertEquals("in-progress", stored.getString("status"), "nothing overwritten");
        assertEquals(List.of("created", "status"), stored.getList("history.field"));
    }

    @Test
    void shouldRefuseBadStatusChangesClearly() {
        WebSession sam = scripted("sam");
        long id = create(sam, newItem("API bad changes " + tag(), "sam", null, null));
        Response noVersion = sam.patchJson("/api/v1/actions/" + id, "{\"status\": \"done\"}");
        assertEquals(400, noVersion.statusCode());
        assertEquals("Missing version", noVersion.jsonPath().getString("title"));
        Response unknown = patch(sam, id, 0, "archived", null);
        assertEquals(400, unknown.statusCode());
        assertEquals("Unknown status", unknown.jsonPath().getString("title"));
        Response noReason = patch(sam, id, 0, "blocked", "  ");
        assertEquals(400, noReason.statusCode());
        assertEquals("Say why the item is blocked in the comment.", noReason.jsonPath().getString("detail"));
        Response already = patch(sam, id, 0, "open", null);
        assertEquals(400, already.statusCode());
        assertEquals("The item is already open.", already.jsonPath().getString("detail"));
        assertEquals(404, patch(sam, 999999999999L, 0, "done", null).statusCode());
        assertEquals("open", get(sam, id).getString("status"));
        assertEquals(0, get(sam, id).getInt("version"), "nothing changed");
    }

    @Test
    void shouldRefuseStatusChangesByANonOwnerOrWithoutTheCsrfToken() {
        WebSession sam = scripted("sam");
        long id = create(sam, newItem("Sam's API item " + tag(), "sam", null, null));
        Response alice = patch(scripted("alice"), id, 0, "done", null);
        assertEquals(403, alice.statusCode());
        assertEquals("Only the item's owner, sig-members and admins change its status.", alice.jsonPath().getString("detail"));
        assertEquals(403, patch(scripted("alice"), id, 7, "done", null).statusCode(), "refused as such even on a stale version");
        Response withoutToken = sam.patchJsonWithout("/api/v1/actions/" + id, "{\"version\": 0, \"status\": \"done\"}");
        assertEquals(403, withoutToken.statusCode());
        assertEquals("CSRF token missing or wrong", withoutToken.jsonPath().getString("title"));
        assertEquals("open", get(sam, id).getString("status"));
    }

    @Test
    void shouldAddCommentsAndRefuseEmptyOnes() {
        WebSession sam = scripted("sam");
        long id = create(sam, newItem("API comments " + tag(), "sam", null, null));
        WebSession alice = scripted("alice");
        Response empty = alice.postJson("/api/v1/actions/" + id + "/comments", "{\"text\": \" \\n \"}");
        assertEquals(400, empty.statusCode());
        assertEquals("Write a comment first.", empty.jsonPath().getString("detail"));
        assertEquals(400, alice.postJson("/api/v1/actions/" + id + "/comments", "{}").statusCode());
        Response tooLong = alice.postJson("/api/v1/actions/" + id + "/comments", "{\"text\": \"" + "x".repeat(10_001) + "\"}");
        assertEquals(400, tooLong.statusCode());
        assertEquals(404, alice.postJson("/api/v1/actions/999999999999/comments", "{\"text\": \"Hello?\"}").statusCode());
        assertEquals(List.of("created"), get(alice, id).getList("history.field"));

        Response added = alice.postJson("/api/v1/actions/" + id + "/comments", "{\"text\": \"" + "y".repeat(10_000) + "\"}");
        assertEquals(201, added.statusCode(), "the limit itself is fine");
        assertEquals(403, alice.postJsonWithout("/api/v1/actions/" + id + "/comments", "{\"text\": \"No token\"}").statusCode());
        assertEquals(List.of("created", "comment"), get(alice, id).getList("history.field"));
    }

    @Test
    void shouldAskAnonymousCallersToAuthenticate() {
        assertEquals(401, given().redirects().follow(false).get("/api/v1/actions").statusCode());
        assertEquals(401, given().redirects().follow(false).get("/api/v1/actions/1").statusCode());
    }

    @Test
    void shouldDocumentTheActionsApiInOpenApi() {
        JsonPath spec = given().accept("application/json").get("/q/openapi?format=json").jsonPath();
        Map<String, Object> list = spec.getMap("paths.'/api/v1/actions'");
        assertNotNull(list, "the list is documented");
        assertTrue(list.containsKey("get") && list.containsKey("post"), String.valueOf(list.keySet()));
        Map<String, Object> item = spec.getMap("paths.'/api/v1/actions/{id}'");
        assertTrue(item.containsKey("get") && item.containsKey("patch"), String.valueOf(item.keySet()));
        Map<String, Object> comments = spec.getMap("paths.'/api/v1/actions/{id}/comments'");
        assertTrue(comments.containsKey("post"), String.valueOf(comments.keySet()));
    }
}
