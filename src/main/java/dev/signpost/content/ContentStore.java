package dev.signpost.content;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Holds the current {@link ContentSnapshot} and replaces it when files change. The first load runs in the
 * background so the HTTP server starts at once; every later change re-reads only the files that changed and
 * swaps in a new snapshot. A file that fails keeps its last good version.
 */
@ApplicationScoped
public class ContentStore {

    private static final Logger LOG = Logger.getLogger(ContentStore.class);

    private final AtomicReference<ContentSnapshot> current = new AtomicReference<>(ContentSnapshot.EMPTY);
    private final AtomicInteger loaded = new AtomicInteger();
    private final AtomicInteger total = new AtomicInteger();
    private volatile boolean ready;
    /** Guarded by {@code this}. */
    private final ReadFiles read = new ReadFiles();

    @Inject
    ContentConfig config;
    @Inject
    Clock clock;
    @Inject
    Event<ContentChanged> changes;

    private ExecutorService pool;
    private ScheduledExecutorService rescans;
    private ContentLoader loader;
    private ContentWatcher watcher;

    // First of the start-up observers: the content load is the long pole of start-up, and other observers (such as
    // the database migration) run while it does.
    void onStart(@Observes @Priority(1) StartupEvent event) {
        int threads = config.loadThreads() > 0 ? config.loadThreads() : Runtime.getRuntime().availableProcessors();
        pool = Executors.newFixedThreadPool(threads, daemon("signpost-content-worker"));
        DocumentParser parser = new DocumentParser(new MarkdownRenderer(), config.defaultReviewEvery());
        loader = new ContentLoader(config.dir(), parser, config.maxFileSize().asLongValue(), pool);
        Thread first = daemon("signpost-content-load").newThread(this::initialLoad);
        first.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        if (watcher != null) {
            watcher.close();
        }
        if (rescans != null) {
            rescans.shutdownNow();
        }
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    public ContentSnapshot snapshot() {
        return current.get();
    }

    public LoadStatus status() {
        return new LoadStatus(ready, loaded.get(), total.get());
    }

    private void initialLoad() {
        long start = System.nanoTime();
        try {
            synchronized (this) {
                ContentLoader.Scan scan = loader.scan();
                total.set(scan.markdown().size());
                List<ContentLoader.Result> results = loader.loadAll(scan.markdown().keySet(), loaded::set);
                SnapshotChange change = new SnapshotChange(ContentSnapshot.EMPTY);
                results.forEach(change::apply);
                change.assets().putAll(scan.assets());
                if (!Files.isDirectory(loader.root())) {
                    change.problems().put("", List.of(ContentProblem.error("", 0, "The content folder " + loader.root()
                            + " does not exist; set signpost.content.dir to the folder that holds your Markdown.")));
                }
                results.forEach(r -> read.record(r.path(), r.stamp()));
                swap(change);
            }
            ready = true;
            ContentSnapshot snapshot = current.get();
            LOG.infof("Content loaded: %d documents in %d ms (%d problems) from %s", snapshot.documents().size(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), snapshot.allProblems().size(), loader.root());
            startWatching();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            LOG.errorf("Loading content from %s failed: %s", loader.root(), e);
        } finally {
            ready = true;
        }
    }

    private void startWatching() throws IOException {
        if (config.watch().enabled() && Files.isDirectory(loader.root())) {
            watcher = new ContentWatcher(loader, this::refresh, this::rescan);
            watcher.start();
            rescan();
        }
        long every = config.watch().rescanInterval().toMillis();
        if (every > 0) {
            rescans = Executors.newSingleThreadScheduledExecutor(daemon("signpost-content-rescan"));
            rescans.scheduleWithFixedDelay(this::rescan, every, every, TimeUnit.MILLISECONDS);
        }
    }

    /** Re-reads the given paths (files, folders, or things that were deleted) and swaps in a new snapshot. */
    public synchronized void refresh(Collection<String> paths) {
        long start = System.nanoTime();
        ContentSnapshot before = current.get();
        SnapshotChange change = new SnapshotChange(before);
        Set<String> expanded = expand(paths, before);
        for (String path : expanded) {
            if (ContentPaths.isMarkdown(path)) {
                if (loader.exists(path)) {
                    ContentLoader.Result result = loader.load(path);
                    change.apply(result);
                    read.record(path, result.stamp());
                } else {
                    change.remove(path);
                    read.forget(path);
                }
            } else {
                try {
                    change.assets().put(path, loader.stamp(path));
                } catch (IOException e) {
                    change.assets().remove(path);
                }
            }
        }
        long parsed = System.nanoTime();
        swap(change);
        LOG.debugf("Content refreshed in %d ms (files %d ms, snapshot %d ms): %s", (System.nanoTime() - start) / 1_000_000,
                (parsed - start) / 1_000_000, (System.nanoTime() - parsed) / 1_000_000, expanded);
    }

    /** Compares every file with what was read last and refreshes the ones that differ. */
    public void rescan() {
        try {
            ContentLoader.Scan scan = loader.scan();
            synchronized (this) {
                Set<String> changed = read.changedSince(scan, current.get().assets());
                if (!changed.isEmpty()) {
                    refresh(changed);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Rescanning the content folder failed: %s", e.getMessage());
        }
    }

    /** Files stand for themselves; a folder stands for the files in it now and the ones known to have been in it. */
    private Set<String> expand(Collection<String> paths, ContentSnapshot before) {
        Set<String> expanded = new TreeSet<>();
        for (String path : paths) {
            if (Files.isDirectory(loader.root().resolve(path))) {
                try {
                    ContentLoader.Scan scan = loader.scan(path);
                    expanded.addAll(scan.markdown().keySet());
                    expanded.addAll(scan.assets().keySet());
                } catch (IOException e) {
                    LOG.warnf("Could not read the folder %s: %s", path, e.getMessage());
                }
            } else {
                expanded.add(path);
            }
            expanded.addAll(read.under(path, before.assets()));
        }
        return expanded;
    }

    private void swap(SnapshotChange change) {
        ContentSnapshot next = change.build(clock.instant());
        current.set(next);
        changes.fire(new ContentChanged(next));
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
