package dev.signpost.roadmap;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The roadmap board and item pages over the bundled items (the test clock says 2026-11-28, in 2026-Q4). */
@QuarkusTest
class RoadmapResourceTest {

    private static Document page(String path, int status) {
        Response response = given().redirects().follow(false).get(path);
        assertEquals(status, response.statusCode(), path);
        return Jsoup.parse(response.asString());
    }

    private static List<String> column(Document board, String horizon) {
        return board.select("section.horizon-" + horizon + " li.card").eachAttr("data-slug");
    }

    @Test
    void shouldPutItemsInNowNextAndLaterWithFinishedOnesBelow() {
        Document board = page("/roadmap", 200);
        assertEquals(List.of("Now", "Next", "Later"), board.select("section.board-column h2").stream()
                .map(h -> h.ownText().strip()).toList());
        assertTrue(column(board, "now").containsAll(List.of("runner-capacity", "secrets-migration", "staging-on-demand")),
                column(board, "now").toString());
        assertTrue(column(board, "next").contains("jenkins-shutdown"));
        assertTrue(column(board, "later").contains("chatops-deploys"));
        List<String> onBoard = board.select("section.board-column li.card").eachAttr("data-slug");
        assertFalse(onBoard.contains("reusable-workflow-library"), "shipped items leave the board");
        assertTrue(board.select("section.roadmap-finished li").eachAttr("data-slug").contains("reusable-workflow-library"));
        assertFalse(onBoard.contains("bulk-pipeline-conversion"), "dropped items leave the board");
    }

    @Test
    void shouldShowStatusTeamTargetAndARecentChangeOnACard() {
        Element card = page("/roadmap", 200).selectFirst("li.card[data-slug=secrets-migration]");
        assertEquals("At risk", card.selectFirst(".status-badge").text());
        assertEquals("security", card.selectFirst(".card-team").text());
        assertEquals("target Fri 8 Jan 2027", card.selectFirst(".card-target").text());
        assertNotNull(card.selectFirst(".badge-changed"), "its status changed within 30 days");
    }

    @Test
    void shouldFilterTheBoardAndKeepTheFilterInTheForm() {
        Document security = page("/roadmap?team=security", 200);
        List<String> slugs = security.select("li.card").eachAttr("data-slug");
        assertTrue(slugs.contains("secrets-migration") && !slugs.contains("runner-capacity"), slugs.toString());
        assertEquals("security", security.selectFirst("#rf-team option[selected]").attr("value"));
        assertEquals(List.of("secrets-migration"), page("/roadmap?status=at-risk", 200).select("li.card").eachAttr("data-slug"));
        List<String> sig = page("/roadmap?sig=code-deployment", 200).select("li.card").eachAttr("data-slug");
        assertTrue(sig.contains("jenkins-shutdown"), sig.toString());
        List<String> text = page("/roadmap?q=JENKINS", 200).select("li.card").eachAttr("data-slug");
        assertTrue(text.contains("jenkins-read-only") && !text.contains("deployment-metrics"), text.toString());
    }

    @Test
    void shouldAnswerAnUnknownStatusWith400AndAMessage() {
        Document bad = page("/roadmap?status=done", 400);
        assertTrue(bad.selectFirst("main p.form-error").text().contains("There is no status \"done\""));
        assertFalse(bad.select("li.card").isEmpty(), "the board is still shown");
    }

    @Test
    void shouldShowAnItemWithHistoryAndDependenciesBothWays() {
        Document item = page("/roadmap/jenkins-read-only", 200);
        assertEquals("Planned", item.selectFirst(".item-status .status-badge").text());
        List<String> blockedBy = item.select("section.item-blocked-by a").eachAttr("href");
        assertTrue(blockedBy.containsAll(List.of("/roadmap/runner-capacity", "/roadmap/secrets-migration")), blockedBy.toString());
        assertTrue(item.select("section.item-blocks a").eachAttr("href").contains("/roadmap/jenkins-shutdown"));
        assertFalse(item.select("ol.status-history li").isEmpty());
        assertNotNull(item.selectFirst("section#page-feedback"));

        Document runners = page("/roadmap/runner-capacity", 200);
        assertTrue(runners.select("section.item-tools a").eachAttr("href").stream().anyMatch(h -> h.startsWith("/tools/")));
        assertTrue(runners.select("ol.status-history .timeline-note").text().contains("2026-12-18"), "the note of the moved target");
        page("/roadmap/no-such-item", 404);
    }

    @Test
    void shouldSayWhenAHorizonWasDerived() {
        Element horizon = page("/roadmap/staging-on-demand", 200).selectFirst(".item-horizon");
        assertTrue(horizon.text().contains("Now") && horizon.text().contains("from status and target"), horizon.text());
        assertNull(page("/roadmap/runner-capacity", 200).selectFirst(".item-horizon .muted"), "written in the file");
    }

    @Test
    void shouldLinkToolsToTheRoadmapItemsThatConcernThem() {
        Document tool = page("/tools/github-actions", 200);
        assertTrue(tool.select("section.tool-related h2").eachText().contains("Roadmap items"));
        assertFalse(tool.select("section.tool-related a[href^=/roadmap/]").isEmpty(), "items sharing its tags or linking to it");
    }
}
