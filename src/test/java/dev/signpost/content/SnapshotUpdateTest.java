package dev.signpost.content;

import dev.signpost.content.markdown.MarkdownRenderer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The edit shortcut must give exactly the snapshot a full build gives, and must be taken only when it may be. */
class SnapshotUpdateTest {

    private static final Instant AT = Instant.parse("2026-11-28T12:00:00Z");
    private final DocumentParser parser = new DocumentParser(new MarkdownRenderer(), ReviewInterval.parse("180d"));
    private final Map<String, Document> docs = new HashMap<>();
    private final Map<String, Document.FileStamp> assets = Map.of("guide/diagram.png", new Document.FileStamp(10, Instant.EPOCH));
    private ContentSnapshot base;

    @BeforeEach
    void content() throws ContentException {
        put("index.md", "---\ntitle: Home\n---\nSee [setup](guide/setup.md#install) and [missing](guide/nope.md).\n");
        put("guide/index.md", "---\ntitle: Guide\ntags: [ops]\n---\n![d](diagram.png)\n");
        put("guide/setup.md", "---\ntitle: Setup\ntags: [ops, ci]\norder: 1\n---\n## Install\nText.\n");
        put("guide/usage.md", "---\ntitle: Usage\ntags: [ci]\n---\nBack to [install](setup.md#install).\n");
        base = SnapshotBuilder.build(docs, assets, Map.of(), AT);
    }

    @Test
    void shouldMatchFullBuildWhenAnEditRemovesAnAnchorOthersLinkTo() throws ContentException {
        put("guide/setup.md", "---\ntitle: Setup\ntags: [ops, ci]\norder: 1\n---\n## Installing\nText.\n");
        ContentSnapshot updated = update("guide/setup.md");
        assertEquals(SnapshotBuilder.build(docs, assets, Map.of(), AT), updated);
        assertSame(base.navigation(), updated.navigation(), "the shortcut was taken");
        assertEquals(2, updated.brokenLinks().stream().filter(l -> l.reason().contains("#install")).count(),
                "both pages linking to the old anchor are rechecked");
    }

    @Test
    void shouldMatchFullBuildWhenAnEditAddsABrokenLinkAndFixesAnother() throws ContentException {
        put("index.md", "---\ntitle: Home\n---\nSee [setup](guide/setup.md#install) and [gone](guide/gone.md).\n");
        ContentSnapshot updated = update("index.md");
        assertEquals(SnapshotBuilder.build(docs, assets, Map.of(), AT), updated);
        assertTrue(updated.brokenLinks().stream().anyMatch(l -> l.href().equals("guide/gone.md")));
        assertTrue(updated.brokenLinks().stream().noneMatch(l -> l.href().equals("guide/nope.md")));
        assertEquals(Set.of("index.md"), updated.linkedFrom().get("/docs/guide/gone"));
    }

    @Test
    void shouldRebuildWhenAnEditChangesWhatNavigationShows() throws ContentException {
        put("guide/usage.md", "---\ntitle: Using it\ntags: [ci]\norder: 0\n---\nBody.\n");
        ContentSnapshot updated = update("guide/usage.md");
        assertEquals(SnapshotBuilder.build(docs, assets, Map.of(), AT), updated);
        assertNotSame(base.navigation(), updated.navigation());
        assertEquals("Using it", updated.navigation().get(0).children().get(0).title(), "order 0 now sorts first");
    }

    @Test
    void shouldRebuildWhenAPageIsAddedOrRemoved() throws ContentException {
        put("guide/new.md", "---\ntitle: New\n---\nLinks to [usage](usage.md).\n");
        assertEquals(SnapshotBuilder.build(docs, assets, Map.of(), AT), update("guide/new.md"));
        docs.remove("guide/usage.md");
        ContentSnapshot removed = SnapshotUpdate.apply(base, docs, assets, Map.of(), Set.of("guide/usage.md"), AT);
        assertEquals(SnapshotBuilder.build(docs, assets, Map.of(), AT), removed);
    }

    @Test
    void shouldKeepTagListsPointingAtTheNewDocument() throws ContentException {
        put("guide/setup.md", "---\ntitle: Setup\ntags: [ops, ci]\norder: 1\n---\n## Install\nNew text.\n");
        ContentSnapshot updated = update("guide/setup.md");
        assertTrue(updated.tagged("ci").stream().anyMatch(d -> d.text().contains("New text.")));
        assertEquals(List.of("Setup", "Usage"), updated.tagged("ci").stream().map(Document::title).toList());
    }

    private ContentSnapshot update(String path) {
        return SnapshotUpdate.apply(base, docs, assets, Map.of(), Set.of(path), AT);
    }

    private void put(String path, String source) throws ContentException {
        docs.put(path, parser.parse(path, source.getBytes(StandardCharsets.UTF_8), new Document.FileStamp(source.length(), Instant.EPOCH)).document());
    }
}
