package dev.signpost.live;

import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import io.smallrye.mutiny.subscription.BackPressureFailure;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The single-instance bus: fan-out per channel, in order, freeing what a cancelled subscriber held. */
class InProcessBusTest {

    private final InProcessBus bus = new InProcessBus();

    private AssertSubscriber<String> subscribe(String channel) {
        return bus.subscribe(channel).subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
    }

    @Test
    void shouldDeliverMessagesInTheOrderTheyWerePublished() {
        AssertSubscriber<String> subscriber = subscribe("lean-coffee:42");
        List<String> sent = IntStream.rangeClosed(1, 50).mapToObj(i -> "topic " + i + " moved").toList();
        sent.forEach(message -> bus.publish("lean-coffee:42", message));
        assertEquals(sent, subscriber.getItems());
        subscriber.assertNotTerminated();
    }

    @Test
    void shouldDeliverOnlyWhatIsPublishedAfterTheSubscription() {
        bus.publish("lean-coffee:42", "before");
        AssertSubscriber<String> subscriber = subscribe("lean-coffee:42");
        bus.publish("lean-coffee:42", "after");
        subscriber.assertItems("after");
    }

    @Test
    void shouldDeliverEveryMessageToEverySubscriber() {
        AssertSubscriber<String> first = subscribe("sig:testing");
        AssertSubscriber<String> second = subscribe("sig:testing");
        bus.publish("sig:testing", "one");
        AssertSubscriber<String> third = subscribe("sig:testing");
        bus.publish("sig:testing", "two");
        first.assertItems("one", "two");
        second.assertItems("one", "two");
        third.assertItems("two");
        assertEquals(3, bus.subscriberCount("sig:testing"));
    }

    @Test
    void shouldFreeTheSubscriberWhenItCancels() {
        AssertSubscriber<String> leaving = subscribe("lean-coffee:7");
        AssertSubscriber<String> staying = subscribe("lean-coffee:7");
        assertEquals(2, bus.subscriberCount("lean-coffee:7"));

        leaving.cancel();
        assertEquals(1, bus.subscriberCount("lean-coffee:7"));
        bus.publish("lean-coffee:7", "still here");
        leaving.assertHasNotReceivedAnyItem();
        staying.assertItems("still here");

        staying.cancel();
        assertEquals(0, bus.subscriberCount("lean-coffee:7"));
        assertEquals(0, bus.channelCount(), "a channel without subscribers is forgotten");
    }

    @Test
    void shouldKeepChannelsSeparate() {
        AssertSubscriber<String> board42 = subscribe("lean-coffee:42");
        AssertSubscriber<String> board43 = subscribe("lean-coffee:43");
        bus.publish("lean-coffee:42", "for 42");
        bus.publish("lean-coffee:43", "for 43");
        bus.publish("lean-coffee:4", "for nobody");
        board42.assertItems("for 42");
        board43.assertItems("for 43");
    }

