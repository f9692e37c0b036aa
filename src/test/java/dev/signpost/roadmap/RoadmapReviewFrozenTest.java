package dev.signpost.roadmap;

import dev.signpost.WebSession;
import dev.signpost.docs.HotReloadProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A review's frozen copy stays as it was when the content changes afterwards, and the changes since it show. */
@QuarkusTest
@TestProfile(HotReloadProfile.class)
@Tag("database")
class RoadmapReviewFrozenTest {

    private static final Path ROADMAP = HotReloadProfile.DIR.resolve("roadmap");

    private static void write(String slug, String status, String target, String updates) throws IOException {
        Files.createDirectories(ROADMAP);
        Files.writeString(ROADMAP.resolve(slug + ".md"), "---\ntitle: Frozen " + slug + "\nteam: ci-platform\nstatus: " + status
                + "\ntarget: " + target + "\nupdates:\n  - {date: 2026-10-05, status: planned, target: 2027-Q1, note: Planned}\n"
                + updates + "---\n\nBody of " + slug + ".\n");
    }

    private static void awaitItem(String slug, String status) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() -> {
            Response response = given().get("/api/v1/roadmap/" + slug);
            return response.statusCode() == 200 && status.equals(response.jsonPath().getString("status"));
        });
    }

    @AfterEach
    void removeItems() throws IOException {
        for (String slug : new String[] {"frozen-a", "frozen-b"}) {
            Files.deleteIfExists(ROADMAP.resolve(slug + ".md"));
        }
    }

    @Test
    void shouldKeepWhatTheReviewSawAndShowWhatChangedSince() throws IOException {
        write("frozen-a", "planned", "2027-Q1", "");
        write("frozen-b", "planned", "2027-Q1", "");
        awaitItem("frozen-a", "planned");
        awaitItem("frozen-b", "planned");

        WebSession maya = WebSession.signIn("maya");
        maya.get("/roadmap/reviews");
        Response recorded = maya.post("/roadmap/reviews", Map.of("date", "2026-11-20", "notes", "Before the slip."));
        assertEquals(303, recorded.statusCode());
        String review = recorded.header("Location").replaceAll("^https?://[^/]+", "");

        write("frozen-a", "at-risk", "2027-Q3", "  - {date: 2026-11-25, status: at-risk, target: 2027-Q3, note: Vendor slipped}\n");
        Files.delete(ROADMAP.resolve("frozen-b.md"));
        awaitItem("frozen-a", "at-risk");
        await().atMost(Duration.ofSeconds(20)).until(() -> given().get("/api/v1/roadmap/frozen-b").statusCode() == 404);

        Document page = maya.page(review, 200);
        assertTrue(page.selectFirst(".seen-table tr[data-slug=frozen-a] .seen-status .status-badge").hasClass("status-planned"), "frozen");
        assertEquals("2027-Q1", page.selectFirst(".seen-table tr[data-slug=frozen-a] .seen-target").text(), "frozen");
        assertEquals("/roadmap/frozen-a", page.selectFirst(".seen-table tr[data-slug=frozen-a] .seen-item a").attr("href"));
        Element removed = page.selectFirst(".seen-table tr[data-slug=frozen-b]");
        assertNotNull(removed, "a removed item stays in what the review saw");
        assertNull(removed.selectFirst(".seen-item a"), "with no link to a page that is gone");
        assertTrue(removed.selectFirst(".seen-item").text().endsWith("(no longer on the roadmap)"), removed.text());
        Element status = page.selectFirst("tr[data-change=status][data-slug=frozen-a]");
        assertEquals("Planned → At risk", status.selectFirst(".change-from").text() + " → " + status.selectFirst(".change-to").text());
        assertTrue(status.selectFirst(".change-from .status-badge").hasClass("status-planned"), "status changes as badges too");
        assertTrue(status.selectFirst(".change-to .status-badge").hasClass("status-at-risk"));
        assertTrue(page.selectFirst("tr[data-change=removed][data-slug=frozen-b] .change-from .status-badge").hasClass("status-planned"));
        assertEquals("Vendor slipped", status.selectFirst(".change-detail").text());
        assertEquals("2 quarters later: Vendor slipped",
                page.selectFirst("tr[data-change=target][data-slug=frozen-a] .change-detail").text());
        assertEquals("Next → Now", page.selectFirst("tr[data-change=horizon][data-slug=frozen-a] .change-from").text() + " → "
                + page.selectFirst("tr[data-change=horizon][data-slug=frozen-a] .change-to").text());
        assertNotNull(page.selectFirst("tr[data-change=removed][data-slug=frozen-b]"), "the deleted file shows as removed");

        long id = Long.parseLong(review.substring(review.lastIndexOf('/') + 1));
        JsonPath json = given().get("/api/v1/roadmap/changes?since=review:" + id).jsonPath();
        assertEquals(4, json.getInt("count"), json.prettify());
        assertEquals("planned", given().get("/api/v1/roadmap/reviews/" + id).jsonPath()
                .getString("items.find { it.slug == 'frozen-a' }.status"));
        assertTrue(given().get("/roadmap/changes?since=review:" + id + "&team=qa").asString().contains("Nothing changed"),
                "the filters apply to removed items too");
    }
}
