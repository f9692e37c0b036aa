package dev.signpost.content.source;

import dev.signpost.content.AssetFile;
import dev.signpost.content.ContentConfig;
import dev.signpost.content.ContentPaths;
import dev.signpost.content.ContentSnapshot;
import dev.signpost.content.ContentSource;
import dev.signpost.content.ContentStore;
import dev.signpost.content.Document;
import dev.signpost.content.ParserWarmUp;
import dev.signpost.content.SourceStatus;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import dev.signpost.content.cache.RenderCache;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Every content source of the portal: the local folder and the configured git repositories. Checks their mounts at
 * start-up (a conflict stops the start with a message naming the sources), runs the first load of all of them at once
 * (pages are served when every source has loaded, or after {@code signpost.sources.first-load-wait}; later ones appear
 * when they arrive), and answers for them afterwards: their status, a refresh now, the files next to their pages.
 */
@ApplicationScoped
public class ContentSources {

    private static final Logger LOG = Logger.getLogger(ContentSources.class);

    @Inject
    ContentStore store;
    @Inject
    ContentConfig contentConfig;
    @Inject
    SourcesConfig config;
    @Inject
    java.time.Clock clock;
    @Inject
    jakarta.enterprise.event.Event<dev.signpost.content.SourceFetched> fetches;

    private List<ContentSource> sources = List.of();
    private Map<String, SourceSettings> gitSettings = Map.of();
    private SourceRuntime runtime;
    private ExecutorService parsePool;
    private RenderCache renderCache = RenderCache.off();

    // First of the start-up observers: the content load is the long pole of start-up, and other observers (such as
    // the database migration) run while it does.
    void onStart(@Observes @Priority(1) StartupEvent event) {
        SourceAssembly assembly = SourceAssembly.of(contentConfig, config);
        parsePool = Executors.newFixedThreadPool(contentConfig.loadThreads() > 0 ? contentConfig.loadThreads()
                : Runtime.getRuntime().availableProcessors(), Daemons.named("signpost-content-worker"));
        runtime = new SourceRuntime(Executors.newScheduledThreadPool(1, Daemons.named("signpost-content-timer")),
                Executors.newFixedThreadPool(Math.max(1, config.fetchThreads()), Daemons.named("signpost-source-fetch")),
                config.minFetchGap(), clock, config.workDir(), fetches::fire);
        renderCache = assembly.renderCache();
        sources = assembly.build(store, runtime, parsePool, renderCache);
        gitSettings = assembly.gitSettings();
        Daemons.named("signpost-content-load").newThread(this::firstLoad).start();
    }

    void onStop(@Observes ShutdownEvent event) {
        sources.forEach(ContentSource::stop);
        if (runtime != null) {
            runtime.timer().shutdownNow();
            runtime.fetchPool().shutdownNow();
        }
        if (parsePool != null) {
            parsePool.shutdownNow();
        }
    }

    private void firstLoad() {
        long start = System.nanoTime();
        store.beginFirstLoad();
        ExecutorService starters = Executors.newFixedThreadPool(Math.max(1, Math.min(sources.size(), config.fetchThreads() + 1)),
                Daemons.named("signpost-source-start"));
        List<Future<Object>> started = sources.stream().map(source -> starters.<Object>submit(() -> {
            source.start();
            return null;
        })).toList();
        long deadline = System.nanoTime() + config.firstLoadWait().toNanos();
        for (int i = 0; i < started.size(); i++) {
            try {
                started.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                LOG.warnf("Source %s is still loading after %d s; its pages appear when it is done", sources.get(i).name(),
                        config.firstLoadWait().toSeconds());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Exception e) {
                LOG.errorf("Source %s failed to load: %s", sources.get(i).name(), e);
            }
        }
        starters.shutdown();
        store.endFirstLoad();
        ContentSnapshot snapshot = store.snapshot();
        LOG.infof("Content loaded: %d documents in %d ms (%d problems) from %s", snapshot.documents().size(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), snapshot.allProblems().size(),
                sources.stream().map(s -> s.status().location()).toList());
        renderCache.sweep();
        if (renderCache.isOn()) {       // the bodies came from the cache, so nothing has loaded the parser yet
            parsePool.execute(ParserWarmUp::run);
        }
    }

    /** Every source's status, with how many documents it serves. */
    public List<SourceStatus> statuses() {
        Map<String, Integer> pages = pagesBySource(store.snapshot());
        return sources.stream().map(s -> withPages(s.status(), pages.getOrDefault(s.name(), 0)))
                .sorted(Comparator.comparing(SourceStatus::mount).thenComparing(SourceStatus::name)).toList();
    }

    public Optional<SourceStatus> status(String name) {
        return source(name).map(ContentSource::status);
    }

    /** The status of the source a document comes from, when that source is failing to refresh (for the page's banner). */
    public Optional<SourceStatus> degraded(Document doc) {
        return status(doc.origin().source()).filter(SourceStatus::degraded);
    }

    /** Asks a source to refresh now; false when there is no such source. */
    public boolean refresh(String name, String reason) {
        Optional<ContentSource> source = source(name);
        source.ifPresent(s -> s.requestRefresh(reason));
        return source.isPresent();
    }

    /** What a webhook for this git source must match: its URL and ref, and its secret. */
    public Optional<SourceWebhook> webhook(String name) {
        SourceSettings settings = gitSettings.get(name);
        if (settings == null) {
            return Optional.empty();
        }
        String ref = settings.ref().orElseGet(() -> status(name).map(SourceStatus::ref).orElse(null));
        return Optional.of(new SourceWebhook(name, settings.url(), ref, settings.raw().webhookSecretEnv(), settings.raw().webhookSecretFile()));
    }

    /** A file next to the pages, from the source whose mount holds it (the innermost one). */
    public Optional<AssetFile> open(String path) {
        return sources.stream().filter(s -> ContentPaths.unmounted(s.mount(), path) != null)
                .max(Comparator.comparingInt(s -> s.mount().length()))
                .flatMap(s -> s.open(path));
    }

    private Optional<ContentSource> source(String name) {
        return sources.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    private static Map<String, Integer> pagesBySource(ContentSnapshot snapshot) {
        Map<String, Integer> pages = new TreeMap<>();
        snapshot.byUrl().values().forEach(doc -> pages.merge(doc.origin().source(), 1, Integer::sum));
        return pages;
    }

    private static SourceStatus withPages(SourceStatus s, int pages) {
        return new SourceStatus(s.name(), s.kind(), s.location(), s.ref(), s.mount(), s.commit(), s.commitTime(), s.lastSuccess(),
                s.lastFailure(), s.failure(), s.failingSince(), s.nextAttempt(), pages, s.loaded());
    }
}
