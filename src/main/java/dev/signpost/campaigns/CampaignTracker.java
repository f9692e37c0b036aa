package dev.signpost.campaigns;

import dev.signpost.campaigns.demo.DemoRepositories;
import dev.signpost.campaigns.history.Evaluator;
import dev.signpost.campaigns.history.RepoHistory;
import dev.signpost.content.ContentChanged;
import dev.signpost.content.source.Daemons;
import dev.signpost.git.GitAccess;
import dev.signpost.git.GitFailure;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Keeps the board current: fetches the inventory's repositories (at start-up, when the inventory gains one, every
 * {@code signpost.campaigns.refresh-interval}, and one at a time when its push is reported), and recomputes the board
 * when content or a repository changed. All of it on one background thread, fetches on a bounded pool; pages only
 * read the last board.
 */
@ApplicationScoped
public class CampaignTracker {

    private static final Logger LOG = Logger.getLogger(CampaignTracker.class);

    @Inject
    CampaignCatalog catalog;
    @Inject
    CampaignsConfig config;
    @Inject
    Clock clock;
    @Inject
    CampaignFollowing following;

    private final Map<String, RepoState> states = new ConcurrentHashMap<>();
    private final AtomicBoolean pending = new AtomicBoolean();
    private ExecutorService worker;
    private ExecutorService fetchPool;
    private RepositoryFetcher fetcher;
    private BoardBuilder builder;
    private volatile Board board = Board.EMPTY;

    @PostConstruct
    void init() {
        GitAccess access = new GitAccess(config.fetchTimeout(), new GitAccess.Credentials(config.username(), config.passwordEnv(),
                config.passwordFile(), config.sshKeyFile(), config.sshKnownHostsFile()), config.workDir().resolve("ssh"));
        fetcher = new RepositoryFetcher(config.workDir(), access, config.demoRepositories());
        builder = new BoardBuilder(new Evaluator((int) Math.min(Integer.MAX_VALUE, config.maxFileSize().asLongValue())), fetcher::open);
        worker = Executors.newSingleThreadExecutor(Daemons.named("signpost-campaigns"));
        fetchPool = Executors.newFixedThreadPool(Math.max(1, config.fetchThreads()), Daemons.named("signpost-campaign-fetch"));
    }

    /** What the board was last computed from (written and read on the worker thread only). */
    private Campaigns computedFrom;
    private LocalDate computedOn;
    /** Set on shutdown: an update cut short by it (a fetch interrupted) is not an error. */
    private volatile boolean stopping;

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
        worker.shutdownNow();
        fetchPool.shutdownNow();
    }

    /** Content changed (a campaign, the inventory): fetch repositories new to the inventory and recompute. */
    void onContentChanged(@Observes ContentChanged event) {
        if (config.enabled() && pending.compareAndSet(false, true)) {
            worker.execute(() -> {
                pending.set(false);
                sync(false);
            });
        }
    }

    @Scheduled(every = "${signpost.campaigns.refresh-interval:15m}", delayed = "${signpost.campaigns.refresh-interval:15m}",
            identity = "campaign-refresh", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refreshAll() {
        if (config.enabled()) {
            worker.execute(() -> sync(true));
        }
    }

    /** Fetches one repository now (its push was reported) and recomputes; false when the inventory has no such repository. */
    public boolean refresh(String name) {
        boolean known = catalog.campaigns().repositories().stream().anyMatch(r -> r.name().equals(name));
        if (known && config.enabled()) {
            worker.execute(() -> {
                Campaigns campaigns = catalog.campaigns();
                campaigns.repositories().stream().filter(r -> r.name().equals(name)).findFirst().ifPresent(r -> fetchAll(List.of(r)));
                recompute(campaigns);
            });
        }
        return known;
    }

    public Board board() {
        return board;
    }

    private void sync(boolean fetchEveryone) {
        try {
            Campaigns campaigns = catalog.campaigns();
            ensureDemo(campaigns);
            Set<String> names = campaigns.repositories().stream().map(Repository::name).collect(Collectors.toSet());
            states.keySet().retainAll(names);
            List<Repository> toFetch = campaigns.repositories().stream()
                    .filter(r -> fetchEveryone || !states.containsKey(r.name()) || !states.get(r.name()).repository().equals(r)).toList();
            if (toFetch.isEmpty() && campaigns.equals(computedFrom) && LocalDate.now(clock).equals(computedOn)) {
                return; // an edit elsewhere in the content: the board would come out the same
            }
            fetchAll(toFetch);
            recompute(campaigns);
        } catch (RuntimeException e) {
            if (stopping) {
                LOG.debugf("Campaigns: an update stopped with Signpost: %s", e);
                return;
            }
            LOG.errorf(e, "Campaigns could not be brought up to date; the last board stays");
        }
    }

    private void recompute(Campaigns campaigns) {
        long start = System.nanoTime();
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        board = builder.build(campaigns, Map.copyOf(states), today, now);
        computedFrom = campaigns;
        computedOn = today;
        following.measured(board);
        LOG.debugf("Campaigns: %d campaigns over %d repositories computed in %d ms", campaigns.bySlug().size(), campaigns.repositories().size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private void fetchAll(List<Repository> repositories) {
        List<Future<?>> futures = new ArrayList<>();
        for (Repository repository : repositories) {
            futures.add(fetchPool.submit(() -> fetch(repository)));
        }
        for (Future<?> future : futures) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (java.util.concurrent.ExecutionException e) {
                LOG.debugf("Campaigns: a fetch failed unexpectedly: %s", e.getCause());
            }
        }
    }

    private void fetch(Repository repository) {
        RepoState state = states.getOrDefault(repository.name(), RepoState.unknown(repository));
        state = new RepoState(repository, state.history(), state.fetchedAt(), state.failure(), state.failingSince());
        try {
            RepoHistory history = fetcher.fetch(repository);
            states.put(repository.name(), state.fetched(history, clock.instant()));
        } catch (GitFailure e) {
            states.put(repository.name(), state.failed(e.getMessage(), clock.instant()));
            LOG.debugf("Campaigns: fetching %s failed: %s", repository.name(), e.getMessage());
        }
    }

    /** Generates the demo repositories when they are turned on and the inventory names one ({@code demo:NAME}). */
    private void ensureDemo(Campaigns campaigns) {
        if (!config.demoRepositories() || campaigns.repositories().stream().noneMatch(r -> r.url().startsWith(RepositoryFetcher.DEMO))) {
            return;
        }
        try {
            if (DemoRepositories.ensure(fetcher.demoRoot(), LocalDate.now(clock))) {
                LOG.infof("Campaigns: generated %d demo repositories under %s", DemoRepositories.ALL.size(), fetcher.demoRoot());
            }
        } catch (IOException e) {
            LOG.warnf("Campaigns: the demo repositories could not be generated: %s", e.getMessage());
        }
    }
}
