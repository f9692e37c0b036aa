package dev.signpost.content;

import dev.signpost.content.markdown.MarkdownRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** MkDocs snippets read through the folder source: files of the same source only, every refusal a problem of the page. */
class SnippetsLoaderTest {

    @TempDir
    Path base;
    private Path root;
    private ExecutorService pool;
    private ContentLoader loader;

    @BeforeEach
    void loader() throws IOException {
        root = Files.createDirectories(base.resolve("docs-repo"));
        pool = Executors.newFixedThreadPool(1);
        loader = new ContentLoader(root, "guides", new DocumentReader(new DocumentParser(new MarkdownRenderer(), ReviewInterval.parse("180d")), 64 * 1024, pool),
                path -> false, (path, bytes) -> { });
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void shouldIncludeSnippetsNextToThePageAndFromTheSourceRootInBothForms() throws IOException {
        write("includes/abbreviations.md", "*[CI]: Continuous Integration\n");
        write("setup/steps.md", "1. Clone\n2. Build with --8<-- nothing\n");
        write("setup/config.yml", "a: 1\nb: 2\nc: 3\n");
        write("setup/index.md", """
                # Setup

                --8<-- "steps.md"

                ```yaml
                --8<-- "config.yml:2:3"
                ```

                !!! note

                    --8<-- "includes/note.md"

                --8<--
                includes/abbreviations.md
                ;includes/ignored.md
                --8<--

                ;--8<-- "escaped.md"

                Our CI.
                """);
        write("includes/note.md", "Included **note**.\n");
        LoadedFile file = loader.load("guides/setup/index.md");
        assertNotNull(file.parsed(), String.valueOf(file.failure()));
        org.jsoup.nodes.Document html = Jsoup.parseBodyFragment(file.parsed().document().html());
        assertEquals(List.of("Clone", "Build with --8<-- nothing"), html.select("ol > li").eachText());
        assertEquals("b: 2\nc: 3", html.selectFirst("pre > code.language-yaml").wholeText().strip());
        assertEquals("note", html.selectFirst("aside.admonition-note strong").text());
        Element abbr = html.selectFirst("abbr");
        assertNotNull(abbr, html.body().html());
        assertEquals("Continuous Integration", abbr.attr("title"));
        assertTrue(html.text().contains("--8<-- \"escaped.md\""), html.text());
        assertEquals(List.of(), file.parsed().warnings());
    }

    @Test
    void shouldReportTraversalAbsoluteMissingAndLinkedSnippetsAsProblemsOfThePageWhichStillRenders() throws IOException {
        Files.writeString(base.resolve("secret.md"), "TOP SECRET");
        write("page.md", """
                Before.

                --8<-- "../../secret.md"
                --8<-- "../docs-repo/../secret.md"
                --8<-- "/etc/passwd"
                --8<-- "https://example.com/x.md"
                --8<-- "missing.md"
                --8<-- "linked.md"

                After.
                """);
        Files.createSymbolicLink(root.resolve("linked.md"), base.resolve("secret.md"));
        LoadedFile file = loader.load("guides/page.md");
        assertNotNull(file.parsed(), String.valueOf(file.failure()));
        String html = file.parsed().document().html();
        assertFalse(html.contains("SECRET"), html);
        assertFalse(html.contains("8&lt;") || html.contains("8<"), html);
        assertEquals(List.of("Before.", "After."), Jsoup.parseBodyFragment(html).select("p").eachText());
        List<ContentProblem> problems = file.parsed().warnings();
        assertEquals(6, problems.size(), problems.toString());
        assertTrue(problems.stream().allMatch(p -> p.path().equals("guides/page.md") && !p.fatal()));
        assertTrue(problems.get(0).message().contains("outside this source"), problems.get(0).message());
        assertTrue(problems.get(2).message().contains("not a path inside this source"));
        assertTrue(problems.get(4).message().contains("not found"));
        assertTrue(problems.get(5).message().contains("not found"), "a link is never followed");
    }

    @Test
    void shouldBoundNestingOfSnippetsThatIncludeThemselves() throws IOException {
        write("loop.md", "loop\n--8<-- \"loop.md\"\n");
        LoadedFile file = loader.load("guides/loop.md");
        assertNotNull(file.parsed());
        assertTrue(file.parsed().warnings().stream().anyMatch(p -> p.message().contains("nested more than")), file.parsed().warnings().toString());
    }

    private void write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
