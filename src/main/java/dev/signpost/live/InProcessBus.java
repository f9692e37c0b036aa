package dev.signpost.live;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.BackPressureFailure;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The live bus of a single instance (H2, or {@code signpost.live.bus=in-process}): a list of subscribers per channel,
 * in memory. Also the local fan-out behind {@link PostgresBus}.
 */
public class InProcessBus implements LiveBus, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(InProcessBus.class);
    /** Messages held for a subscriber that has not taken them yet; one more drops it from the bus. */
    static final int BUFFERED = 256;

    private final ConcurrentMap<String, List<Subscriber>> subscribers = new ConcurrentHashMap<>();
    private final Consumer<Notice> publisher;
    private volatile boolean ended;

    /** A bus that delivers at once, for use outside transactions (and as the fan-out of {@link PostgresBus}). */
    public InProcessBus() {
        this.publisher = this::deliver;
    }

    /** A bus that holds back what is published inside a JTA transaction until it commits. */
    public InProcessBus(TransactionSynchronizationRegistry transactions) {
        this.publisher = new AfterCommit(transactions, this::deliver)::submit;
    }

    @Override
    public void publish(String channel, String message) {
        publisher.accept(new Notice(channel, message));
    }

    @Override
    public Multi<String> subscribe(String channel) {
        Notice.requireValidChannel(channel);
        return Multi.createFrom().deferred(() -> {
            if (ended) {
                return Multi.createFrom().empty();
            }
            AtomicInteger unread = new AtomicInteger();
            return Multi.createFrom().<String>emitter(emitter -> {
                Subscriber subscriber = new Subscriber(emitter, unread);
                // compute, not computeIfAbsent(..).add: remove() must not drop the list between the two
                subscribers.compute(channel, (c, listeners) -> {
                    List<Subscriber> list = listeners == null ? new CopyOnWriteArrayList<>() : listeners;
                    list.add(subscriber);
                    return list;
                });
                emitter.onTermination(() -> remove(channel, subscriber));
                if (ended) {            // endSubscriptions() ran between the check above and the add
                    emitter.complete();
                }
            }, BackPressureStrategy.BUFFER).onItem().invoke(unread::decrementAndGet);
        });
    }

    /** Hands a notice to this instance's subscribers of its channel, now. */
    void deliver(Notice notice) {
        List<Subscriber> listeners = subscribers.get(notice.channel());
        if (listeners == null) {
            return;
        }
        for (Subscriber subscriber : listeners) {
            if (subscriber.unread().incrementAndGet() > BUFFERED) {
                // bounded memory per subscriber: it leaves the bus now and fails once it has read what it holds
                remove(notice.channel(), subscriber);
                subscriber.emitter().fail(new BackPressureFailure("A live subscriber of " + notice.channel()
                        + " fell more than " + BUFFERED + " notices behind"));
                LOG.debugf("Dropped a live subscriber of %s that fell behind", notice.channel());
                continue;
            }
            try {
                subscriber.emitter().emit(notice.message());
            } catch (RuntimeException e) {
                // one subscriber's own failure must not keep the notice from the others, or fail the publisher
                LOG.debugf(e, "A live subscriber of %s failed", notice.channel());
                remove(notice.channel(), subscriber);
            }
        }
    }

    private void remove(String channel, Subscriber subscriber) {
        subscribers.computeIfPresent(channel, (c, listeners) -> {
            listeners.remove(subscriber);
            return listeners.isEmpty() ? null : listeners;
        });
    }

    /** How many subscribers this instance holds for a channel. */
    int subscriberCount(String channel) {
        List<Subscriber> listeners = subscribers.get(channel);
        return listeners == null ? 0 : listeners.size();
    }

    /** How many channels have at least one subscriber here. */
    int channelCount() {
        return subscribers.size();
    }

    @Override
    public void endSubscriptions() {
        ended = true;
        subscribers.values().forEach(listeners -> listeners.forEach(subscriber -> subscriber.emitter().complete()));
    }

    /** Completes every subscription: live pages end their streams when the application stops. */
    @Override
    public void close() {
        endSubscriptions();
    }

    /** One subscription: where its messages go, and how many it has been sent but not yet taken. */
    private record Subscriber(MultiEmitter<? super String> emitter, AtomicInteger unread) {
    }
}
