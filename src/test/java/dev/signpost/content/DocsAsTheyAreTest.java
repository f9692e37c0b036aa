package dev.signpost.content;

import dev.signpost.content.markdown.MarkdownRenderer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * MkDocs and Docusaurus docs folders as their authors wrote them, loaded from disk into a snapshot: the navigation's
 * order and titles, the addresses, and what content health says.
 */
class DocsAsTheyAreTest {

    @TempDir
    Path root;
    private ExecutorService pool;

    @BeforeEach
    void pool() {
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    // ---- MkDocs ----

    @Test
    void shouldOrderAndTitleAnMkdocsFolderByItsNavAndListTheRestAfter() throws Exception {
        writeMkdocsTree("handbook");
        ContentSnapshot snapshot = load("");

        NavNode handbook = only(snapshot.navigation(), "Platform Handbook");
        assertEquals("handbook", handbook.folder(), "site_name names the section");
        assertEquals(List.of("Welcome", "Getting started", "Guides", "GitHub", "Unlisted", "Zeta unlisted"),
                titles(handbook.children()));
        NavNode guides = handbook.children().get(2);
        assertEquals("/docs/handbook/docs/guides", guides.url(), "a section whose first entry is its index links to it");
        assertEquals(List.of("Deploying", "Rolling back"), titles(guides.children()));
        NavNode github = handbook.children().get(3);
        assertTrue(github.external());
        assertEquals("https://github.com/example/handbook", github.href());
        assertEquals("/docs/handbook/docs/getting-started", handbook.children().get(1).url());
        assertTrue(guides.contains("/docs/handbook/docs/guides/rollback"));
        assertTrue(handbook.contains("/docs/handbook/docs/guides/rollback"));
        assertFalse(snapshot.byUrl().containsKey("/docs/handbook/mkdocs.yml"), "mkdocs.yml is never a page");
        assertTrue(snapshot.page("/docs/handbook/docs/zeta").isPresent(), "pages missing from nav are still served");
        assertEquals(List.of("handbook/docs/index.md", "handbook/docs/getting-started.md", "handbook/docs/guides/index.md",
                "handbook/docs/guides/deploy.md", "handbook/docs/guides/rollback.md", "handbook/docs/unlisted/index.md",
                "handbook/docs/zeta.md"), snapshot.reading().stream().map(Document::path).toList(), "reading order follows the nav");
    }

    @Test
    void shouldReportNavEntriesThatNameNoPageAndIgnorePythonTagsAndUnknownKeys() throws Exception {
        write("site/mkdocs.yml", """
                site_name: Tagged
                theme:
                  name: material
                  features: [navigation.tabs]
                markdown_extensions:
                  - pymdownx.emoji:
                      emoji_index: !!python/name:material.extensions.emoji.twemoji
                      emoji_generator: !!python/name:material.extensions.emoji.to_svg
                  - pymdownx.superfences:
                      custom_fences:
                        - name: mermaid
                          format: !!python/name:pymdownx.superfences.fence_code_format
                extra: {analytics: {provider: google}}
                nav:
                  - Home: index.md
                  - Missing: nowhere.md
                """);
        write("site/docs/index.md", "# Home of tagged\n");
        ContentSnapshot snapshot = load("");
        NavNode site = only(snapshot.navigation(), "Tagged");
        assertEquals(List.of("Home"), titles(site.children()));
        assertTrue(snapshot.allProblems().stream().anyMatch(p -> p.path().equals("site/mkdocs.yml")
                && p.message().contains("nowhere.md") && !p.fatal()), snapshot.allProblems().toString());
        assertFalse(snapshot.allProblems().stream().anyMatch(ContentProblem::fatal), snapshot.allProblems().toString());
    }

    @Test
    void shouldMakeABrokenMkdocsYmlAContentProblemNotAFailedLoad() throws Exception {
        write("site/mkdocs.yml", "site_name: Broken\nnav:\n  - Home: index.md\n   - bad indent: [\n");
        write("site/index.md", "# Still here\n");
        ContentSnapshot snapshot = load("");
        assertTrue(snapshot.page("/docs/site").isPresent());
        ContentProblem problem = snapshot.problems().get("site/mkdocs.yml").get(0);
        assertTrue(problem.message().contains("not valid YAML"), problem.message());
        assertTrue(problem.line() > 0);
    }

    @Test
    void shouldTakeNavPathsFromTheFoldersOwnDocsWhenTheSourceMountedTheDocsDir() throws Exception {
        // A git source mounts docs_dir and hands its mkdocs.yml over beside the pages.
        write("mkdocs.yml", "site_name: Root\ndocs_dir: documentation\nnav:\n  - b.md\n  - First: a.md\n");
        write("a.md", "# A page\n");
        write("b.md", "# B page\n");
        ContentSnapshot snapshot = load("");
        assertEquals(List.of("B page", "First"), titles(snapshot.navigation()));
    }

    // ---- Docusaurus ----

    @Test
    void shouldOrderDocusaurusFoldersByCategoryAndNumberPrefixesWithoutShowingThem() throws Exception {
        write("dev/01-intro.md", "---\nsidebar_label: Start here\n---\n# Introduction to the platform\n");
        write("dev/02-setup.md", "# Setup\n");
        write("dev/10-faq.md", "# FAQ\n");
        write("dev/2-guides/_category_.json", "{\"label\": \"How-to guides\", \"position\": 1.5, \"link\": {\"type\": \"generated-index\"}}");
        write("dev/2-guides/b.md", "---\nsidebar_position: 1\n---\n# Second by name, first by position\n");
        write("dev/2-guides/a.md", "---\nsidebar_position: 2\n---\n# A\n");
        write("dev/3-reference/_category_.yml", "label: API reference\nposition: 0\ncollapsed: false\n");
        write("dev/3-reference/api.md", "# API\n");
        write("dev/3-reference/2026-11-01-notes.md", "# Dated\n");
        ContentSnapshot snapshot = load("");

        NavNode dev = only(snapshot.navigation(), "Dev");
        assertEquals(List.of("API reference", "Start here", "How-to guides", "Setup", "FAQ"), titles(dev.children()));
        assertEquals("/docs/dev/intro", dev.children().get(1).url());
        assertEquals("Start here", snapshot.page("/docs/dev/intro").orElseThrow().title(),
                "sidebar_label is the title when there is none (as before), the heading stays in the body");
        NavNode guides = dev.children().get(2);
        assertEquals("dev/2-guides", guides.folder());
        assertEquals(List.of("Second by name, first by position", "A"), titles(guides.children()));
        assertEquals("/docs/dev/guides/b", guides.children().get(0).url());
        assertTrue(guides.contains("/docs/dev/guides/a"));
        assertTrue(snapshot.page("/docs/dev/reference/2026-11-01-notes").isPresent(), "a date keeps its digits");
        assertTrue(snapshot.allProblems().isEmpty(), snapshot.allProblems().toString());
    }

    @Test
    void shouldServeDocusaurusSlugsAndIdsAndReportACollision() throws Exception {
        write("dev/guide.md", "---\nslug: /start\n---\n# Guide at the top\n");
        write("dev/other.md", "---\nslug: moved\n---\n# Relative slug\n");
        write("dev/named.md", "---\nid: renamed\nhide_table_of_contents: true\n---\n# Named\n");
        write("dev/clash-a.md", "---\nslug: same\n---\n# Clash A\n");
        write("dev/clash-b.md", "---\nslug: same\n---\n# Clash B\n");
        write("dev/bad.md", "---\nslug: ../../etc\n---\n# Bad slug\n");
        ContentSnapshot snapshot = load("");

        assertEquals("dev/guide.md", snapshot.page("/docs/start").orElseThrow().path(), "/x counts from the source's top");
        assertEquals("dev/other.md", snapshot.page("/docs/dev/moved").orElseThrow().path());
        Document named = snapshot.page("/docs/dev/renamed").orElseThrow();
        assertTrue(named.hidesTableOfContents());
        assertEquals("dev/clash-a.md", snapshot.page("/docs/dev/same").orElseThrow().path());
        assertTrue(snapshot.conflicts().stream().anyMatch(p -> p.path().equals("dev/clash-b.md") && p.message().contains("/docs/dev/same")));
        assertTrue(snapshot.page("/docs/dev/bad").isPresent(), "a slug that leaves the content is ignored");
        assertTrue(snapshot.problems().get("dev/bad.md").get(0).message().contains("slug"));
        NavNode dev = only(snapshot.navigation(), "Dev");
        assertTrue(dev.contains("/docs/start"), "the branch of a page with a slug opens on it");
    }

    @Test
    void shouldCountAbsoluteSlugsFromTheSourcesMount() throws Exception {
        write("guide.md", "---\nslug: /\n---\n# Source home\n");
        ContentSnapshot snapshot = load("handbook");
        assertEquals("handbook/guide.md", snapshot.page("/docs/handbook").orElseThrow().path());
    }

    @Test
    void shouldKeepTheAddressesOfFilesWithoutPrefixesOrOtherToolsKeys() throws Exception {
        write("practices/ci/index.md", "---\ntitle: CI\norder: 2\n---\nx");
        write("practices/ci/caching.md", "---\ntitle: Caching\n---\nx");
        write("practices/2026-q4.md", "# Quarter\n");
        write("adr/0001-use-git.md", "# Use git\n");
        ContentSnapshot snapshot = load("");
        assertEquals(List.of("/docs/adr/0001-use-git", "/docs/practices/2026-q4", "/docs/practices/ci", "/docs/practices/ci/caching"),
                snapshot.byUrl().keySet().stream().sorted().toList());
    }

    // ---- stale beats 404, encodings ----

    @Test
    void shouldServeAPageWithBrokenFrontMatterAndNoLastGoodVersionWithTheProblemListed() throws Exception {
        write("guides/broken.md", "---\ntitle: Broken\ndescription: a: b\n---\n# Broken but readable\n\nBody text.\n");
        ContentSnapshot snapshot = load("");
        Document doc = snapshot.page("/docs/guides/broken").orElseThrow();
        assertEquals("Broken but readable", doc.title());
        assertEquals(3, doc.unreadFrontMatter().line());
        ContentProblem problem = snapshot.problems().get("guides/broken.md").get(0);
        assertTrue(problem.fatal());
        assertEquals(3, problem.line());
    }

    @Test
    void shouldKeepTheLastGoodVersionWhenFrontMatterBreaksLater() throws Exception {
        write("a.md", "---\ntitle: Good\n---\nGood body.\n");
        ContentLoader loader = loader("");
        SnapshotChange change = new SnapshotChange(ContentSnapshot.EMPTY);
        change.apply(loader.load("a.md"));
        ContentSnapshot good = change.build(Instant.EPOCH);
        write("a.md", "---\ntitle: Good\ndescription: a: b\n---\nBroken body.\n");
        SnapshotChange next = new SnapshotChange(good);
        next.apply(loader.load("a.md"));
        ContentSnapshot after = next.build(Instant.EPOCH);
        Document doc = after.page("/docs/a").orElseThrow();
        assertEquals("Good", doc.title());
        assertNull(doc.unreadFrontMatter());
        assertTrue(doc.text().contains("Good body."));
        assertTrue(after.problems().get("a.md").get(0).message().contains("not valid YAML"));
    }

    @Test
    void shouldServeWindows1252AndUtf16FilesWrittenAsBytes() throws Exception {
        Files.createDirectories(root.resolve("enc"));
        Files.write(root.resolve("enc/legacy.md"), "# Café – naïve “quotes”\n".getBytes(Charset.forName("windows-1252")));
        Files.write(root.resolve("enc/utf16le.md"), bom(StandardCharsets.UTF_16LE, "# Grüße aus UTF-16 LE\n"));
        Files.write(root.resolve("enc/utf16be.md"), bom(StandardCharsets.UTF_16BE, "# Grüße aus UTF-16 BE\n"));
        ContentSnapshot snapshot = load("");
        assertEquals("Café – naïve “quotes”", snapshot.page("/docs/enc/legacy").orElseThrow().title());
        assertEquals("Grüße aus UTF-16 LE", snapshot.page("/docs/enc/utf16le").orElseThrow().title());
        assertEquals("Grüße aus UTF-16 BE", snapshot.page("/docs/enc/utf16be").orElseThrow().title());
        assertEquals(List.of("enc/legacy.md"), snapshot.problems().keySet().stream().toList());
        ContentProblem warning = snapshot.problems().get("enc/legacy.md").get(0);
        assertFalse(warning.fatal());
        assertTrue(warning.message().contains("Windows-1252"));
    }

    // ---- fixtures ----

    private void writeMkdocsTree(String folder) throws IOException {
        write(folder + "/mkdocs.yml", """
                site_name: Platform Handbook
                site_url: https://example.org/handbook/
                docs_dir: docs
                nav:
                  - Welcome: index.md
                  - getting-started.md
                  - Guides:
                      - guides/index.md
                      - Deploying: guides/deploy.md
                      - guides/rollback.md
                  - GitHub: https://github.com/example/handbook
                plugins: [search]
                """);
        write(folder + "/docs/index.md", "# Handbook home\n");
        write(folder + "/docs/getting-started.md", "---\ntitle: Getting started\n---\nStart.\n");
        write(folder + "/docs/guides/index.md", "# Guides\n");
        write(folder + "/docs/guides/deploy.md", "# How we deploy\n");
        write(folder + "/docs/guides/rollback.md", "# Rolling back\n");
        write(folder + "/docs/zeta.md", "# Zeta unlisted\n");
        write(folder + "/docs/unlisted/index.md", "# Unlisted\n");
    }

    private static byte[] bom(Charset charset, String text) {
        return ("\uFEFF" + text).getBytes(charset);
    }

    private ContentLoader loader(String mount) {
        DocumentParser parser = new DocumentParser(new MarkdownRenderer(), ReviewInterval.parse("180d")).withMount(mount);
        return new ContentLoader(root, mount, new DocumentReader(parser, 1 << 20, pool), path -> false, (path, bytes) -> { });
    }

    private ContentSnapshot load(String mount) throws Exception {
        ContentLoader loader = loader(mount);
        ContentLoader.Scan scan = loader.scan();
        SnapshotChange change = new SnapshotChange(ContentSnapshot.EMPTY);
        loader.loadAll(scan.markdown().keySet(), n -> { }).forEach(change::apply);
        change.assets().putAll(scan.assets());
        return change.build(Instant.EPOCH);
    }

    private static NavNode only(List<NavNode> nodes, String title) {
        List<NavNode> found = nodes.stream().filter(n -> n.title().equals(title)).toList();
        assertEquals(1, found.size(), titles(nodes).toString());
        assertNotNull(found.get(0));
        return found.get(0);
    }

    private static List<String> titles(List<NavNode> nodes) {
        return nodes.stream().map(NavNode::title).collect(Collectors.toList());
    }

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
