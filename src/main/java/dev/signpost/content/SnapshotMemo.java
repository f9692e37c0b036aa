package dev.signpost.content;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A feature's model of the current content, built the first time it is asked for after the snapshot (or another
 * input, such as the current quarter) changed, then shared by every request until the next change. The snapshot is
 * compared by identity: a new snapshot is a new build.
 */
public final class SnapshotMemo<V> {

    private record Built<V>(ContentSnapshot snapshot, Object input, V value) {
    }

    private volatile Built<V> built;

    /** The value for this snapshot and input, built with {@code build} unless it was built for them already. */
    public V get(ContentSnapshot snapshot, Object input, Supplier<V> build) {
        Built<V> current = built;
        if (current == null || current.snapshot() != snapshot || !Objects.equals(current.input(), input)) {
            current = new Built<>(snapshot, input, build.get());
            built = current;
        }
        return current.value();
    }
}
