package dev.signpost.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Holds the current {@link ContentSnapshot} and replaces it whenever a source hands over a {@link SourceUpdate}. During
 * the first load the updates of all sources are collected into one snapshot, built once when the first load ends
 * (until then pages answer 503 with a progress bar); afterwards every update swaps in a new snapshot at once. A file
 * that fails keeps its last good version.
 */
@ApplicationScoped
public class ContentStore {

    private static final Logger LOG = Logger.getLogger(ContentStore.class);

    private final AtomicReference<ContentSnapshot> current = new AtomicReference<>(ContentSnapshot.EMPTY);
    private final AtomicInteger loaded = new AtomicInteger();
    private final AtomicInteger total = new AtomicInteger();
    private volatile boolean ready;
    private volatile long firstLoadStart;
    private volatile Duration firstLoadTook;
    /** The first load's collected updates, until it ends; guarded by {@code this}. */
    private SnapshotChange first;
    /** Paths of each source's notes (problems of things that are not documents); guarded by {@code this}. */
    private final Map<String, Set<String>> notePaths = new HashMap<>();

    @Inject
    Clock clock;
    @Inject
    Event<ContentChanged> changes;

    /** For CDI. */
    public ContentStore() {
    }

    /** A store outside the application (a command-line check, a test): nobody is told of new snapshots. */
    public ContentStore(Clock clock) {
        this.clock = clock;
    }

    public ContentSnapshot snapshot() {
        return current.get();
    }

    public LoadStatus status() {
        return new LoadStatus(ready, loaded.get(), total.get());
    }

    /** The first load starts: updates are collected until {@link #endFirstLoad}. */
    public synchronized void beginFirstLoad() {
        firstLoadStart = System.nanoTime();
        first = new SnapshotChange(current.get());
    }

    /** The first load ends: the collected updates become the first snapshot, and pages are served. */
    public void endFirstLoad() {
        synchronized (this) {
            if (first != null) {
                swap(first);
                first = null;
                firstLoadTook = Duration.ofNanos(System.nanoTime() - firstLoadStart);
            }
        }
        ready = true;
    }

    /** How long the first load took, from its start to its snapshot being served; empty until it is. */
    public java.util.Optional<Duration> firstLoadTook() {
        return java.util.Optional.ofNullable(firstLoadTook);
    }

    /** A source expects to read this many more files in the first load (for the progress bar). */
    public void expect(int files) {
        total.addAndGet(files);
    }

    /** A file of the first load was read. */
    public void loadedOne() {
        loaded.incrementAndGet();
    }

    /** Applies what a source's refresh changed and swaps in the new snapshot (or collects it during the first load). */
    public synchronized void apply(SourceUpdate update) {
        if (update.isEmpty()) {
            return;
        }
        Set<String> notes = notePaths.computeIfAbsent(update.source(), s -> new HashSet<>());
        SnapshotChange change = first != null ? first : new SnapshotChange(current.get());
        change.apply(update, notes);
        if (update.notes() != null) {
            notes.clear();
            notes.addAll(update.notes().keySet());
        }
        if (first == null) {
            swap(change);
        }
    }

    private void swap(SnapshotChange change) {
        long start = System.nanoTime();
        ContentSnapshot next = change.build(clock.instant());
        current.set(next);
        long took = System.nanoTime() - start;
        LOG.debugf("Snapshot built in %d ms: %d documents", took / 1_000_000, next.documents().size());
        if (changes != null) {
            changes.fire(new ContentChanged(next, Duration.ofNanos(took)));
        }
    }
}
