package dev.signpost.metrics;

import dev.signpost.content.ContentChanged;
import dev.signpost.content.ContentSnapshot;
import dev.signpost.content.ContentStore;
import dev.signpost.content.SourceFetched;
import dev.signpost.content.SourceStatus;
import dev.signpost.content.source.ContentSources;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;

/**
 * The content snapshot and its sources as metrics: documents and problems of the snapshot served, how long the first
 * load and each rebuild took, and per source (its name from configuration) when it last succeeded, whether it is
 * failing, what it serves, and how its git fetches went. The snapshot's figures are counted once per snapshot, not per
 * scrape.
 */
@ApplicationScoped
public class ContentMeters {

    @Inject
    MeterRegistry registry;
    @Inject
    ContentStore store;
    @Inject
    ContentSources sources;

    private volatile Figures figures = Figures.of(ContentSnapshot.EMPTY);
    private final Map<String, Timer> fetches = new ConcurrentHashMap<>();
    private Timer rebuilds;

    /** What a scrape reads of a snapshot, counted when it is swapped in. */
    record Figures(int documents, int problems, int brokenLinks, Map<String, Integer> bySource) {
        static Figures of(ContentSnapshot snapshot) {
            Map<String, Integer> bySource = new ConcurrentHashMap<>();
            snapshot.byUrl().values().forEach(doc -> bySource.merge(doc.origin().source(), 1, Integer::sum));
            return new Figures(snapshot.documents().size(), snapshot.allProblems().size(), snapshot.brokenLinks().size(), bySource);
        }
    }

    // after ContentSources (priority 1) has set up the sources, so their names are known
    void onStart(@Observes @Priority(10) StartupEvent event) {
        gauge("signpost.content.documents", "Documents in the content snapshot served", f -> f.documents());
        gauge("signpost.content.problems", "Content problems (files that failed to load, route conflicts) in the snapshot served",
                f -> f.problems());
        gauge("signpost.content.broken.links", "Links in the content to pages, files or anchors that do not exist", f -> f.brokenLinks());
        Gauge.builder("signpost.content.first.load", store, s -> s.firstLoadTook().map(ContentMeters::seconds).orElse(Double.NaN))
                .description("How long the first content load took after the start (NaN until it is done)").baseUnit("seconds")
                .strongReference(true).register(registry);
        Gauge.builder("signpost.content.ready", store, s -> s.status().ready() ? 1 : 0)
                .description("1 once the first content load is served, 0 before").strongReference(true).register(registry);
        rebuilds = Timer.builder("signpost.content.refresh").description("Rebuilding the snapshot after content changed")
                .register(registry);
        for (SourceStatus status : sources.statuses()) {
            String name = status.name();
            Gauge.builder("signpost.source.last.success", sources, s -> s.status(name).map(SourceStatus::lastSuccess)
                            .map(ContentMeters::epochSeconds).orElse(Double.NaN))
                    .description("When the source last read its content, or a fetch last found nothing new (Unix time)")
                    .baseUnit("seconds").tag("source", name).strongReference(true).register(registry);
            Gauge.builder("signpost.source.failing", sources, s -> s.status(name).filter(SourceStatus::degraded).isPresent() ? 1 : 0)
                    .description("1 while the source's last refresh failed (its pages are served from what it last read)")
                    .tag("source", name).strongReference(true).register(registry);
            Gauge.builder("signpost.source.documents", this, m -> m.figures.bySource().getOrDefault(name, 0))
                    .description("Documents the source serves").tag("source", name).strongReference(true).register(registry);
            if ("git".equals(status.kind())) {      // both series from the start, so a rate of failures is 0, not absent
                fetchTimer(name, "success");
                fetchTimer(name, "failure");
            }
        }
    }

    void onContentChanged(@Observes ContentChanged event) {
        figures = Figures.of(event.snapshot());
        if (rebuilds != null && !event.built().isZero()) {
            rebuilds.record(event.built());
        }
    }

    void onFetched(@Observes SourceFetched fetch) {
        fetchTimer(fetch.source(), fetch.succeeded() ? "success" : "failure").record(fetch.took());
    }

    private Timer fetchTimer(String source, String outcome) {
        return fetches.computeIfAbsent(source + '\n' + outcome, key -> Timer.builder("signpost.git.fetches")
                .description("Git sources' refreshes: fetch, and when something changed, read and apply")
                .tag("source", source).tag("outcome", outcome).register(registry));
    }

    private void gauge(String name, String description, ToDoubleFunction<Figures> value) {
        Gauge.builder(name, this, m -> value.applyAsDouble(m.figures)).description(description).strongReference(true)
                .register(registry);
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    private static double epochSeconds(Instant instant) {
        return instant.toEpochMilli() / 1000.0;
    }
}
