package dev.signpost.metrics;

import java.util.List;
import java.util.Map;

/**
 * What a feature counts in the database for the metrics: a fixed list of gauges, and their values now. {@link
 * StoredGauges} asks for the values on a background thread every {@code signpost.metrics.stored-counts-every}, so a
 * scrape never waits for the database.
 */
public interface StoredCounts {

    /** The gauges, the same on every call. */
    List<StoredCount> counts();

    /** Each gauge's value now (one query or a few; a gauge left out reads 0). May throw when the database is down. */
    Map<StoredCount, Long> measure();
}
