package dev.signpost.metrics;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;

/** A {@link StoredCounts} of the tests that fails when told to, as a feature's query does while the database is down. */
@ApplicationScoped
public class FlakyCounts implements StoredCounts {

    static final StoredCount COUNT = StoredCount.of("signpost.test.flaky", "A count the tests make fail");
    static volatile boolean failing;
    static volatile long value = 7;

    @Override
    public List<StoredCount> counts() {
        return List.of(COUNT);
    }

    @Override
    public Map<StoredCount, Long> measure() {
        if (failing) {
            throw new IllegalStateException("Connection refused (the tests' outage)");
        }
        return Map.of(COUNT, value);
    }
}
