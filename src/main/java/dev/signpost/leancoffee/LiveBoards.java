package dev.signpost.leancoffee;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the open event streams of Lean Coffee boards on this instance, as {@code signpost_leancoffee_live_subscribers}:
 * one per browser tab showing a live board, from its subscription until it closes, fails or is dropped.
 */
@Singleton
@io.quarkus.runtime.Startup
public class LiveBoards {

    private final AtomicInteger open = new AtomicInteger();

    @Inject
    LiveBoards(MeterRegistry registry) {
        Gauge.builder("signpost.leancoffee.live.subscribers", open, AtomicInteger::get)
                .description("Lean Coffee board event streams open on this instance").register(registry);
    }

    /** The stream, counted while it is subscribed to. */
    <T> Multi<T> counted(Multi<T> stream) {
        return stream.onSubscription().invoke(subscription -> open.incrementAndGet())
                .onTermination().invoke(open::decrementAndGet);
    }

    int open() {
        return open.get();
    }
}
