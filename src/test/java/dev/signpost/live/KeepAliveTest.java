package dev.signpost.live;

import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A live page's event stream: notices and pings, and an end when its instance shuts down. */
class KeepAliveTest {

    private final InProcessBus bus = new InProcessBus();

    @Test
    void shouldPassNoticesAndPingBetweenThem() {
        AssertSubscriber<String> stream = KeepAlive.around(bus.subscribe("lean-coffee:1"), Duration.ofMillis(20))
                .subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
        await().atMost(Duration.ofSeconds(5)).until(() -> stream.getItems().contains(KeepAlive.PING));
        bus.publish("lean-coffee:1", "voted");
        await().atMost(Duration.ofSeconds(5)).until(() -> stream.getItems().contains("voted"));
        stream.assertNotTerminated();
        stream.cancel();
    }

    @Test
    void shouldEndTheStreamWhenTheBusEndsItsSubscriptions() {
        AssertSubscriber<String> stream = KeepAlive.around(bus.subscribe("lean-coffee:1"), Duration.ofMillis(20))
                .subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
        bus.publish("lean-coffee:1", "voted");

        bus.endSubscriptions();

        stream.awaitCompletion(Duration.ofSeconds(5));
        assertTrue(stream.getItems().contains("voted"), stream.getItems().toString());
    }

    @Test
    void shouldEndAStreamOpenedDuringShutdownAtOnce() {
        bus.endSubscriptions();
        AssertSubscriber<String> stream = KeepAlive.around(bus.subscribe("lean-coffee:1"), Duration.ofSeconds(20))
                .subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
        stream.awaitCompletion(Duration.ofSeconds(5)).assertHasNotReceivedAnyItem();
    }
}
