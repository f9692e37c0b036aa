package dev.signpost.content.source;

import dev.signpost.content.ContentLoader;
import dev.signpost.content.Document;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a rescan considers changed, and what a changed folder stands for. */
class ReadFilesTest {

    private static final Document.FileStamp OLD = new Document.FileStamp(10, Instant.EPOCH);
    private static final Document.FileStamp NEW = new Document.FileStamp(12, Instant.EPOCH.plusSeconds(5));

    @Test
    void shouldReportAddedChangedAndRemovedFilesOfBothKinds() {
        ReadFiles read = new ReadFiles();
        read.record("same.md", OLD);
        read.record("edited.md", OLD);
        read.record("gone.md", OLD);
        ContentLoader.Scan scan = new ContentLoader.Scan(
                Map.of("same.md", OLD, "edited.md", NEW, "new.md", NEW),
                Map.of("img/kept.png", OLD, "img/new.png", NEW));
        Map<String, Document.FileStamp> assets = Map.of("img/kept.png", OLD, "img/gone.png", OLD);
        assertEquals(Set.of("edited.md", "new.md", "gone.md", "img/new.png", "img/gone.png"), read.changedSince(scan, assets));
    }

    @Test
    void shouldListKnownFilesBelowAFolderButNotSiblingsWithTheSamePrefix() {
        ReadFiles read = new ReadFiles();
        read.record("guide/a.md", OLD);
        read.record("guide/deep/b.md", OLD);
        read.record("guides/c.md", OLD);
        assertEquals(Set.of("guide/a.md", "guide/deep/b.md", "guide/x.png"),
                read.under("guide", Map.of("guide/x.png", OLD, "guides/y.png", OLD)));
    }
}
