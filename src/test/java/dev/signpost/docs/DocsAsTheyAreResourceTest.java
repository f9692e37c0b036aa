package dev.signpost.docs;

import dev.signpost.Html;
import dev.signpost.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Docs written for MkDocs and Docusaurus, served as they are: a page with front matter that is not YAML shows with a
 * banner (its front matter folded for admins), a Windows-1252 file is served, and the navigation follows mkdocs.yml,
 * _category_ files and number prefixes. Runs on the hot-reload profile's folder (one application for both classes).
 */
@QuarkusTest
@TestProfile(HotReloadProfile.class)
class DocsAsTheyAreResourceTest {

    private static final Duration WITHIN = Duration.ofSeconds(30); // generous: the watcher shares two cores with other builds
    private static final String BROKEN = "---\ntitle: Broken page\ndescription: a: b\n---\n# Broken but readable\n\nThe body survives.\n";

    @Test
    @TestSecurity(user = "ada", roles = Roles.ADMIN)
    void shouldServeAPageWithUnreadableFrontMatterWithABannerAndShowAdminsTheFrontMatter() throws IOException {
        write("theyare-broken/page.md", BROKEN);
        awaitStatus("/docs/theyare-broken/page", 200);
        Document page = Html.get("/docs/theyare-broken/page", 200);
        Element banner = page.selectFirst("main .banner-front-matter");
        assertNotNull(banner, page.selectFirst("main").html());
        assertEquals("status", banner.attr("role"));
        assertTrue(banner.text().startsWith("This page's front matter could not be read (line 3):"), banner.text());
        assertTrue(banner.text().contains("not valid YAML"), banner.text());
        assertEquals("Broken but readable", page.selectFirst("main h1").text());
        assertTrue(page.selectFirst("article").text().contains("The body survives."));
        Element raw = page.selectFirst("main details.front-matter-raw");
        assertNotNull(raw, "admins see the front matter as written");
        assertEquals("title: Broken page\ndescription: a: b", raw.selectFirst("pre code").wholeText().strip());
        assertTrue(!raw.hasAttr("open"), "folded");

        Document admin = Html.get("/admin/content", 200);
        String row = admin.select("table.problems tr:contains(theyare-broken/page.md)").text();
        assertTrue(row.contains("not valid YAML"), row);
    }

    @Test
    @TestSecurity(user = "alice", roles = Roles.ENGINEER)
    void shouldShowReadersTheBannerButNotTheFrontMatter() throws IOException {
        write("theyare-reader/page.md", BROKEN);
        awaitStatus("/docs/theyare-reader/page", 200);
        Document page = Html.get("/docs/theyare-reader/page", 200);
        assertNotNull(page.selectFirst("main .banner-front-matter"));
        assertNull(page.selectFirst("details.front-matter-raw"));
        assertTrue(page.select("main").text().contains("Broken but readable"));
    }

    @Test
    @TestSecurity(user = "ada", roles = Roles.ADMIN)
    void shouldServeAWindows1252FileAndWarnAboutIt() throws IOException {
        Path file = HotReloadProfile.DIR.resolve("theyare-legacy.md");
        Files.write(file, "# Café – “quoted”\n\nSaved by an old editor.\n".getBytes(Charset.forName("windows-1252")));
        awaitStatus("/docs/theyare-legacy", 200);
        assertEquals("Café – “quoted”", Html.get("/docs/theyare-legacy", 200).selectFirst("main h1").text());
        Document admin = Html.get("/admin/content", 200);
        String row = admin.select("table.problems tr:contains(theyare-legacy.md)").text();
        assertTrue(row.contains("Windows-1252"), row);
    }

