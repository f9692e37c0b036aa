package dev.signpost.database;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A JPQL where-clause built from the filters that are set, with its named parameters, and the counts by a column (a
 * status) that a filtered list shows beside its rows: the one way trackers and queues query their tables.
 */
public final class Where {

    private final StringBuilder clause = new StringBuilder("1 = 1");
    private final Map<String, Object> params = new HashMap<>();

    /** Adds {@code condition} (with {@code :name} parameters) and the parameters' values, as name, value, name, value ... */
    public Where and(String condition, Object... namesAndValues) {
        clause.append(" and ").append(condition);
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            params.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return this;
    }

    /** {@link #and} when {@code value} is set, with it as the parameter {@code name}. */
    public Where andIf(Object value, String condition, String name) {
        return value == null ? this : and(condition, name, value);
    }

    /** {@link #and} when {@code when} holds. */
    public Where andIf(boolean when, String condition, Object... namesAndValues) {
        return when ? and(condition, namesAndValues) : this;
    }

    public String clause() {
        return clause.toString();
    }

    public Map<String, Object> params() {
        return params;
    }

    /** How many rows of {@code entity} under this clause have each of {@code keys} in {@code column} (0 for none). */
    public <K> Map<K, Long> countBy(EntityManager em, String entity, String column, Collection<K> keys) {
        Map<K, Long> counts = new LinkedHashMap<>();
        keys.forEach(k -> counts.put(k, 0L));
        TypedQuery<Object[]> query = em.createQuery("select " + column + ", count(*) from " + entity + " where " + clause
                + " group by " + column, Object[].class);
        params.forEach(query::setParameter);
        query.getResultList().forEach(row -> {
            @SuppressWarnings("unchecked")
            K key = (K) row[0];
            counts.put(key, (Long) row[1]);
        });
        return counts;
    }
}
