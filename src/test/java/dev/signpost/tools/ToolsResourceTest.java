package dev.signpost.tools;

import dev.signpost.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The catalog pages and API over the bundled tools (the test clock says 2026-11-28). */
@QuarkusTest
class ToolsResourceTest {

    private static Document page(String path, int status) {
        Response response = given().redirects().follow(false).get(path);
        assertEquals(status, response.statusCode(), path);
        return Jsoup.parse(response.asString());
    }

    @Test
    void aToolIsNamedOnceWhetherItReplacesOrIsAnAlternativeAndItsRadarNumberIsLabelled() {
        Document jenkins = page("/tools/jenkins", 200);
        assertEquals(List.of("/tools/github-actions"), jenkins.select("section.tool-replaced-by a").eachAttr("href"));
        Element alternatives = jenkins.selectFirst("section.tool-alternatives");
        assertTrue(alternatives == null || alternatives.select("a[href=/tools/github-actions]").isEmpty(),
                "GitHub Actions is listed as replacing Jenkins, not again as an alternative");
        assertEquals("Jenkins", jenkins.selectFirst("header.doc-header h1").text(), "no bare number in the title");
        Element number = jenkins.selectFirst(".tool-radar-number");
        assertNotNull(number, "the radar number has a label of its own");
        assertTrue(number.text().matches("Number on the radar: \\d+"), number.text());
    }

    @Test
    void shouldDrawTheRadarWithALinkedLabelledBlipPerTool() {
        Document radar = page("/tools", 200);
        Element svg = radar.selectFirst("figure.radar svg");
        assertNotNull(svg);
        assertEquals(4, svg.select("circle.ring").size());
        assertEquals(6, svg.select(".radar-category-labels text").size(), "one sector per bundled category");
        List<Element> blips = svg.select("a.blip");
        assertTrue(blips.size() >= 24, "every bundled tool: " + blips.size());
        Element gha = svg.selectFirst("a.blip[href=/tools/github-actions]");
        assertNotNull(gha);
        assertTrue(gha.attr("aria-label").contains("GitHub Actions — Preferred, CI/CD"), gha.attr("aria-label"));
        assertTrue(gha.hasClass("blip-preferred"));
        assertEquals(gha.attr("data-number"), gha.selectFirst("text").text());
        assertTrue(svg.select("a.blip.blip-new, a.blip.blip-moved-in, a.blip.blip-moved-out").size() >= 3,
                "tools that moved in the last 90 days are marked");
        assertEquals(page("/tools", 200).selectFirst("a.blip[href=/tools/github-actions] circle").attr("cx"),
                gha.selectFirst("circle").attr("cx"), "the same place on every load");
    }

    @Test
    void shouldKeepBlipsInPlaceAndDimThoseTheFiltersLeaveOut() {
        Document all = page("/tools", 200);
        Document hold = page("/tools?ring=hold", 200);
        Element jenkins = hold.selectFirst("a.blip[href=/tools/jenkins]");
        Element gha = hold.selectFirst("a.blip[href=/tools/github-actions]");
        assertFalse(jenkins.hasClass("blip-dimmed"));
        assertTrue(gha.hasClass("blip-dimmed"));
        assertEquals(all.selectFirst("a.blip[href=/tools/jenkins] circle").attr("cy"), jenkins.selectFirst("circle").attr("cy"));
        assertEquals("hold", hold.selectFirst("#tf-ring option[selected]").attr("value"), "the filter stays set");
    }

    @Test
    void shouldListToolsByRingThenCategoryWithSummaries() {
        Document list = page("/tools?view=list", 200);
        assertEquals(List.of("Preferred", "Supported", "Assess", "Hold"),
                list.select("section.ring-group h2").stream().map(h -> h.ownText().strip()).toList());
        Element hold = list.selectFirst("section.ring-hold");
        assertNotNull(hold.selectFirst("li[data-slug=jenkins] .tool-summary"));
        assertEquals("/tools?view=list&ring=hold", page("/tools?view=list&ring=hold", 200)
                .selectFirst("nav.view-switch a[href*=view=list]").attr("href"), "the view switch keeps the filters");
        assertEquals("/tools?ring=hold", page("/tools?view=list&ring=hold", 200)
                .selectFirst("nav.view-switch a:not([href*=view=list])").attr("href"));
    }

    @Test
    void shouldFilterTheListByEachFilter() {
        List<String> text = slugs("/tools?view=list&q=JENKINS&ring=hold");
        assertTrue(text.contains("jenkins") && !text.contains("github-actions") && !text.contains("trivy"), text.toString());
        List<String> security = slugs("/tools?view=list&category=Security");
        assertTrue(security.contains("trivy") && !security.contains("jenkins"), security.toString());
        List<String> owned = slugs("/tools?view=list&owner=load-testing");
        assertTrue(owned.contains("k6") && owned.stream().noneMatch(s -> s.equals("github-actions")), owned.toString());
        List<String> recent = slugs("/tools?view=list&since=2026-09-01");
        assertTrue(recent.contains("cosign") && !recent.contains("jenkins"), recent.toString());
        List<String> tagged = slugs("/tools?view=list&tag=jenkins");
        assertTrue(tagged.contains("jenkins"), tagged.toString());
    }

