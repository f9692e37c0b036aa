package dev.signpost.metrics;

import dev.signpost.database.Database;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Registers every feature's {@link StoredCounts} as gauges and keeps their values: measured in the background every
 * {@code signpost.metrics.stored-counts-every} (default 30 s), read by a scrape from memory. While the database cannot
 * be reached the gauges read NaN and {@code signpost_database_up} 0 (Prometheus shows the gap; an old count would look current), logged once per outage.
 */
@ApplicationScoped
public class StoredGauges {

    private static final Logger LOG = Logger.getLogger(StoredGauges.class);

    @Inject
    MeterRegistry registry;
    @Inject
    Instance<StoredCounts> sources;
    @Inject
    Database database;

    private final Map<StoredCount, Double> values = new ConcurrentHashMap<>();
    private final Map<StoredCounts, String> failing = new ConcurrentHashMap<>();
    private volatile List<StoredCounts> all = List.of();
    private volatile double databaseUp = Double.NaN;

    void onStart(@Observes StartupEvent event) {
        Gauge.builder("signpost.database.up", this, g -> g.databaseUp)
                .description("1 when a database connection answered at the last count and the schema is current, 0 when not")
                .strongReference(true).register(registry);
        all = sources.stream().toList();
        for (StoredCounts source : all) {
            for (StoredCount count : source.counts()) {
                values.put(count, Double.NaN);
                Gauge.builder(count.name(), values, v -> v.getOrDefault(count, Double.NaN))
                        .description(count.description()).tags(count.tags()).strongReference(true).register(registry);
            }
        }
    }

    @Scheduled(every = "${signpost.metrics.stored-counts-every:30s}", delayed = "5s", identity = "metrics-stored-counts",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        refresh();
    }

    /**
     * Measures every gauge now; a source that fails (the database is down) reads NaN until it succeeds again. Runs on
     * the scheduler's thread, so a slow database delays the next count, never a scrape.
     */
    @ActivateRequestContext
    public void refresh() {
        databaseUp = database.problem().isEmpty() ? 1 : 0;
        for (StoredCounts source : all) {
            Map<StoredCount, Double> measured = new LinkedHashMap<>();
            try {
                database.requireReady();
                Map<StoredCount, Long> counts = source.measure();
                source.counts().forEach(c -> measured.put(c, counts.getOrDefault(c, 0L).doubleValue()));
                if (failing.remove(source) != null) {
                    LOG.infof("Metrics: %s counted again", name(source));
                }
            } catch (RuntimeException e) {
                source.counts().forEach(c -> measured.put(c, Double.NaN));
                if (failing.put(source, String.valueOf(e.getMessage())) == null) {
                    LOG.warnf("Metrics: %s cannot be counted, its gauges read NaN until it can: %s", name(source), e.getMessage());
                }
            }
            values.putAll(measured);
        }
    }

    private static String name(StoredCounts source) {
        return source.counts().isEmpty() ? source.getClass().getSimpleName() : source.counts().get(0).name();
    }
}
