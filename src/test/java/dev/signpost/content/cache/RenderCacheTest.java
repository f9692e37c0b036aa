package dev.signpost.content.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.signpost.content.InternalLink;
import dev.signpost.content.markdown.Heading;
import dev.signpost.content.markdown.MarkdownRenderer;
import dev.signpost.content.markdown.RenderedBody;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCacheTest {

    private static final String MARKDOWN = "# Deploying\n\nSee [the guide](../guide.md#steps) and ## more.\n\n## Steps\n\nÄrger? 🚀\n";

    @TempDir
    Path dir;

    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final AtomicInteger renders = new AtomicInteger();
    private final RenderCache.Renderer counting = (path, title, text) -> {
        renders.incrementAndGet();
        return markdown.render(path, title, text);
    };

    @Test
    void aRestartOverUnchangedContentRendersNothing() {
        RenderedBody first = RenderCache.in(dir, "v1").render("practices/ci.md", null, MARKDOWN, counting);
        RenderedBody again = RenderCache.in(dir, "v1").render("practices/ci.md", null, MARKDOWN, counting);

        assertEquals(1, renders.get(), "the second start reads the body instead of rendering it");
        assertEquals(first, again);
        assertEquals(markdown.render("practices/ci.md", null, MARKDOWN), again);
    }

    @Test
    void anythingThatChangesTheOutputIsAMiss() {
        RenderCache cache = RenderCache.in(dir, "v1");
        cache.render("practices/ci.md", null, MARKDOWN, counting);
        cache.render("practices/ci.md", null, MARKDOWN + "\nmore\n", counting);
        cache.render("practices/cd.md", null, MARKDOWN, counting);
        cache.render("practices/ci.md", "Declared", MARKDOWN, counting);
        RenderCache.in(dir, "v2").render("practices/ci.md", null, MARKDOWN, counting);

        assertEquals(5, renders.get());
        assertEquals(5, entries().size());
    }

    @Test
    void aDamagedEntryIsRenderedAgainAndReplaced() throws IOException {
        RenderCache.in(dir, "v1").render("a.md", null, MARKDOWN, counting);
        Path entry = entries().get(0);
        byte[] bytes = Files.readAllBytes(entry);
        bytes[bytes.length - 3] ^= 0x55;
        Files.write(entry, bytes);

        RenderedBody body = RenderCache.in(dir, "v1").render("a.md", null, MARKDOWN, counting);

        assertEquals(2, renders.get());
        assertEquals(markdown.render("a.md", null, MARKDOWN), body);
        assertEquals(body, RenderedBodyCodec.decode(Files.readAllBytes(entry)), "the entry was written again");
    }

    @Test
    void aTruncatedOrForeignFileIsNeverABody() throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        RenderedBodyCodec.encode(markdown.render("a.md", null, MARKDOWN), new DataOutputStream(buffer));
        byte[] whole = buffer.toByteArray();

        assertNull(RenderedBodyCodec.decode(java.util.Arrays.copyOf(whole, whole.length - 1)));
        assertNull(RenderedBodyCodec.decode(new byte[0]));
        assertNull(RenderedBodyCodec.decode("not a cache entry at all, just text".getBytes()));
    }

    @Test
    void everyPartOfABodySurvivesTheRoundTrip() throws IOException {
        RenderedBody body = new RenderedBody("<p>ü</p>", "ü text", "prose", null, List.of(new Heading(2, "steps", "Steps")),
                Set.of("steps"), List.of(new InternalLink("../guide.md#steps", "/docs/guide", "steps")));
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        RenderedBodyCodec.encode(body, new DataOutputStream(buffer));

        assertEquals(body, RenderedBodyCodec.decode(buffer.toByteArray()));
    }

    @Test
    void sweepingRemovesWhatNoPageAskedForSinceStart() {
        RenderCache before = RenderCache.in(dir, "v1");
        before.render("kept.md", null, MARKDOWN, counting);
        before.render("deleted.md", null, MARKDOWN, counting);

        RenderCache after = RenderCache.in(dir, "v1");
        after.render("kept.md", null, MARKDOWN, counting);
        after.sweep();

        assertEquals(1, entries().size());
        RenderCache.in(dir, "v1").render("kept.md", null, MARKDOWN, counting);
        assertEquals(2, renders.get(), "the kept page is still a hit after the sweep");
    }

    @Test
    void aFolderThatCannotBeWrittenStillRendersEveryPage() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        RenderCache cache = RenderCache.in(file, "v1");

        assertEquals(markdown.render("a.md", null, MARKDOWN), cache.render("a.md", null, MARKDOWN, counting));
        cache.render("a.md", null, MARKDOWN, counting);
        assertEquals(2, renders.get());
    }

    @Test
    void theRendererHasAFingerprintFromItsCompiledClasses() {
        String fingerprint = RendererFingerprint.current().orElseThrow();

        assertEquals(64, fingerprint.length());
        assertEquals(fingerprint, RendererFingerprint.current().orElseThrow(), "the same classes give the same fingerprint");
    }

    private List<Path> entries() {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("not-a-folder")).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void offRendersEveryTime() {
        RenderCache.off().render("a.md", null, MARKDOWN, counting);
        RenderCache.off().render("a.md", null, MARKDOWN, counting);
        assertEquals(2, renders.get());
        assertTrue(entries().isEmpty());
    }
}
