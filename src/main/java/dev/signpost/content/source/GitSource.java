package dev.signpost.content.source;

import dev.signpost.git.GitFailure;
import dev.signpost.git.GitMirror;
import dev.signpost.git.Secrets;
import dev.signpost.content.AssetFile;
import dev.signpost.content.ContentPaths;
import dev.signpost.content.ContentSource;
import dev.signpost.content.ContentStore;
import dev.signpost.content.SourceFetched;
import dev.signpost.content.SourceStatus;
import dev.signpost.content.SourceUpdate;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * A git repository as a content source: fetched into a local bare mirror, read from the fetched commit's tree, and
 * refreshed by re-reading only what a tree diff names. A fetch that fails keeps the last good content (after a restart,
 * from the mirror) and says why in {@link #status()}; the next attempt comes sooner, backing off up to the refresh
 * interval. Refreshes of one source never overlap; see {@link RefreshGate}.
 */
final class GitSource implements ContentSource {

    private static final Logger LOG = Logger.getLogger(GitSource.class);

    private final SourceSettings settings;
    private final GitMirror mirror;
    private final GitUpdates updates;
    private final ContentStore store;
    private final java.util.concurrent.Executor fetchPool;
    private final java.util.function.Consumer<SourceFetched> fetchListener;
    private final RefreshGate gate;
    private final SourceBook book;
    private final LastChanges lastChanges;
    /** What is served; guarded by {@code this}. */
    private GitMirror.Fetched served;
    /** Read without the lock by {@link #open}, which must not wait for a fetch. */
    private volatile GitTree tree;
    private volatile boolean stopped;

    GitSource(SourceSettings settings, GitMirror mirror, GitUpdates updates, ContentStore store, SourceRuntime runtime) {
        this.settings = settings;
        this.mirror = mirror;
        this.updates = updates;
        this.store = store;
        this.fetchPool = runtime.fetchPool();
        this.fetchListener = runtime.fetched();
        this.book = new SourceBook(settings.name(), "git", Secrets.url(settings.url()), settings.mount(), runtime.clock());
        this.lastChanges = new LastChanges(mirror.repository(), runtime.workDir().resolve(settings.name() + ".history"), runtime.fetchPool());
        this.gate = new RefreshGate(runtime.timer(), runtime.fetchPool(), runtime.minFetchGap(), this::refresh);
    }

    @Override
    public String name() {
        return settings.name();
    }

    @Override
    public String mount() {
        return settings.mount();
    }

    @Override
    public SourceStatus status() {
        return book.status();
    }

    /** From the mirror when it served before (a fetch follows in the background), else fetched now. */
    @Override
    public void start() throws InterruptedException {
        Optional<GitMirror.Fetched> last;
        try {
            last = mirror.served();
        } catch (IOException e) {
            last = Optional.empty();
        }
        if (last.isPresent()) {
            synchronized (this) {
                try {
                    load(last.get(), true);
                    book.fromMirror(served.ref(), served.commit().name(), mirror.commitTime(served.commit()));
                } catch (IOException | RuntimeException e) {
                    book.failed("The local mirror could not be read: " + e.getMessage());
                }
            }
            gate.request();
        } else {
            refresh(true);
        }
    }

    @Override
    public void requestRefresh(String reason) {
        LOG.debugf("Refresh of source %s asked for: %s", name(), reason);
        gate.request();
    }

    private void refresh() {
        try {
            refresh(false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void refresh(boolean first) throws InterruptedException {
        if (stopped) {
            return;
        }
        long start = System.nanoTime();
        boolean succeeded = false;
        try {
            GitMirror.Fetched fetched = mirror.fetch(settings.ref());
            long fetchedAt = System.nanoTime();
            if (served == null || !fetched.commit().equals(served.commit()) || !fetched.ref().equals(served.ref())) {
                load(fetched, first);
            }
            book.succeeded(served.ref(), served.commit().name(), mirror.commitTime(served.commit()));
            LOG.debugf("Source %s at %s, refreshed in %d ms (fetch %d ms, read and apply %d ms)", name(), served.commit().abbreviate(7).name(),
                    (System.nanoTime() - start) / 1_000_000, (fetchedAt - start) / 1_000_000, (System.nanoTime() - fetchedAt) / 1_000_000);
            succeeded = true;
        } catch (GitFailure e) {
            book.failed(e.getMessage());
            LOG.warnf("Source %s could not be refreshed: %s", name(), e.getMessage());
        } catch (IOException | RuntimeException e) {
            String reason = "Reading the fetched commit failed: " + Secrets.redact(String.valueOf(e.getMessage()), mirror.secrets());
            book.failed(reason);
            LOG.warnf("Source %s could not be refreshed: %s", name(), reason);
        } finally {
            fetchListener.accept(new SourceFetched(name(), succeeded, Duration.ofNanos(System.nanoTime() - start)));
            schedulePoll();
        }
    }

    /** Reads a commit (all of it, or the diff from what is served) and hands it to the store. */
    private void load(GitMirror.Fetched fetched, boolean first) throws IOException, InterruptedException {
        try (RevWalk walk = new RevWalk(mirror.repository())) {
            long start = System.nanoTime();
            RevCommit commit = walk.parseCommit(fetched.commit());
            String folder = settings.folder().orElseGet(() -> DocsFolder.of(mirror.repository(), commit));
            FileHistory before = lastChanges.current();
            FileHistory next = lastChanges.at(commit, folder);
            long historyAt = System.nanoTime();
            GitUpdates.Loaded loaded;
            if (served != null && tree != null && tree.folder().equals(folder)) {
                RevCommit from = walk.parseCommit(served.commit());
                loaded = updates.diff(tree, from, commit, fetched.ref(), next, next == null ? java.util.Set.of() : next.touchedSince(before));
            } else {
                loaded = updates.full(tree, commit, fetched.ref(), folder, next,
                        first ? store::expect : n -> { }, first ? n -> store.loadedOne() : n -> { });
            }
            long readAt = System.nanoTime();
            store.apply(loaded.update());
            long appliedAt = System.nanoTime();
            tree = loaded.tree();
            served = fetched;
            mirror.markServed(fetched);
            if (next == null) {
                fetchPool.execute(() -> completeHistory(fetched));
            }
            LOG.debugf("Source %s: %d files read (history %d ms, read %d ms, snapshot %d ms, mirror %d ms)", name(),
                    loaded.update().files().size(), (historyAt - start) / 1_000_000, (readAt - historyAt) / 1_000_000,
                    (appliedAt - readAt) / 1_000_000, (System.nanoTime() - appliedAt) / 1_000_000);
        }
    }

    /** Walks the history once (the first time, or after a force-push) and gives every page its last change. */
    private synchronized void completeHistory(GitMirror.Fetched at) {
        if (stopped || lastChanges.current() != null || served == null || !served.equals(at)) {
            return;
        }
        try {
            long start = System.nanoTime();
            java.util.Set<String> wanted = new java.util.HashSet<>();
            tree.files().keySet().stream().filter(ContentPaths::isDocumentFile).map(tree::repoPath).forEach(wanted::add);
            FileHistory history = lastChanges.walk(at.commit(), tree.folder(), wanted);
            store.apply(SourceUpdate.origins(name(), updates.origins(tree, at.ref(), at.commit().name(), history)));
            LOG.debugf("Source %s: history of %d files in %d ms", name(), wanted.size(), (System.nanoTime() - start) / 1_000_000);
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Source %s: the files' last changes could not be read: %s", name(), e.getMessage());
        }
    }

    private void schedulePoll() {
        Duration delay = book.nextDelay(settings.refreshEvery());
        gate.pollIn(delay);
        book.nextAttempt(delay.toMillis());
    }

    @Override
    public Optional<AssetFile> open(String path) {
        String relative = ContentPaths.unmounted(settings.mount(), path);
        GitTree current = tree;
        ObjectId blob = relative == null || current == null ? null : current.files().get(relative);
        if (blob == null) {
            return Optional.empty();
        }
        try {
            long size = mirror.repository().getObjectDatabase().open(blob, Constants.OBJ_BLOB).getSize();
            return Optional.of(new AssetFile(ContentPaths.fileName(relative), size,
                    () -> mirror.repository().open(blob, Constants.OBJ_BLOB).openStream()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public void stop() {
        stopped = true;
        gate.stop();
        mirror.close();
    }
}
