package dev.signpost.metrics;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A gauge per status of some rows (feedback items, outbox messages), every status present from the start so a status
 * with no rows reads 0, not absent. Subclasses give the rows as (status, count) pairs from one grouped query.
 */
public abstract class CountsByStatus<E extends Enum<E>> implements StoredCounts {

    private final List<StoredCount> counts;

    protected CountsByStatus(String name, String description, E[] statuses, Function<E, String> tag) {
        this.counts = Arrays.stream(statuses).map(s -> StoredCount.of(name, description, "status", tag.apply(s))).toList();
    }

    @Override
    public List<StoredCount> counts() {
        return counts;
    }

    @Override
    public Map<StoredCount, Long> measure() {
        Map<StoredCount, Long> values = new HashMap<>();
        for (Object[] row : rows()) {
            values.put(counts.get(((Enum<?>) row[0]).ordinal()), ((Number) row[1]).longValue());
        }
        return values;
    }

    /** {@code select status, count(*) ... group by status}: each row a status and its count. */
    protected abstract List<Object[]> rows();
}
