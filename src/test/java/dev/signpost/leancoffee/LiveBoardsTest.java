package dev.signpost.leancoffee;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.Cancellable;
import io.smallrye.mutiny.subscription.MultiEmitter;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A board's event stream counts as a live subscriber from its subscription until it ends in any way. */
class LiveBoardsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final LiveBoards boards = new LiveBoards(registry);

    private double gauge() {
        return registry.get("signpost.leancoffee.live.subscribers").gauge().value();
    }

    @Test
    void shouldCountAStreamUntilItsBrowserGoesAway() {
        Multi<String> stream = boards.counted(Multi.createFrom().<String>emitter(e -> { }));
        assertEquals(0, gauge(), "nothing counted before a subscription");
        Cancellable first = stream.subscribe().with(item -> { });
        Cancellable second = stream.subscribe().with(item -> { });
        assertEquals(2, gauge());
        first.cancel();
        assertEquals(1, gauge());
        second.cancel();
        assertEquals(0, gauge());
    }

    @Test
    void shouldStopCountingAStreamThatFailsOrCompletes() {
        AtomicReference<MultiEmitter<? super String>> failing = new AtomicReference<>();
        AtomicReference<MultiEmitter<? super String>> ending = new AtomicReference<>();
        boards.counted(Multi.createFrom().<String>emitter(failing::set)).subscribe().with(item -> { }, failure -> { });
        boards.counted(Multi.createFrom().<String>emitter(ending::set)).subscribe().with(item -> { });
        assertEquals(2, gauge());
        failing.get().fail(new IllegalStateException("fell behind"));
        ending.get().complete();
        assertEquals(0, gauge());
        assertEquals(0, boards.open());
    }
}
