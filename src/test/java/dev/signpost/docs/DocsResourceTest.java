package dev.signpost.docs;

import dev.signpost.Html;
import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The documentation pages over HTTP, on the bundled content, with the clock fixed at 28 November 2026. */
@QuarkusTest
class DocsResourceTest {

    private static final String SECRETS = "/docs/practices/ci/secrets-in-ci";
    private static final String CACHING = "/docs/practices/ci/caching-dependencies";

    @Test
    void shouldRenderHomeFromContentIndex() {
        Document home = Html.get("/", 200);
        assertEquals("Welcome to the paved road", home.selectFirst("main h1").text());
        assertNotNull(home.selectFirst("nav.doc-nav a[href=/docs/practices]"), "navigation links the Practices section");
        assertNotNull(home.selectFirst("nav.main-nav a[href=/docs]"));
    }

    @Test
    void shouldRenderPageWithTitleMetaTagsAndSingleH1() {
        Document page = Html.get(SECRETS, 200);
        Elements h1s = page.select("main h1");
        assertEquals(1, h1s.size(), "the body's leading '# Secrets in CI' repeats the title and is dropped");
        assertEquals("Secrets in CI", h1s.first().text());
        assertEquals("Secrets in CI · Signpost", page.title());
        assertTrue(page.selectFirst(".doc-owner").text().contains("security"));
        assertNotNull(page.selectFirst("ul.tags a.tag[href=/tags/secrets]"));
        assertFalse(page.select("p.lead").text().isBlank(), "description is shown");
    }

    @Test
    void shouldShowBreadcrumbsNavigationBranchAndCurrentPage() {
        Document page = Html.get(SECRETS, 200);
        List<String> crumbs = page.select("nav.breadcrumbs li").eachText();
        assertEquals(List.of("Home", "Practices", "CI and deployment"), crumbs);
        Element current = page.selectFirst("nav.doc-nav a[aria-current=page]");
        assertNotNull(current);
        assertEquals(SECRETS, current.attr("href"));
        assertNotNull(page.selectFirst("nav.doc-nav a[href=/docs/practices/release]"), "sibling sections are listed");
        assertNull(page.selectFirst("nav.doc-nav a[href=/docs/practices/release/feature-flags]"), "closed sections are not expanded");
    }

    @Test
    void shouldListH2AndH3InTableOfContentsLinkingToHeadingIds() {
        Document page = Html.get(SECRETS, 200);
        Elements toc = page.select("aside.doc-toc a");
        assertFalse(toc.isEmpty());
        for (Element link : toc) {
            String id = link.attr("href").substring(1);
            Element heading = page.getElementById(id);
            assertNotNull(heading, "TOC entry " + link.text() + " points at a heading");
            assertTrue(heading.normalName().matches("h[23]"));
        }
    }

    @Test
    void shouldLinkPreviousAndNextInNavigationOrder() {
        Document page = Html.get(SECRETS, 200);
        Element prev = page.selectFirst("nav.pager a[rel=prev]");
        Element next = page.selectFirst("nav.pager a[rel=next]");
        assertNotNull(prev);
        assertNotNull(next);
        Document nextPage = Html.get(next.attr("href"), 200);
        assertEquals(SECRETS, nextPage.selectFirst("nav.pager a[rel=prev]").attr("href"));
    }

    @Test
    void shouldMarkCodeBlocksWithLanguageAndCopyButton() {
        Document page = Html.get("/docs/practices/ci/deploying-with-github-actions", 200);
        Element code = page.selectFirst("article div.code-block pre > code.language-yaml");
        assertNotNull(code, "fenced yaml keeps its language class for highlighting");
        assertNotNull(code.parent().parent().selectFirst("button.copy-code"));
        assertNotNull(page.selectFirst("script[type=module][src=/js/signpost.js]"), "the page's script, which loads the highlighter");
        assertTrue(page.select("head script:not([type=module])").isEmpty(), "no classic script: none can leak globals into the page");
        assertNotNull(page.selectFirst("link[href=/css/signpost.css]"));
    }

