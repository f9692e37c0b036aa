package dev.signpost.web;

import dev.signpost.content.ContentChanged;
import dev.signpost.live.LiveBus;
import dev.signpost.security.CurrentUser;
import dev.signpost.web.time.ReaderTime;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.subscription.Cancellable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Parts of pages made from stored data (a SIG's sections, the action tracker's table), kept until something could
 * have changed them: any write this instance answers (every request that is not a read, once it has been handled, so
 * after its transaction committed), a write another instance announces on the live bus, or new content. A part made
 * while a write was under way is kept under the generation it began in, which that write ended, so it is never
 * served. The live bus delivers at most once; {@code signpost.kept-parts.keep} (10 seconds) bounds how long a missed
 * notice can leave another instance's write unseen here. {@code 0s} keeps nothing.
 * <p>
 * The key names everything a part depends on besides stored data and content (the page, the reader's role set, zone,
 * day): a part that depends on who the reader is must not be kept here.
 */
@ApplicationScoped
public class KeptParts {

    private static final Logger LOG = Logger.getLogger(KeptParts.class);
    static final String CHANNEL = "kept-parts:written";
    /** More keys than pages, role sets and zones in use means keys are built from input: start again. */
    static final int MAX_PARTS = 1_000;
    private static final Set<String> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private record Kept(Object value, long generation, long untilNanos) {
    }

    @Inject
    LiveBus bus;
    @Inject
    CurrentUser user;
    @Inject
    ReaderTime readerTime;
    @ConfigProperty(name = "signpost.kept-parts.keep", defaultValue = "10s")
    Duration keep;

    private final ConcurrentHashMap<String, Kept> parts = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    /** Tells this instance's notices from the others'; new at every start. */
    private final String instance = UUID.randomUUID().toString();
    private volatile Cancellable subscription;
    private volatile boolean stopped;

    /** The part under {@code key}, kept from earlier or made now by {@code make}. */
    @SuppressWarnings("unchecked")
    public <T> T get(String key, Supplier<T> make) {
        long now = System.nanoTime();
        long current = generation.get();
        Kept kept = parts.get(key);
        if (kept != null && kept.generation() == current && now - kept.untilNanos() < 0) {
            return (T) kept.value();
        }
        T value = make.get();
        if (!keep.isZero()) {
            if (parts.size() >= MAX_PARTS) {
                parts.clear();
            }
            parts.put(key, new Kept(value, current, now + keep.toNanos()));
        }
        return value;
    }

    /** What a part may depend on about the reader besides the page: whether and with which roles they are signed in, and their zone. */
    public String reader() {
        return (user.signedIn() ? String.join(",", new TreeSet<>(user.roles())) : "-") + ":" + readerTime.zoneName();
    }

    /** Stored data may have changed: every part is made again when next asked for. */
    public void changed() {
        generation.incrementAndGet();
    }

    @ServerResponseFilter
    public void afterWrite(ContainerRequestContext request) {
        if (READS.contains(request.getMethod())) {
            return;
        }
        changed();
        try {
            bus.publish(CHANNEL, instance);
        } catch (RuntimeException e) {
            // the other instances see the write once their kept parts expire
            LOG.debugf("Could not tell the other instances of a write: %s", e.getMessage());
        }
    }

    void onContentChanged(@Observes ContentChanged event) {
        changed();
    }

    void onStart(@Observes StartupEvent event) {
        listen();
    }

    void onStop(@Observes ShutdownEvent event) {
        stopped = true;
        Cancellable current = subscription;
        if (current != null) {
            current.cancel();
        }
    }

    private synchronized void listen() {
        if (stopped) {
            return;
        }
        subscription = bus.subscribe(CHANNEL).subscribe().with(this::received, failure -> {
            // a subscriber that fell behind is dropped from the bus; whatever it missed, start again
            changed();
            listen();
        });
    }

    void received(String sender) {
        if (!instance.equals(sender)) {
            changed();
        }
    }
}
