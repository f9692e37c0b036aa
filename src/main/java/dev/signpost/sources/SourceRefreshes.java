package dev.signpost.sources;

import dev.signpost.content.source.ContentSources;
import dev.signpost.live.LiveBus;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.subscription.Cancellable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.UUID;
import java.util.function.BiPredicate;

/**
 * A refresh asked of one instance (an admin's button, the refresh API, a push webhook) reaches every instance: the
 * source refreshes here, and a notice on the live bus (PostgreSQL NOTIFY when instances share one, in memory
 * otherwise) makes every other instance refresh its own copy. A notice names the instance that sent it, which ignores
 * its own; an instance that receives one refreshes without sending one, so nothing loops. Bursts cost one fetch per
 * instance: each source's refresh gate folds requests that arrive while one runs or within its minimum gap.
 * Delivery is at most once: an instance that misses a notice (its listener was reconnecting) catches up at its next
 * scheduled refresh.
 */
@ApplicationScoped
public class SourceRefreshes {

    private static final Logger LOG = Logger.getLogger(SourceRefreshes.class);
    static final String CHANNEL = "content-sources:refresh";
    static final String FROM_ANOTHER_INSTANCE = "a refresh asked of another instance";

    private final LiveBus bus;
    private final BiPredicate<String, String> local;
    /** Tells this instance's notices from the others'; new at every start. */
    private final String instance = UUID.randomUUID().toString();
    private volatile Cancellable subscription;
    private volatile boolean stopped;

    @Inject
    SourceRefreshes(LiveBus bus, ContentSources sources) {
        this(bus, sources::refresh);
    }

    /** @param local refreshes a source on this instance: (name, reason) to whether the source exists */
    SourceRefreshes(LiveBus bus, BiPredicate<String, String> local) {
        this.bus = bus;
        this.local = local;
    }

    void onStart(@Observes StartupEvent event) {
        listen();
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    /** Receives the other instances' refreshes from now on. */
    synchronized void listen() {
        if (stopped) {
            return;
        }
        subscription = bus.subscribe(CHANNEL).subscribe().with(this::received, failure -> {
            // a subscriber that fell behind is dropped from the bus: take the notices that come next
            LOG.debugf("Source refresh notices: %s; listening again", failure.getMessage());
            listen();
        });
    }

    synchronized void stop() {
        stopped = true;
        if (subscription != null) {
            subscription.cancel();
        }
    }

    /**
     * Refreshes a source on this instance and asks every other instance to refresh it too.
     *
     * @return false when there is no such source
     */
    public boolean refresh(String name, String reason) {
        if (!local.test(name, reason)) {
            return false;
        }
        try {
            bus.publish(CHANNEL, instance + " " + name);
        } catch (RuntimeException e) {
            // this instance refreshes all the same; the others catch up at their next scheduled refresh
            LOG.warnf("Source %s refreshes on this instance only, the other instances were not told: %s", name, e.getMessage());
        }
        return true;
    }

    void received(String message) {
        int space = message.indexOf(' ');
        if (space <= 0 || message.substring(0, space).equals(instance)) {
            return;
        }
        String name = message.substring(space + 1);
        if (!local.test(name, FROM_ANOTHER_INSTANCE)) {
            LOG.debugf("Another instance refreshed source %s, which this one does not have", name);
        }
    }
}
