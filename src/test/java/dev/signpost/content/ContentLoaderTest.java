package dev.signpost.content;

import dev.signpost.content.markdown.MarkdownRenderer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The file-system edge: what counts as content, and every way reading a file can fail becoming a problem. */
class ContentLoaderTest {

    @TempDir
    Path root;
    private ExecutorService pool;
    private ContentLoader loader;

    @BeforeEach
    void loader() {
        pool = Executors.newFixedThreadPool(2);
        loader = new ContentLoader(root, new DocumentParser(new MarkdownRenderer(), ReviewInterval.parse("180d")), 1024, pool);
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void shouldScanMarkdownAndAssetsButNotHiddenOrEditorScratchFiles() throws IOException {
        for (String file : List.of("a.md", "sub/b.markdown", "img.png", ".hidden.md", ".git/config", "a.md~", "a.md.swp",
                "#a.md#", "4913", ".github/workflows/ci.yml")) {
            write(file, "x");
        }
        ContentLoader.Scan scan = loader.scan();
        assertEquals(Set.of("a.md", "sub/b.markdown"), scan.markdown().keySet());
        assertEquals(Set.of("img.png"), scan.assets().keySet());
        assertEquals(Set.of("sub/b.markdown"), loader.scan("sub").markdown().keySet());
        assertTrue(loader.scan("../..").markdown().isEmpty(), "a folder outside the root is never scanned");
    }

    @Test
    void shouldLoadAllFilesConcurrentlyAndReportProgress() throws Exception {
        write("one.md", "# One\n");
        write("two.md", "# Two\n");
        List<Integer> progress = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<LoadedFile> results = loader.loadAll(List.of("one.md", "two.md"), progress::add);
        assertEquals(List.of("One", "Two"), results.stream().map(r -> r.parsed().document().title()).toList());
        assertEquals(List.of(1, 2), progress);
    }

    @Test
    void shouldTurnOversizedFileIntoProblemWithItsStamp() throws IOException {
        write("big.md", "x".repeat(2048));
        LoadedFile result = loader.load("big.md");
        assertNull(result.parsed());
        assertTrue(result.failure().fatal());
        assertTrue(result.failure().message().contains("over the limit"), result.failure().message());
        assertNotNull(result.stamp(), "the stamp is kept so a rescan does not retry an unchanged file");
    }

    @Test
    void shouldTurnUnreadableContentIntoProblems() throws IOException {
        Files.write(root.resolve("latin1.md"), new byte[] {'c', 'a', 'f', (byte) 0xE9});
        LoadedFile latin1 = loader.load("latin1.md");
        assertEquals("café", latin1.parsed().document().text(), "read as Windows-1252");
        assertTrue(latin1.parsed().warnings().get(0).message().contains("UTF-8"));
        assertTrue(loader.load("missing.md").failure().fatal());
        write("yaml.md", "---\ntitle: [\n---\nbody\n");
        LoadedFile yaml = loader.load("yaml.md");
        assertEquals(2, yaml.parsed().warnings().get(0).line(), "served without its front matter, the line reported");
        assertEquals(2, yaml.parsed().document().unreadFrontMatter().line());
        assertTrue(loader.load("../outside.md").failure().message().contains("outside"));
    }

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
