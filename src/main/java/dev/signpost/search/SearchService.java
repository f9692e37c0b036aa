package dev.signpost.search;

import dev.signpost.content.ContentChanged;
import dev.signpost.content.ContentSnapshot;
import dev.signpost.content.ContentTypes;
import dev.signpost.content.Document;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps the index in step with the content and answers searches. Changes are applied on one background thread,
 * latest snapshot first: a burst of edits becomes one index update, and loading content never waits for indexing.
 */
@ApplicationScoped
public class SearchService {

    private static final Logger LOG = Logger.getLogger(SearchService.class);
    private static final int MAX_TAG_FACETS = 15;

    @Inject
    Clock clock;

    private final LuceneIndex index = new LuceneIndex();
    private final ResultCache cache;
    private final AtomicReference<ContentSnapshot> pending = new AtomicReference<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "signpost-search-index");
        thread.setDaemon(true);
        return thread;
    });
    private volatile ContentSnapshot indexed;

    @Inject
    SearchService(@ConfigProperty(name = "signpost.search.result-cache", defaultValue = "1000") int cachedAnswers) {
        this.cache = new ResultCache(cachedAnswers);
    }

    void onContentChanged(@Observes ContentChanged event) {
        if (pending.getAndSet(event.snapshot()) == null) {
            worker.execute(this::catchUp);
        }
    }

    void onStop(@Observes ShutdownEvent event) throws IOException {
        worker.shutdownNow();
        index.close();
    }

    private void catchUp() {
        ContentSnapshot snapshot = pending.getAndSet(null);
        if (snapshot == null) {
            return;
        }
        try {
            boolean first = indexed == null;
            LuceneIndex.Sync sync = index.sync(snapshot.byUrl().values());
            indexed = snapshot;
            if (first) {
                LOG.infof("Search index built: %d documents in %d ms", index.size(), sync.millis());
            } else {
                LOG.debugf("Search index updated in %d ms: %d re-indexed, %d removed", sync.millis(), sync.indexed(), sync.removed());
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "Updating the search index failed; searches use the previous index");
        }
    }

    /** True once the first content load is indexed. */
    public boolean ready() {
        return indexed != null;
    }

    public SearchResults search(SearchRequest request) {
        long start = System.nanoTime();
        ContentSnapshot snapshot = indexed;
        if (snapshot == null) {
            throw new SearchNotReadyException();
        }
        LocalDate today = LocalDate.now(clock);
        SearchResults answer = cache.get(snapshot, today, request, () -> fresh(snapshot, today, request, start));
        double took = Math.round((System.nanoTime() - start) / 100_000.0) / 10.0;
        return answer.tookMillis() == took ? answer : answer.took(took);
    }

    private SearchResults fresh(ContentSnapshot snapshot, LocalDate today, SearchRequest request, long start) {
        IndexResult found = index.search(request);
        List<SearchResults.Result> results = new ArrayList<>();
        for (IndexHit hit : found.hits()) {
            results.add(result(snapshot, hit.document(), hit, today));
        }
        double took = Math.round((System.nanoTime() - start) / 100_000.0) / 10.0;
        return new SearchResults(request, found.searched(), found.corrected(), found.total(), request.pageShown(found.total()),
                request.pageCount(found.total()), took, List.copyOf(results), facet(found.types(), request.type(), Integer.MAX_VALUE, true),
                facet(found.tags(), request.tag(), MAX_TAG_FACETS, false), facet(found.sources(), request.source(), Integer.MAX_VALUE, false),
                found.excludesOnly());
    }

    private static SearchResults.Result result(ContentSnapshot snapshot, Document doc, IndexHit hit, LocalDate today) {
        List<SearchResults.Crumb> crumbs = snapshot.ancestors(doc).stream()
                .map(n -> new SearchResults.Crumb(n.title(), n.url() == null ? null : n.href())).toList();
        boolean stale = doc.freshness().isStale(today);
        return new SearchResults.Result(doc.title(), doc.url(), doc.href(), doc.type(), typeLabel(doc.type()), crumbs,
                hit.snippet(), stale, stale ? doc.freshness().due() : null);
    }

    /** A type as people read it: {@code page} is "Page", {@code roadmap-item} is "Roadmap item", {@code sig} is "SIG". */
    static String typeLabel(String type) {
        return ContentTypes.label(type);
    }

    private static List<SearchResults.FacetValue> facet(Map<String, Integer> counts, String selected, int limit, boolean types) {
        List<SearchResults.FacetValue> values = new ArrayList<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .forEach(e -> values.add(new SearchResults.FacetValue(e.getKey(), types ? typeLabel(e.getKey()) : e.getKey(),
                        e.getValue(), e.getKey().equals(selected))));
        if (selected != null && values.stream().noneMatch(SearchResults.FacetValue::selected)) {
            values.add(0, new SearchResults.FacetValue(selected, types ? typeLabel(selected) : selected, 0, true));
        }
        values.sort(Comparator.comparing(SearchResults.FacetValue::selected).reversed());
        return values;
    }
}