    @Test
    void shouldServeTheHighlighterAsAModuleFromTheWebJar() {
        io.restassured.response.Response module = given().get("/js/highlight-core.js");
        assertEquals(200, module.statusCode());
        assertTrue(module.contentType().startsWith("text/javascript"), module.contentType());
        String source = module.asString();
        assertTrue(source.startsWith("// highlight.js 11."), "names the version it wraps");
        assertTrue(source.contains("const module = { exports: {} };") && source.strip().endsWith("export default module.exports;"));
        assertTrue(source.contains("highlightElement"), "the highlighter's own source is inside");
    }

    @Test
    void shouldRewriteRelativeMarkdownLinksToPortalUrls() {
        Document page = Html.get("/docs/practices/release/rolling-back-a-bad-deploy", 200);
        for (Element a : page.select("article a[href]")) {
            String href = a.attr("href");
            assertFalse(href.endsWith(".md") || href.contains(".md#"), "no raw .md link left: " + href);
        }
        Element img = page.selectFirst("article img[alt=Rollback flow]");
        assertNotNull(img);
        assertEquals("/docs/practices/release/rollback-flow.svg", img.attr("src"));
    }

    @Test
    void shouldServeFilesNextToMarkdownWithSandboxPolicy() {
        given().when().get("/docs/practices/release/rollback-flow.svg").then()
                .statusCode(200)
                .contentType(startsWith("image/svg+xml"))
                .header("Content-Security-Policy", containsString("sandbox"))
                .body(containsString("<svg"));
    }

    @Test
    void shouldShowStaleBannerWithDueDateAndOwner() {
        Document page = Html.get(CACHING, 200);
        Element banner = page.selectFirst(".banner-stale");
        assertNotNull(banner);
        assertTrue(banner.text().contains("Due for review since Mon 11 May 2026"), banner.text());
        assertTrue(banner.text().contains("owner: ci-platform"), banner.text());
    }

    @Test
    void shouldNotShowBannerOnFreshPage() {
        assertNull(Html.get(SECRETS, 200).selectFirst(".banner-stale"));
    }

    @Test
    void shouldListStalePagesGroupedByOwnerOldestFirst() {
        Document stale = Html.get("/docs/stale", 200);
        List<String> owners = stale.select("section.owner-group > h2").eachText();
        assertEquals(List.of("ci-platform 1", "developer-experience 1", "load-testing 1", "release-engineering 3",
                "staging-environments 1"), owners, "pages and tools alike");
        Element release = stale.select("section.owner-group").get(3);
        assertEquals(List.of("Spinnaker", "Writing a good incident review", "Feature flags"),
                release.select("tbody td:first-child a").eachText(), "oldest due date first");
    }

    @Test
    void shouldListTagsAndPagesWithATag() {
        Document tags = Html.get("/tags", 200);
        assertNotNull(tags.selectFirst("a.tag[href=/tags/github-actions]"));
        Document tag = Html.get("/tags/secrets", 200);
        List<String> titles = tag.select("ul.doc-list > li > a").eachText();
        assertTrue(titles.contains("Secrets in CI"), titles.toString());
        Html.get("/tags/no-such-tag", 404);
    }

    @Test
    void shouldListSectionsOnDocsIndex() {
        Document index = Html.get("/docs", 200);
        assertNotNull(index.selectFirst("main .lead a[href=/docs/practices]"), "the one top-level folder is linked");
    }

