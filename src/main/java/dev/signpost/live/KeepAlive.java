package dev.signpost.live;

import io.smallrye.mutiny.Multi;

import java.time.Duration;
import java.util.Optional;

/** An event stream for a live page: its notices, a "ping" now and then so proxies keep it open, and its end. */
public final class KeepAlive {

    public static final String PING = "ping";

    private KeepAlive() {
    }

    /**
     * The notices with a {@value #PING} every {@code every}, ending when the notices end (this instance shuts down, see
     * {@link LiveBus#endSubscriptions()}): the browser then reconnects, most likely to another instance, and re-reads
     * the page's state. Without that end the pings would keep the stream, and the instance's shutdown, waiting.
     */
    public static Multi<String> around(Multi<String> notices, Duration every) {
        // an empty item marks the notices' end among the pings
        Multi<Optional<String>> changes = notices.map(Optional::of).onCompletion().continueWith(Optional.empty());
        Multi<Optional<String>> pings = Multi.createFrom().ticks().every(every).map(tick -> Optional.of(PING));
        return Multi.createBy().merging().streams(changes, pings).select().first(Optional::isPresent).map(Optional::get);
    }
}