    @Test
    void shouldRefuseMessagesLongerThanTheLimit() {
        AssertSubscriber<String> subscriber = subscribe("c");
        bus.publish("c", "x".repeat(LiveBus.MAX_MESSAGE_LENGTH));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> bus.publish("c", "x".repeat(LiveBus.MAX_MESSAGE_LENGTH + 1)));
        assertTrue(refused.getMessage().contains("1000"), refused.getMessage());
        assertEquals(1, subscriber.getItems().size(), "the refused message reached nobody");
    }

    @Test
    void shouldRefuseChannelsThatCannotTravelAndMessagesWithNul() {
        assertThrows(IllegalArgumentException.class, () -> bus.publish(" ", "m"));
        assertThrows(IllegalArgumentException.class, () -> bus.publish(null, "m"));
        assertThrows(IllegalArgumentException.class, () -> bus.publish("a\nb", "m"));
        assertThrows(IllegalArgumentException.class, () -> bus.publish("c".repeat(LiveBus.MAX_CHANNEL_LENGTH + 1), "m"));
        assertThrows(IllegalArgumentException.class, () -> bus.publish("c", "a\0b"));
        assertThrows(IllegalArgumentException.class, () -> bus.publish("c", null));
        assertThrows(IllegalArgumentException.class, () -> bus.subscribe("a\nb"));
    }

    @Test
    void shouldDropASubscriberThatFallsTooFarBehindWithoutHurtingTheOthers() {
        AssertSubscriber<String> stalled = bus.subscribe("c").subscribe().withSubscriber(AssertSubscriber.create(0));
        AssertSubscriber<String> reading = subscribe("c");
        for (int i = 0; i < InProcessBus.BUFFERED; i++) {
            bus.publish("c", "m" + i);
        }
        assertEquals(2, bus.subscriberCount("c"), "a full buffer is still within bounds");
        bus.publish("c", "one too many");
        assertEquals(1, bus.subscriberCount("c"), "the stalled subscriber left the bus");
        bus.publish("c", "later");
        assertEquals(InProcessBus.BUFFERED + 2, reading.getItems().size());

        stalled.request(Long.MAX_VALUE);
        assertEquals(InProcessBus.BUFFERED, stalled.getItems().size(), "it gets what it held, then the failure");
        stalled.assertFailedWith(BackPressureFailure.class);
    }

    @Test
    void shouldKeepASubscriberThatReadsAsFastAsMessagesArrive() {
        AssertSubscriber<String> oneAtATime = bus.subscribe("c").subscribe().withSubscriber(AssertSubscriber.create(0));
        for (int i = 0; i < InProcessBus.BUFFERED * 4; i++) {
            oneAtATime.request(1);
            bus.publish("c", "m" + i);
        }
        assertEquals(InProcessBus.BUFFERED * 4, oneAtATime.getItems().size());
        assertEquals(1, bus.subscriberCount("c"));
        oneAtATime.assertNotTerminated();
    }

    @Test
    void shouldCompleteEverySubscriptionWhenClosed() {
        AssertSubscriber<String> subscriber = subscribe("c");
        bus.close();
        subscriber.assertCompleted();
        assertEquals(0, bus.channelCount());
    }

    @Test
    void shouldStayConsistentUnderConcurrentPublishersAndSubscribers() throws Exception {
        AssertSubscriber<String> watcher = subscribe("busy");
        int threads = 4;
        int rounds = 25;
        // per round at most BUFFERED messages in flight, so the watcher is never dropped for falling behind
        int perRound = InProcessBus.BUFFERED / threads - 1;
        ExecutorService pool = Executors.newFixedThreadPool(threads * 2);
        CyclicBarrier round = new CyclicBarrier(threads, () -> await().atMost(Duration.ofSeconds(5))
                .until(() -> watcher.getItems().size() % (threads * perRound) == 0));
        List<Future<?>> work = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                int thread = t;
                work.add(pool.submit(() -> {
                    for (int r = 0; r < rounds; r++) {
                        round.await();
                        for (int i = 0; i < perRound; i++) {
                            bus.publish("busy", thread + ":" + (r * perRound + i));
                        }
                    }
                    return null;
                }));
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        subscribe(i % 2 == 0 ? "busy" : "churn-" + thread).cancel();
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        int each = rounds * perRound;
        await().atMost(Duration.ofSeconds(5)).until(() -> watcher.getItems().size() == threads * each);
        List<String> received = watcher.getItems();
        for (int t = 0; t < threads; t++) {
            String prefix = t + ":";
            List<String> fromThread = received.stream().filter(m -> m.startsWith(prefix)).toList();
            assertEquals(IntStream.range(0, each).mapToObj(i -> prefix + i).toList(), fromThread,
                    "each publisher's messages arrive in its order");
        }
        watcher.assertNotTerminated();
        assertEquals(1, bus.subscriberCount("busy"));
        assertEquals(1, bus.channelCount(), "churned channels are all forgotten");
    }

    @Test
    void shouldEndEverySubscriptionAndEveryLaterOneWhenTheInstanceShutsDown() {
        AssertSubscriber<String> board = subscribe("lean-coffee:42");
        AssertSubscriber<String> other = subscribe("lean-coffee:7");
        bus.publish("lean-coffee:42", "before");

        bus.endSubscriptions();

        board.assertItems("before").assertCompleted();
        other.assertCompleted();
        assertEquals(0, bus.channelCount(), "nothing is held for ended subscribers");
        AssertSubscriber<String> late = subscribe("lean-coffee:42");
        late.assertCompleted().assertHasNotReceivedAnyItem();
        bus.publish("lean-coffee:42", "after");     // publishing still works while requests finish
        assertEquals(0, bus.subscriberCount("lean-coffee:42"));
    }
}
