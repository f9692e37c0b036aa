package dev.signpost.roadmap;

import dev.signpost.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.apache.commons.csv.CSVFormat;
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

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reviews (manager only, CSRF, the frozen copy), the changes view on the bundled content (whose histories have changes
 * in November 2026; the test clock says 2026-11-28), exports and the JSON API.
 */
@QuarkusTest
@Tag("database")
class RoadmapReviewsTest {

    private static Document page(String path, int status) {
        Response response = given().redirects().follow(false).get(path);
        assertEquals(status, response.statusCode(), path);
        return Jsoup.parse(response.asString());
    }

    private static long recordReview(WebSession manager, String date, String notes) {
        manager.get("/roadmap/reviews");
        Response response = manager.post("/roadmap/reviews", Map.of("date", date, "notes", notes));
        assertEquals(303, response.statusCode(), response.asString());
        String location = response.header("Location");
        assertTrue(location.matches(".*/roadmap/reviews/\\d+"), location);
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private static Element change(Document page, String kind, String slug) {
        return page.selectFirst("tr[data-change=" + kind + "][data-slug=" + slug + "]");
    }

    private static List<CSVRecord> csv(String text) {
        try {
            return CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(text)).getRecords();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void shouldShowChangesSinceADayFromTheItemsHistories() {
        Document changes = page("/roadmap/changes?since=2026-11-01", 200);
        assertTrue(changes.selectFirst("h1").text().contains("since Sun 1 Nov 2026"), changes.selectFirst("h1").text());
        Element status = change(changes, "status", "secrets-migration");
        assertNotNull(status, "secrets-migration went at risk on 2026-11-16");
        assertEquals(List.of("In progress", "At risk"), List.of(status.selectFirst(".change-from").text(), status.selectFirst(".change-to").text()));
        assertTrue(status.selectFirst(".change-detail").text().startsWith("58 credentials still have no identified owner"));
        Element target = change(changes, "target", "runner-capacity");
        assertNotNull(target, "runner-capacity's target moved on 2026-11-09");
        assertEquals("Mon 30 Nov 2026", target.selectFirst(".change-from").text());
        assertEquals("Fri 18 Dec 2026", target.selectFirst(".change-to").text());
        assertTrue(target.selectFirst(".change-detail").text().startsWith("18 days later, same quarter: Target moved"),
                target.selectFirst(".change-detail").text());
        assertNotNull(change(changes, "added", "image-signature-admission"), "first proposed on 2026-11-12");
        assertNull(change(changes, "status", "deployment-metrics"), "its last change was in October");
        assertNull(changes.selectFirst("tr[data-change=removed]"), "removals are only known against a review");
    }

    @Test
    void shouldFilterTheChangesAndKeepTheFilterInTheLinks() {
        Document security = page("/roadmap/changes?since=2026-10-01&team=security", 200);
        List<String> slugs = security.select("tr[data-change]").eachAttr("data-slug");
        assertTrue(slugs.contains("secrets-migration"), slugs.toString());
        assertTrue(slugs.stream().allMatch(s -> s.equals("secrets-migration") || s.equals("image-signature-admission")
                || s.equals("sha-pinning-enforcement")), "only security's items: " + slugs);
        String csvLink = security.selectFirst("a[href*=format=csv]").attr("href");
        assertTrue(csvLink.contains("since=2026-10-01") && csvLink.contains("team=security"), csvLink);
        assertEquals("2026-10-01", security.selectFirst("input[name=since]").val());
        assertEquals("security", security.selectFirst("select[name=team] option[selected]").val());
    }

    @Test
    void shouldRefuseABadSinceOrFormatWithAMessage() {
        for (String query : List.of("since=yesterday", "since=2099-01-01", "since=review:987654321", "since=2026-11-01&format=xls",
                "since=2026-11-01&status=bogus")) {
            Document page = page("/roadmap/changes?" + query, 400);
            String message = page.select(".form-error").text();
            assertTrue(message.contains("yesterday") || message.contains("future") || message.contains("no review 987654321")
                    || message.contains("xls") || message.contains("bogus"), query + ": " + message);
        }
        assertEquals(400, given().get("/roadmap?format=pdf").statusCode());
        Response api = given().get("/api/v1/roadmap/changes?since=2026-13-45");
        assertEquals(400, api.statusCode());
        assertTrue(api.jsonPath().getString("detail").contains("2026-13-45"));
    }

    @Test
    void shouldExportTheChangesAsCsvAndMarkdown() {
        Response response = given().get("/roadmap/changes?since=2026-11-01&format=csv");
        assertEquals(200, response.statusCode());
        assertTrue(response.contentType().startsWith("text/csv"), response.contentType());
        assertEquals("attachment; filename=\"roadmap-changes-2026-11-01.csv\"", response.header("Content-Disposition"));
        List<CSVRecord> rows = csv(response.asString());
        CSVRecord status = rows.stream().filter(r -> r.get("change").equals("status") && r.get("slug").equals("secrets-migration"))
                .findFirst().orElseThrow();
        assertEquals("At risk", status.get("to"));
        assertEquals("2026-11-16", status.get("date"));
        assertEquals("/roadmap/secrets-migration", status.get("url"));

        Response markdown = given().get("/roadmap/changes?since=2026-11-01&format=md");
        assertEquals(200, markdown.statusCode());
        assertTrue(markdown.contentType().startsWith("text/markdown"), markdown.contentType());
        String text = markdown.asString();
        assertTrue(text.startsWith("# Roadmap changes since Sun 1 Nov 2026"), text);
        assertTrue(text.contains("## Status changed") && text.contains("| Move every Jenkins credential to OIDC, GitHub or Vault |"), text);
    }

    @Test
    void shouldExportTheBoardWithItsFilters() {
        Response all = given().get("/roadmap?format=csv");
        assertEquals(200, all.statusCode());
        assertTrue(all.header("Content-Disposition").startsWith("attachment; filename=\"roadmap-2026-11-28.csv"));
        List<CSVRecord> rows = csv(all.asString());
        assertEquals(given().get("/api/v1/roadmap").jsonPath().getInt("total"), rows.size());
        CSVRecord secrets = rows.stream().filter(r -> r.get("slug").equals("secrets-migration")).findFirst().orElseThrow();
        assertEquals(List.of("now", "at-risk", "security", "2027-01-08"),
                List.of(secrets.get("horizon"), secrets.get("status"), secrets.get("team"), secrets.get("target")));
        List<CSVRecord> security = csv(given().get("/roadmap?format=csv&team=security").asString());
        assertTrue(security.stream().allMatch(r -> r.get("team").equals("security")) && !security.isEmpty());
        String markdown = given().get("/roadmap?format=md&team=security").asString();
        assertTrue(markdown.contains("Filtered: team security") && markdown.contains("## Now"), markdown);
    }

    @Test
    void shouldLetAManagerRecordAReviewThatFreezesEveryItem() {
        WebSession maya = WebSession.signIn("maya");
        assertNotNull(maya.page("/roadmap/reviews", 200).selectFirst("form.review-form"), "a manager sees the form");
        long id = recordReview(maya, "2026-11-27", "Decided: **escalate** secrets.\n\n<script>alert(1)</script>");

        Document review = maya.page("/roadmap/reviews/" + id, 200);
        assertNotNull(review.selectFirst(".banner-ok"), "says it is recorded");
        assertEquals("maya", review.selectFirst(".reviewer").text());
        assertEquals("escalate", review.selectFirst(".review-notes strong").text());
        assertNull(review.selectFirst(".review-notes script"), "notes are sanitised");
        int items = given().get("/api/v1/roadmap").jsonPath().getInt("total");
        assertEquals(items, review.select(".seen-table tbody tr").size(), "every item frozen");
        Element secrets = review.selectFirst(".seen-table tr[data-slug=secrets-migration]");
        Element badge = secrets.selectFirst(".seen-status .status-badge");
        assertNotNull(badge, "the status as the board's badge, not its code");
        assertTrue(badge.hasClass("status-at-risk"), badge.className());
        assertEquals("At risk", badge.text());
        assertEquals("Now", secrets.selectFirst(".seen-horizon").text(), "the horizon by its label");
        assertEquals("Fri 8 Jan 2027", secrets.selectFirst(".seen-target").text());
        Element link = secrets.selectFirst(".seen-item a");
        assertEquals("/roadmap/secrets-migration", link.attr("href"), "the item's name links to its page");
        assertEquals("Move every Jenkins credential to OIDC, GitHub or Vault", link.text());
        assertEquals("0", review.selectFirst("#rv-since .count").text(), "nothing changed since it was recorded");

        Document changes = page("/roadmap/changes?since=review:" + id, 200);
        assertTrue(changes.selectFirst("h1").text().contains("since the review of Fri 27 Nov 2026 (by maya)"), changes.selectFirst("h1").text());
        assertNotNull(changes.selectFirst(".changes-none"));
        assertEquals(1, page("/roadmap/reviews", 200).select("tr[data-review=" + id + "]").size(), "listed");
        assertEquals("maya", maya.get("/api/v1/roadmap/reviews/" + id).jsonPath().getString("reviewer"));
    }

    @Test
    void shouldKeepWhatWasTypedWhenAReviewIsRefused() {
        WebSession maya = WebSession.signIn("maya");
        maya.get("/roadmap/reviews");
        String notes = "Line one\nLine <two> & \"three\"";
        for (String date : List.of("2099-01-01", "next tuesday", "")) {
            Response response = maya.post("/roadmap/reviews", Map.of("date", date, "notes", notes));
            assertEquals(400, response.statusCode(), date);
            Document page = Jsoup.parse(response.asString());
            assertEquals(notes, page.selectFirst("textarea[name=notes]").wholeText(), "notes kept for '" + date + "'");
            assertNotNull(page.selectFirst("#rv-date-error"), date);
            maya.get("/roadmap/reviews");
        }
        Response tooLong = maya.post("/roadmap/reviews", Map.of("date", "2026-11-28", "notes", "x".repeat(20_001)));
        assertEquals(400, tooLong.statusCode());
        assertTrue(Jsoup.parse(tooLong.asString()).selectFirst("#rv-notes-error").text().contains("20001"));
    }

    @Test
    void shouldLetOnlyManagersRecordReviewsAndRequireTheToken() {
        WebSession alice = WebSession.signIn("alice");
        assertNull(alice.page("/roadmap/reviews", 200).selectFirst("form.review-form"), "an engineer sees no form");
        assertEquals(403, alice.post("/roadmap/reviews", Map.of("date", "2026-11-28", "notes", "")).statusCode());
        WebSession maya = WebSession.signIn("maya");
        maya.get("/roadmap/reviews");
        assertEquals(403, maya.postWithout("/roadmap/reviews", Map.of("date", "2026-11-28", "notes", "")).statusCode());
        assertEquals(403, alice.postJson("/api/v1/roadmap/reviews", "{\"date\":\"2026-11-28\"}").statusCode());
        maya.get("/roadmap");
        Response withoutToken = maya.postJsonWithout("/api/v1/roadmap/reviews", "{\"date\":\"2026-11-28\"}");
        assertEquals(403, withoutToken.statusCode());
        assertTrue(withoutToken.jsonPath().getString("detail").contains("X-CSRF-TOKEN"), withoutToken.asString());
    }

    @Test
    void shouldServeTheRoadmapAsJson() {
        JsonPath all = given().get("/api/v1/roadmap").jsonPath();
        assertTrue(all.getInt("total") >= 15);
        assertEquals(all.getInt("total"), all.getInt("shown"));
        JsonPath security = given().get("/api/v1/roadmap?team=security&status=at-risk").jsonPath();
        assertEquals(List.of("secrets-migration"), security.getList("items.slug"));

        JsonPath item = given().get("/api/v1/roadmap/runner-capacity").jsonPath();
        assertEquals("in-progress", item.getString("status"));
        assertEquals("2026-12-18", item.getString("target"));
        assertEquals("2026-11-30", item.getString("updates[0].target"));
        assertEquals("2026-11-09", item.getString("updates[-1].date"));

        Response missing = given().get("/api/v1/roadmap/no-such-item");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.contentType().startsWith("application/json") || missing.contentType().startsWith("application/problem+json"));
        assertEquals(400, given().get("/api/v1/roadmap?status=bogus").statusCode());

        JsonPath changes = given().get("/api/v1/roadmap/changes?since=2026-11-01&team=security").jsonPath();
        assertEquals("2026-11-01", changes.getString("since"));
        assertNull(changes.get("review"));
        assertTrue(changes.getList("changes.slug").contains("secrets-migration"));
        assertEquals("At risk", changes.getString("changes.find { it.change == 'status' }.to"));

        JsonPath spec = given().accept("application/json").get("/q/openapi?format=json").jsonPath();
        Map<String, Object> paths = spec.getMap("paths");
        for (String path : List.of("/api/v1/roadmap", "/api/v1/roadmap/{slug}", "/api/v1/roadmap/changes", "/api/v1/roadmap/reviews")) {
            assertTrue(paths.containsKey(path), path + " in " + paths.keySet());
        }
        assertTrue(spec.getMap("paths.'/api/v1/roadmap/reviews'").containsKey("post"));
        assertTrue(paths.keySet().stream().allMatch(p -> p.startsWith("/api/v1/")), "no HTML page is part of the API: " + paths.keySet());
    }

    @Test
    void shouldRecordAReviewThroughTheApi() {
        WebSession maya = WebSession.signIn("maya");
        maya.get("/roadmap");
        Response created = maya.postJson("/api/v1/roadmap/reviews", "{\"date\":\"2026-11-26\",\"notes\":\"API review\"}");
        assertEquals(201, created.statusCode(), created.asString());
        long id = created.jsonPath().getLong("id");
        assertTrue(created.header("Location").endsWith("/api/v1/roadmap/reviews/" + id));
        assertEquals("at-risk", created.jsonPath().getString("items.find { it.slug == 'secrets-migration' }.status"));
        JsonPath since = given().get("/api/v1/roadmap/changes?since=review:" + id).jsonPath();
        assertEquals(id, since.getLong("review"));
        assertEquals(0, since.getInt("count"));

        Response bad = maya.postJson("/api/v1/roadmap/reviews", "{\"date\":\"2099-01-01\"}");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.jsonPath().getString("detail").contains("future"));
        assertEquals(404, given().get("/api/v1/roadmap/reviews/987654321").statusCode());
    }
}