    @Test
    void theDocsIndexHasACardPerSectionTheRecentlyUpdatedAndTheDuePages() {
        Document index = Html.get("/docs", 200);
        List<String> sections = index.select(".section-card h2 > a").eachAttr("href");
        assertTrue(sections.size() > 1 && sections.contains("/docs/practices/ci"), "a card per section below Practices: " + sections);
        var practices = index.selectFirst(".section-card:has(h2 > a[href=/docs/practices/ci])");
        assertFalse(practices.selectFirst(".section-description").text().isBlank(), "the section's description");
        int count = Integer.parseInt(practices.selectFirst("h2 .count").text());
        assertTrue(count >= practices.select("ul > li").size() && count > 0, "pages counted below the section: " + count);
        assertTrue(practices.select("ul > li").size() <= DocsIndex.CARD_PAGES);
        int pages = Integer.parseInt(index.selectFirst(".docs-count").text().replaceAll("\\D", ""));
        assertTrue(pages >= count, "the lead counts every page: " + pages);

        List<String> times = index.select(".docs-recent li time").eachAttr("datetime");
        assertFalse(times.isEmpty(), "recently updated pages are listed");
        assertTrue(times.size() <= DocsIndex.RECENT);
        for (int i = 1; i < times.size(); i++) {
            assertTrue(java.time.Instant.parse(times.get(i - 1)).compareTo(java.time.Instant.parse(times.get(i))) >= 0, "newest first: " + times);
        }
        assertFalse(index.select(".docs-due li a").isEmpty(), "pages due for review are listed");
        assertTrue(index.select(".docs-due li").size() <= DocsIndex.DUE);
        assertNotNull(index.selectFirst(".docs-due a[href=/docs/stale]"));
        assertTrue(index.select(".docs-recent a, .docs-due li > a").eachAttr("href").stream().allMatch(h -> h.startsWith("/docs/") || h.equals("/")),
                "only documentation pages, not tools or roadmap items");
    }

    @Test
    void shouldRedirectTrailingSlashAndWrongCase() {
        given().redirects().follow(false).when().get("/docs/practices/ci/").then()
                .statusCode(301).header("Location", containsString("/docs/practices/ci"));
        given().redirects().follow(false).when().get("/docs/Practices/CI/Secrets-In-CI").then()
                .statusCode(301).header("Location", containsString(SECRETS));
    }

    @Test
    void shouldAnswerUnknownPageWithSuggestions() {
        Document page = Html.get("/docs/practices/ci/secrets-in-cii", 404);
        assertEquals("Page not found", page.selectFirst("main h1").text());
        assertTrue(page.select("ul.doc-list a").eachAttr("href").contains(SECRETS), "closest title is suggested");
        Html.get("/no/such/thing", 404);
    }

    @Test
    void shouldShowEditLinkOnlyWhenConfigured() {
        assertNull(Html.get(SECRETS, 200).selectFirst("a.edit-link"), "no signpost.content.edit-url in the default config");
    }

    @Test
    void shouldSendSecurityHeadersOnEveryResponse() {
        for (String path : List.of("/", SECRETS, "/docs/nope", "/css/signpost.css", "/api/v1/pages")) {
            given().when().get(path).then()
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Referrer-Policy", "strict-origin-when-cross-origin")
                    .header("X-Frame-Options", "DENY")
                    .header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        }
        given().when().get("/").then().header("Content-Security-Policy", containsString("script-src 'self'"));
        given().when().get(SECRETS).then().header("Cache-Control", "no-cache").contentType("text/html;charset=UTF-8");
    }

    @Test
    void shouldServeHtmlAsUtf8() {
        given().when().get(SECRETS).then().contentType(containsString("charset=UTF-8"));
    }

    @Test
    void shouldEscapeRequestedPathOnNotFoundPage() {
        String body = given().urlEncodingEnabled(false).when().get("/docs/%3Cscript%3Ealert(1)%3C%2Fscript%3E")
                .then().statusCode(404).extract().asString();
        Document page = org.jsoup.Jsoup.parse(body);
        assertTrue(page.select("main script").isEmpty());
        assertTrue(page.selectFirst("main code").text().contains("<script>alert(1)</script>"), "shown as text");
    }
}
