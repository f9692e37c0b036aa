package dev.signpost.content.source;

import dev.signpost.content.AssetFile;
import dev.signpost.content.ContentConfig;
import dev.signpost.content.ContentLoader;
import dev.signpost.content.ContentPaths;
import dev.signpost.content.ContentSource;
import dev.signpost.content.ContentStore;
import dev.signpost.content.Document;
import dev.signpost.content.LoadedFile;
import dev.signpost.content.Origin;
import dev.signpost.content.SourceStatus;
import dev.signpost.content.SourceUpdate;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The local content folder ({@code signpost.content.dir}) as a source: read at start, then watched; only changed files
 * are read again, once the folder has been quiet for the settle time, and a file that is still being written is read
 * again later instead of becoming a page. A periodic rescan catches what the watcher missed.
 */
final class FolderSource implements ContentSource {

    private static final Logger LOG = Logger.getLogger(FolderSource.class);

    private final ContentLoader loader;
    private final ContentConfig config;
    private final ContentStore store;
    private final SourceRuntime runtime;
    private final FolderOrigins origins;
    private final Map<String, String> mountedInside;
    private final FolderPaths own;
    private final SourceBook book;
    /** Guarded by {@code this}. */
    private final ReadFiles read = new ReadFiles();
    private ContentWatcher watcher;

    FolderSource(ContentLoader loader, ContentConfig config, ContentStore store, SourceRuntime runtime, FolderOrigins origins,
            Map<String, String> mountedInside) {
        this.loader = loader;
        this.config = config;
        this.store = store;
        this.runtime = runtime;
        this.origins = origins;
        this.mountedInside = Map.copyOf(mountedInside);
        this.own = new FolderPaths(loader, mount(), this.mountedInside.keySet());
        this.book = new SourceBook(Origin.LOCAL, "folder", loader.root().toString(), mount(), runtime.clock());
    }

    @Override
    public String name() {
        return Origin.LOCAL;
    }

    @Override
    public String mount() {
        return config.mount().map(m -> SourceSettings.path(Origin.LOCAL, "mount", m)).orElse("");
    }

    @Override
    public SourceStatus status() {
        return book.status();
    }

    @Override
    public void start() throws InterruptedException {
        synchronized (this) {
            try {
                ContentLoader.Scan scan = loader.scan();
                store.expect(scan.markdown().size());
                origins.update();
                List<LoadedFile> files = loader.loadAll(scan.markdown().keySet(), n -> store.loadedOne());
                apply(files, Set.of(), scan.assets(), Set.of(), scan.links());
                book.succeeded(null, null, null);
            } catch (IOException | RuntimeException e) {
                book.failed("The content folder could not be read: " + e.getMessage());
                LOG.errorf("Loading content from %s failed: %s", loader.root(), e);
            }
        }
        try {
            startWatching();
        } catch (IOException e) {
            LOG.warnf("Could not watch %s for changes (%s); the periodic rescan will pick them up", loader.root(), e.getMessage());
        }
    }

    private void startWatching() throws IOException {
        if (config.watch().enabled() && Files.isDirectory(loader.root())) {
            watcher = new ContentWatcher(loader, config.watch().settle().toMillis(), this::refresh, this::rescan);
            watcher.start();
            rescan();
        }
        long every = config.watch().rescanInterval().toMillis();
        if (every > 0) {
            runtime.timer().scheduleWithFixedDelay(this::rescan, every, every, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void requestRefresh(String reason) {
        runtime.timer().execute(this::rescan);
    }

    /** Re-reads the given content paths (files, folders, or things that were deleted) and hands over what changed. */
    synchronized void refresh(Collection<String> paths) {
        LOG.debugf("Reading changed content: %s", paths);
        Set<String> expanded = own.expand(paths, own.assets(store.snapshot().assets()), read);
        List<String> markdown = new ArrayList<>();
        Set<String> removed = new HashSet<>();
        Map<String, Document.FileStamp> assets = new HashMap<>();
        Set<String> assetsRemoved = new HashSet<>();
        for (String path : expanded) {
            if (!own.owns(path)) {
                continue;
            }
            if (ContentPaths.isDocumentFile(path)) {
                if (loader.exists(path)) {
                    markdown.add(path);
                } else {
                    removed.add(path);
                    read.forget(path);
                }
            } else {
                try {
                    assets.put(path, loader.stamp(path));
                } catch (IOException e) {
                    assetsRemoved.add(path);
                }
            }
        }
        try {
            origins.update();
            List<LoadedFile> files = loader.loadAll(markdown, n -> { });
            apply(files, removed, assets, assetsRemoved, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warnf("Refreshing %s failed: %s", expanded, e.getMessage());
        }
    }

    /** Compares every file with what was read last and refreshes the ones that differ. */
    void rescan() {
        try {
            ContentLoader.Scan scan = loader.scan();
            synchronized (this) {
                Set<String> changed = read.changedSince(scan, own.assets(store.snapshot().assets()));
                if (!changed.isEmpty()) {
                    refresh(changed);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Rescanning the content folder failed: %s", e.getMessage());
        }
    }

    /** Hands files over with their origins; a file still being written is left for a later look. */
    private void apply(List<LoadedFile> files, Set<String> removed, Map<String, Document.FileStamp> assets, Set<String> assetsRemoved,
            Set<String> links) {
        List<LoadedFile> done = new ArrayList<>();
        List<String> again = new ArrayList<>();
        for (LoadedFile file : files) {
            if (file.changing() || origins.stillBeingWritten(file)) {
                again.add(file.path());
                continue;
            }
            done.add(file.withOrigin(origins.origin(file)));
            read.record(file.path(), file.stamp());
        }
        store.apply(new SourceUpdate(name(), done, removed, assets, assetsRemoved, Map.of(), links == null ? null : FolderNotes.of(loader, mount(), links, mountedInside)));
        if (!again.isEmpty()) {
            long settle = Math.max(1, config.watch().settle().toMillis());
            LOG.debugf("Still being written, read again in %d ms: %s", settle, again);
            runtime.timer().schedule(() -> refresh(again), settle, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public Optional<AssetFile> open(String path) {
        return own.owns(path) ? FolderNotes.open(loader, path) : Optional.empty();
    }

    @Override
    public void stop() {
        if (watcher != null) {
            watcher.close();
        }
        origins.close();
    }
}
