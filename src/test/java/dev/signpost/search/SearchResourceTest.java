package dev.signpost.search;

import dev.signpost.Html;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The search page, suggestions and API over the bundled content. */
@QuarkusTest
class SearchResourceTest {

    private static Document search(String query) {
        return Html.follow("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8), 200);
    }

    private static List<String> titles(Document page) {
        return page.select("ol.results li.result h2.result-title a").eachText();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            rollback           | Rolling back a bad deploy
            secrets            | Secrets in CI
            jenkins migration  | Migrating a Jenkins pipeline
            checkout@v4        | Securing the CI supply chain
            rolling back       | Rolling back a bad deploy
            feature flag       | Feature flags
            handling flaky     | Handling flaky tests
            """)
    void shouldFindTheRightPageForEverydayQuestions(String query, String expected) {
        assertEquals(expected, titles(search(query)).get(0));
    }

    @Test
    void shouldFindPagesThatUseAnIdentifierAsWrittenThePageThatExplainsItFirst() {
        Document page = search("checkout@v4");
        List<String> everything = titles(page);
        assertEquals("Securing the CI supply chain", everything.get(0), "the page that says what to do with it, in words");
        assertTrue(everything.containsAll(List.of("Deploying a service with GitHub Actions", "Migrating a Jenkins pipeline")),
                "then the pages that use it: " + everything);
        assertEquals("checkout@v4", page.selectFirst("li.result .snippet mark").text(), "the snippet marks what was typed");
        assertFalse(page.select(".facets a").isEmpty(), "facets to narrow");
    }

    @Test
    void shouldShowAMatchInACodeBlockAsCodeWithItsLinesAndProseAsBefore() {
        Document results = search("federated");
        Element hit = results.select("li.result").stream().filter(r -> r.selectFirst("h2 a").attr("href").equals("/docs/practices/security/oidc-to-cloud"))
                .findFirst().orElseThrow(() -> new AssertionError(results.select("main").html()));
        Element code = hit.selectFirst("pre.snippet-code > code");
        assertTrue(code != null, hit.html());
        assertNull(hit.selectFirst("p.snippet"), "one snippet");
        String text = code.wholeText();
        List<String> lines = List.of(text.split("\n"));
        assertTrue(lines.size() >= 2 && lines.size() <= 5, "the matching line and its neighbours: " + text);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("      ") && l.toLowerCase().contains("federat")),
                "the matching line as written, indented: " + text);
        assertTrue(code.select("mark").eachText().stream().allMatch(m -> m.toLowerCase().startsWith("federat")), code.html());
        assertFalse(code.select("mark").isEmpty());

        Element prose = search("rollback").selectFirst("li.result");
        assertNotNull(prose.selectFirst("p.snippet mark"), "prose stays a paragraph");
        assertNull(prose.selectFirst("pre.snippet-code"));
    }

    @Test
    void shouldShowTypeBadgePathAndHighlightedSnippet() {
        Element first = search("rollback").selectFirst("li.result");
        assertEquals("Page", first.selectFirst(".badge-type").text());
        assertEquals("/docs/practices/release/rolling-back-a-bad-deploy", first.selectFirst("h2 a").attr("href"));
        assertTrue(first.select(".result-path a").eachText().contains("Releasing safely"), first.select(".result-path").text());
        assertFalse(first.select(".snippet mark").isEmpty(), "the snippet marks the match");
        assertTrue(first.select(".snippet mark").eachText().stream().allMatch(m -> m.toLowerCase().startsWith("roll")));
    }

    @ParameterizedTest(name = "{0} -> {2} {3} under {4}")
    @CsvSource(delimiter = '|', textBlock = """
            code deployment sig | Code Deployment SIG                          | SIG          | /sigs/code-deployment            | SIGs          | /sigs
            helm                | Helm                                         | Tool         | /tools/helm                      | Tools         | /tools
            sha pinning         | Enforce SHA pinning for third-party actions  | Roadmap item | /roadmap/sha-pinning-enforcement | Roadmap       | /roadmap
            """)
    void shouldShowFeatureItemsWithTheirBadgeAddressAndListAsBreadcrumb(String query, String title, String badge, String href,
            String crumb, String crumbHref) {
        Element first = search(query).selectFirst("li.result");
        assertEquals(title, first.selectFirst("h2.result-title a").text());
        assertEquals(href, first.selectFirst("h2.result-title a").attr("href"));
        assertEquals(badge, first.selectFirst(".badge-type").text());
        Element trail = first.selectFirst(".result-path");
        assertNotNull(trail, "a breadcrumb");
        assertEquals(List.of(crumb), trail.select("a").eachText());
        assertEquals(List.of(crumbHref), trail.select("a").eachAttr("href"));
    }

    @Test
    void shouldMarkStalePagesInResults() {
        Document page = search("caching dependencies");
        Element caching = page.select("li.result").stream()
                .filter(r -> r.selectFirst("h2").text().equals("Caching dependencies")).findFirst().orElseThrow();
        assertNotNull(caching.selectFirst(".badge-stale"), "caching-dependencies is past its review date");
    }

    @Test
    void shouldCountResultsAndShowTimeTaken() {
        Document page = search("deploy");
        String count = page.selectFirst("p.result-count").text();
        assertTrue(count.matches("\\d+ results? for deploy \\(\\d+(\\.\\d)? ms\\)"), count);
    }

    @Test
    void shouldOfferFacetsThatNarrowTheResults() {
        Document page = search("deploy");
        Element tagLink = page.select("aside.facets a").stream().filter(a -> a.attr("href").contains("tag=")).findFirst().orElseThrow();
        int facetCount = Integer.parseInt(tagLink.parent().selectFirst(".count").text());
        Document narrowed = Html.follow(tagLink.attr("href"), 200);
        String count = narrowed.selectFirst("p.result-count").text();
        assertTrue(count.startsWith(facetCount + " result"), count + " after " + tagLink.attr("href"));
        assertNotNull(narrowed.selectFirst("ul.active-filters a[href]"), "the filter can be removed");
        assertEquals("true", narrowed.select("aside.facets a.selected").attr("aria-current"));
    }

    @Test
    void theTypeFilterReadsAsTheTypesLabel() {
        Document tools = Html.follow("/search?q=ci&type=tool", 200);
        assertEquals("Type: Tool ×", tools.selectFirst("ul.active-filters li").text());
        Document pages = Html.follow("/search?q=ci&type=page", 200);
        assertEquals("Type: Page ×", pages.selectFirst("ul.active-filters li").text());
    }

    @Test
    void shouldPageThroughResults() {
        Document first = search("ci");
        assertNotNull(first.selectFirst("nav.pager a[rel=next]"), "more than one page for a common word");
        Document second = Html.follow(first.selectFirst("nav.pager a[rel=next]").attr("href"), 200);
        assertEquals("11", second.selectFirst("ol.results").attr("start"));
        assertTrue(second.selectFirst("nav.pager span").text().startsWith("Page 2 of"));
        assertFalse(titles(first).contains(titles(second).get(0)), "page 2 continues where page 1 ended");
    }

    @Test
    void shouldShowTheLastPageForAPageNumberBeyondIt() {
        Document first = search("ci");
        String pager = first.selectFirst("nav.pager span").text();
        int last = Integer.parseInt(pager.substring(pager.lastIndexOf(' ') + 1));
        Document beyond = Html.follow("/search?q=ci&page=999", 200);
        assertFalse(titles(beyond).isEmpty(), "results, not 'nothing matches' under a result count");
        assertNull(beyond.selectFirst(".no-results"));
        assertEquals("Page " + last + " of " + last, beyond.selectFirst("nav.pager span").text());
        assertEquals(String.valueOf((last - 1) * 10 + 1), beyond.selectFirst("ol.results").attr("start"));
        assertEquals("/search?q=ci&page=" + (last - 1), beyond.selectFirst("nav.pager a[rel=prev]").attr("href"));
        JsonPath json = given().queryParam("q", "ci").queryParam("page", "999").get("/api/v1/search").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(last, json.getInt("page"));
        assertFalse(json.getList("results").isEmpty());
    }

    @Test
    void shouldCorrectATypoAndSayDidYouMean() {
        Document page = search("rolback");
        assertEquals("Rolling back a bad deploy", titles(page).get(0));
        Element notice = page.selectFirst("p.did-you-mean");
        assertNotNull(notice);
        assertEquals("rollback", notice.selectFirst("a").text());
    }

    @Test
    void shouldScopeASearchToASection() {
        Document sectionPage = Html.get("/docs/practices/security", 200);
        Element form = sectionPage.selectFirst("form.section-search");
        assertNotNull(form, "a section page offers to search in it");
        assertEquals("/docs/practices/security", form.selectFirst("input[name=section]").attr("value"));
        Document scoped = Html.follow("/search?q=pipeline&section=%2Fdocs%2Fpractices%2Fsecurity", 200);
        assertFalse(titles(scoped).isEmpty());
        assertTrue(scoped.select("li.result h2 a").eachAttr("href").stream().allMatch(h -> h.startsWith("/docs/practices/security")));
        assertTrue(scoped.selectFirst("p.result-count").text().contains("in Security"), scoped.selectFirst("p.result-count").text());
    }

    @Test
    void shouldShowTipsForAnEmptyQuery() {
        Document page = Html.follow("/search?q=%20%20", 200);
        assertEquals("Search", page.selectFirst("main h1").text());
        assertFalse(page.select("ul.search-tips li").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"rollback AND (", "title:", "\"unbalanced", "a/b:c(", "*", "?", "[", "~~~", "OR", "-", "\\",
            "<script>alert(1)</script>", "title:rollback OR"})
    void shouldNeverFailOnOddQueries(String query) {
        Document page = search(query);
        assertNotNull(page.selectFirst("p.result-count, ul.search-tips"));
        assertNull(page.selectFirst("main script"), "the query is shown as text");
    }

    @ParameterizedTest
    @ValueSource(strings = {"rollback AND", "rollback OR"})
    void shouldSearchTheWordsOfAQueryWithADanglingOperator(String query) {
        assertEquals("Rolling back a bad deploy", titles(search(query)).get(0));
    }

    @Test
    void shouldSearchTheWordsOfAQueryWithAnEmoji() {
        assertEquals("Rolling back a bad deploy", titles(search("🚀 rollback")).get(0));
    }

    @Test
    void shouldLimitTheHeaderSearchBoxToTheLengthSearched() {
        Element box = Html.get("/docs/practices", 200).selectFirst("header form.site-search input[name=q]");
        assertNotNull(box);
        assertEquals(String.valueOf(UserQuery.MAX_LENGTH), box.attr("maxlength"), "a longer query is cut to this anyway");
    }

    @Test
    void shouldKeepAnOverlongQueryWithoutFailing() {
        String query = "deploy ".repeat(300);
        Document page = Html.follow("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&page=99999", 200);
        assertNotNull(page.selectFirst("p.result-count"));
    }

    @Test
    void shouldAcceptAsLongAQueryAsTheBoxAllowsInAnyScript() {
        // 500 characters of CJK text are 4.5 KB once percent-encoded: more than a request line may carry by default
        String query = "部署".repeat(UserQuery.MAX_LENGTH / 2);
        String encoded = URLEncoder.encode(query, StandardCharsets.UTF_8);
        Document page = Html.follow("/search?q=" + encoded + "&type=page&tag=ci&section=/docs/practices&page=2", 200);
        assertNotNull(page.selectFirst("p.result-count"));
        given().urlEncodingEnabled(false).get("/api/v1/search?q=" + encoded).then().statusCode(200);
        given().urlEncodingEnabled(false).get("/search/suggest?q=" + encoded).then().statusCode(200);
    }

    @Test
    void shouldExplainThatAQueryWhichOnlyLeavesThingsOutFindsNothing() {
        Document page = search("-jenkins");
        assertNotNull(page.selectFirst(".no-results p.excludes-only"), page.select(".no-results").text());
        given().queryParam("q", "-jenkins").get("/api/v1/search").then().statusCode(200)
                .body("excludesOnly", org.hamcrest.Matchers.is(true), "total", org.hamcrest.Matchers.is(0));
        assertNull(search("release -jenkins").selectFirst(".excludes-only"));
    }

    @Test
    void shouldSuggestTitlesAsYouType() {
        JsonPath json = given().queryParam("q", "roll").get("/search/suggest").then().statusCode(200).extract().jsonPath();
        List<String> titles = json.getList("title");
        assertTrue(titles.size() <= 8 && !titles.isEmpty());
        assertEquals("Rolling back a bad deploy", titles.get(0));
        assertTrue(json.getString("[0].url").startsWith("/docs/"));
        assertEquals(List.of(), given().queryParam("q", "").get("/search/suggest").then().statusCode(200).extract().jsonPath().getList("$"));
    }

    @Test
    void shouldAnswerTheApiWithResultsFacetsAndPaging() {
        JsonPath json = given().queryParam("q", "secrets").get("/api/v1/search").then().statusCode(200).extract().jsonPath();
        assertEquals("Secrets in CI", json.getString("results[0].title"));
        assertEquals("page", json.getString("results[0].type"));
        assertTrue(json.getInt("total") >= 1);
        assertEquals(1, json.getInt("page"));
        assertTrue(json.getList("results[0].snippet.parts.findAll { it.match }").size() > 0, "marked parts");
        assertTrue(json.getList("types.value").contains("page"));
        assertFalse(json.getBoolean("corrected"));
    }

    @Test
    void shouldRejectAnApiCallWithoutAQuery() {
        given().get("/api/v1/search").then().statusCode(400);
    }

    @Test
    void shouldDescribeTheSearchApiInOpenApi() {
        String openapi = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        assertTrue(openapi.contains("/api/v1/search"));
        assertFalse(openapi.contains("\"/search\""), "the HTML page is not part of the API");
    }

    @Test
    void shouldDescribeTheSearchResultsAndErrorsInOpenApi() {
        JsonPath spec = given().accept("application/json").get("/q/openapi?format=json").jsonPath();
        Map<String, Object> responses = spec.getMap("paths.'/api/v1/search'.get.responses");
        assertTrue(responses.keySet().containsAll(List.of("200", "400", "503")), responses.keySet().toString());
        String ref = spec.getString("paths.'/api/v1/search'.get.responses.'200'.content.'application/json'.schema.'$ref'");
        assertNotNull(ref, "the 200 response has a schema");
        String name = ref.substring(ref.lastIndexOf('/') + 1);
        Map<String, Object> properties = spec.getMap("components.schemas." + name + ".properties");
        assertTrue(properties.keySet().containsAll(List.of("searched", "corrected", "total", "page", "pageCount", "tookMillis",
                "results", "types", "tags")), properties.keySet().toString());
    }
}
