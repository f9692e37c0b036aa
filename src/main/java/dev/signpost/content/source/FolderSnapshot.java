package dev.signpost.content.source;

import dev.signpost.content.ContentLoader;
import dev.signpost.content.ContentSnapshot;
import dev.signpost.content.ContentStore;
import dev.signpost.content.DocumentParser;
import dev.signpost.content.DocumentReader;
import dev.signpost.content.LoadedFile;
import dev.signpost.content.Origin;
import dev.signpost.content.ReviewInterval;
import dev.signpost.content.SourceUpdate;
import dev.signpost.content.cache.RenderCache;
import dev.signpost.content.markdown.MarkdownRenderer;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * One folder read once into a snapshot, outside the application: no watcher, no git history, no render cache, no CDI.
 * The same reader, parser, notes and snapshot rules as the portal's local folder source ({@link FolderSource}'s first
 * load), so a command-line check finds exactly the problems {@code /admin/content} would list for that folder.
 */
public final class FolderSnapshot {

    private FolderSnapshot() {
    }

    /** The folder served at the root, as {@code signpost.content.dir} is by default. */
    public static ContentSnapshot load(Path folder, long maxBytes, ReviewInterval defaultInterval, Clock clock)
            throws IOException, InterruptedException {
        return load(folder, "", maxBytes, defaultInterval, clock);
    }

    /**
     * @param folder          the folder
     * @param mount           where it is served: {@code ""} for the root, else a folder such as {@code payments}, as a source's mount
     * @param maxBytes        files larger than this are refused ({@code signpost.content.max-file-size})
     * @param defaultInterval the review interval of pages without {@code review_every} ({@code signpost.content.default-review-every})
     * @param clock           when the snapshot is said to be built
     */
    public static ContentSnapshot load(Path folder, String mount, long maxBytes, ReviewInterval defaultInterval, Clock clock)
            throws IOException, InterruptedException {
        String at = mount(mount);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), Daemons.named("signpost-check"));
        try {
            DocumentParser parser = new DocumentParser(new MarkdownRenderer(), RenderCache.off(), defaultInterval);
            ContentLoader loader = new ContentLoader(folder, at, new DocumentReader(parser, maxBytes, pool), path -> false, (path, bytes) -> { });
            ContentLoader.Scan scan = loader.scan();
            List<LoadedFile> files = loader.loadAll(scan.markdown().keySet(), done -> { });
            ContentStore store = new ContentStore(clock);
            store.apply(new SourceUpdate(Origin.LOCAL, files, Set.of(), scan.assets(), Set.of(), Map.of(),
                    FolderNotes.of(loader, at, scan.links(), Map.of())));
            return store.snapshot();
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The mount as a source's settings would take it ({@code /payments/} is {@code payments}).
     *
     * @throws IllegalArgumentException when it is not a plain folder path
     */
    public static String mount(String mount) {
        return FolderPath.of(Origin.LOCAL, "mount", mount);
    }
}
