package dev.signpost.metrics;

import io.micrometer.core.instrument.Tags;

/**
 * One gauge over rows in the database: its name (Micrometer's dotted form, {@code signpost.feedback.items}), what it
 * means, and its tags, a fixed set (a status, never a user or an id).
 */
public record StoredCount(String name, String description, Tags tags) {

    public static StoredCount of(String name, String description, String... tagKeysAndValues) {
        return new StoredCount(name, description, Tags.of(tagKeysAndValues));
    }
}
