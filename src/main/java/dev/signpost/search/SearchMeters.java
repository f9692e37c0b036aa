package dev.signpost.search;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.time.Duration;

/**
 * Searches people ran (the search page and the API; not the suggestions typed into the box, a search per keystroke)
 * as metrics: how long each took, as a histogram, and how many found nothing, the content people look for and miss.
 */
@Singleton
@io.quarkus.runtime.Startup
public class SearchMeters {

    /** The histogram's buckets: twelve fixed bounds around the 10 ms target, so every instance has the same series. */
    static final Duration[] BUCKETS = java.util.stream.LongStream.of(1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000)
            .mapToObj(Duration::ofMillis).toArray(Duration[]::new);

    private final Timer queries;
    private final Counter zeroResults;

    @Inject
    SearchMeters(MeterRegistry registry) {
        queries = Timer.builder("signpost.search.queries").description("Searches answered, by how long they took")
                .serviceLevelObjectives(BUCKETS).register(registry);
        zeroResults = Counter.builder("signpost.search.zero.results").description("Searches that found nothing (after spelling correction)")
                .register(registry);
    }

    void searched(SearchResults results) {
        queries.record(Duration.ofNanos((long) (results.tookMillis() * 1_000_000)));
        if (results.total() == 0) {
            zeroResults.increment();
        }
    }
}