    @Test
    @TestSecurity(user = "alice", roles = Roles.ENGINEER)
    void shouldFollowMkdocsNavWithSectionsAndExternalLinks() throws IOException {
        Files.createDirectories(HotReloadProfile.DIR.resolve("theyare-mk/docs/guides"));
        write("theyare-mk/docs/index.md", "# Handbook home\n");
        write("theyare-mk/docs/guides/deploy.md", "# How we deploy\n");
        write("theyare-mk/docs/guides/rollback.md", "# Rolling back\n");
        write("theyare-mk/docs/zz-extra.md", "# Not in nav\n");
        write("theyare-mk/mkdocs.yml", "site_name: The Handbook\nnav:\n  - Home: index.md\n  - Guides:\n"
                + "      - Rolling back: guides/rollback.md\n      - guides/deploy.md\n  - Status page: https://status.example.com/\n");
        await().atMost(WITHIN).until(() -> given().get("/docs/theyare-mk/docs/guides/deploy").statusCode() == 200
                && Html.get("/docs/theyare-mk/docs/guides/deploy", 200).select("nav.doc-nav a:contains(Rolling back)").size() == 1);
        Document page = Html.get("/docs/theyare-mk/docs/guides/deploy", 200);
        Element section = page.selectFirst("nav.doc-nav li.nav-open:has(> span.nav-folder:contains(The Handbook))");
        assertNotNull(section, page.selectFirst("nav.doc-nav").html());
        List<String> entries = section.select("> ul > li > a, > ul > li > span").eachText();
        assertEquals(List.of("Home", "Guides", "Status page (another site)", "Not in nav"), entries);
        Element guides = section.selectFirst("> ul > li:has(> span:contains(Guides))");
        assertEquals(List.of("Rolling back", "How we deploy"), guides.select("> ul > li > a").eachText());
        assertEquals("page", guides.selectFirst("a:contains(How we deploy)").attr("aria-current"));
        Element external = section.selectFirst("a.nav-external");
        assertEquals("https://status.example.com/", external.attr("href"));
        assertEquals(404, given().get("/docs/theyare-mk/mkdocs.yml").statusCode(), "mkdocs.yml is not a file the portal serves");
    }

    @Test
    @TestSecurity(user = "alice", roles = Roles.ENGINEER)
    void shouldFollowDocusaurusCategoriesPrefixesAndHideTheTableOfContents() throws IOException {
        Files.createDirectories(HotReloadProfile.DIR.resolve("theyare-dz/2-guides"));
        write("theyare-dz/2-guides/_category_.json", "{\"label\": \"How-to guides\", \"position\": 1}");
        write("theyare-dz/2-guides/setup.md", "---\nhide_table_of_contents: true\n---\n# Setup\n\n## One\n\n## Two\n");
        write("theyare-dz/05-intro.md", "---\nsidebar_label: Intro\n---\n# Introduction\n\n## Part\n");
        awaitStatus("/docs/theyare-dz/guides/setup", 200);
        await().atMost(WITHIN).until(() -> given().get("/docs/theyare-dz/intro").statusCode() == 200);
        Document setup = Html.get("/docs/theyare-dz/guides/setup", 200);
        assertNull(setup.selectFirst("aside.doc-toc h2"), "hide_table_of_contents");
        Element folder = setup.selectFirst("nav.doc-nav li.nav-open:has(> span:contains(Theyare dz))");
        assertNotNull(folder, setup.selectFirst("nav.doc-nav").html());
        assertEquals(List.of("How-to guides", "Intro"), folder.select("> ul > li > a, > ul > li > span").eachText());
        assertNotNull(Html.get("/docs/theyare-dz/intro", 200).selectFirst("aside.doc-toc h2"), "other pages keep theirs");

        write("theyare-dz/CLI.md", "---\nid: command-line\n---\n# Command line\n");
        awaitStatus("/docs/theyare-dz/command-line", 200);
        given().redirects().follow(false).get("/docs/theyare-dz/CLI").then().statusCode(301)
                .header("Location", org.hamcrest.Matchers.endsWith("/docs/theyare-dz/command-line"));
    }

    private static void awaitStatus(String path, int status) {
        await().atMost(WITHIN).until(() -> given().get(path).statusCode() == status);
    }

    private static void write(String path, String content) throws IOException {
        Path file = HotReloadProfile.DIR.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