    @Test
    void shouldAnswerBadFiltersWith400AndAMessageOnThePage() {
        Document bad = page("/tools?view=list&ring=adopt&since=yesterday&category=Databases", 400);
        List<String> errors = bad.select("main p.form-error").eachText();
        assertEquals(3, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("There is no ring \"adopt\""));
        assertEquals("yesterday", bad.selectFirst("#tf-since").attr("value"), "what was typed is kept");
        assertFalse(bad.select("section.ring-group").isEmpty(), "the catalog is still shown");
    }

    @Test
    void shouldShowAToolWithTimelineReplacementsAndRelatedPages() {
        Document gha = page("/tools/github-actions", 200);
        assertEquals("Preferred", gha.selectFirst(".tool-ring .ring-badge").text());
        assertTrue(gha.selectFirst(".tool-category").text().contains("CI/CD"));
        assertEquals("ci-platform", gha.selectFirst(".doc-owner strong").text());
        List<String> timeline = gha.select("ol.timeline li .ring-badge").eachText();
        assertEquals("Preferred", timeline.get(0), "newest first");
        assertTrue(timeline.contains("Assess"));
        assertEquals("/tools/jenkins", gha.selectFirst("section.tool-replaces a").attr("href"));
        assertNotNull(gha.selectFirst("section.tool-related a[href=/docs/practices/ci/deploying-with-github-actions]"));
        assertNotNull(gha.selectFirst("section#page-feedback"), "the feedback widget");

        Document jenkins = page("/tools/jenkins", 200);
        assertEquals("/tools/github-actions", jenkins.selectFirst("section.tool-replaced-by a").attr("href"));
        assertNotNull(jenkins.selectFirst("article.markdown a[href=/docs/practices/ci/migrating-a-jenkins-pipeline]"),
                "how to move off it");
        page("/tools/no-such-tool", 404);
    }

    @Test
    void shouldMarkAStaleToolWithTheFreshnessBanner() {
        assertNotNull(page("/tools/spinnaker", 200).selectFirst(".banner-stale"));
        assertNull(page("/tools/github-actions", 200).selectFirst(".banner-stale"));
    }

    @Test
    void shouldListWhatMovedSinceADate() {
        Document changes = page("/tools/changes?since=2026-09-01", 200);
        List<String> moved = changes.select("ul.tool-change-list li").eachAttr("data-slug");
        assertTrue(moved.containsAll(List.of("cosign", "selenium", "playwright")), moved.toString());
        assertFalse(moved.contains("jenkins"), "moved before the date");
        Element selenium = changes.selectFirst("ul.tool-change-list li[data-slug=selenium]");
        assertEquals("Supported → Hold", selenium.selectFirst(".change-summary").text());
        assertTrue(selenium.hasClass("change-moved-out"));
        Document bad = page("/tools/changes?since=last-review", 400);
        assertTrue(bad.selectFirst("p.form-error").text().contains("\"last-review\" is not a date"));
    }

    @Test
    void shouldServeTheCatalogAsJson() {
        JsonPath all = given().get("/api/v1/tools").then().statusCode(200).extract().jsonPath();
        assertTrue(all.getInt("total") >= 24);
        Map<String, Object> gha = all.getMap("tools.find { it.slug == 'github-actions' }");
        assertEquals("preferred", gha.get("ring"));
        assertEquals("CI/CD", gha.get("category"));
        assertEquals(List.of("jenkins"), gha.get("replaces"));
        JsonPath hold = given().get("/api/v1/tools?ring=hold").then().statusCode(200).extract().jsonPath();
        assertTrue(hold.getList("tools.ring").stream().allMatch("hold"::equals));
        JsonPath jenkins = given().get("/api/v1/tools/jenkins").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("github-actions"), jenkins.getList("replacedBy"));
        assertEquals("hold", jenkins.getString("history[-1].ring"));
        assertEquals(400, given().get("/api/v1/tools?ring=adopt").statusCode());
        assertEquals(404, given().get("/api/v1/tools/nothing").statusCode());
        JsonPath spec = given().accept("application/json").get("/q/openapi?format=json").jsonPath();
        assertTrue(spec.getMap("paths").containsKey("/api/v1/tools/{slug}"));
    }

    @Test
    void shouldFindToolsInSearchWithTheirType() {
        JsonPath results = given().get("/api/v1/search?q=jenkins&type=tool").then().statusCode(200).extract().jsonPath();
        assertTrue(results.getList("results.url").contains("/tools/jenkins"), results.prettify());
    }

    @Test
    void shouldKeepToolsOutOfTheDocumentationNavigation() {
        Document docs = WebSession.anonymous().page("/docs/practices", 200);
        assertTrue(docs.select("nav.doc-nav a[href^=/tools/]").isEmpty());
        assertTrue(docs.select("nav.doc-nav a[href^=/docs/tools]").isEmpty());
    }

    private static List<String> slugs(String path) {
        return page(path, 200).select("ul.tool-list li").eachAttr("data-slug");
    }
}
