package dev.signpost.web;

import dev.signpost.security.CurrentUser;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What the header counts for the person signed in ("My work", the bell's unread notifications) and other small facts about
 * them that every page shows (their header part, their own ratings), kept per person for a
 * moment ({@code signpost.my-work.keep}, 30 seconds): the header is on every page and counting takes queries. A write
 * the person sends forgets theirs at once, so their own pages never lag behind what they did; a feature that changes
 * what waits for someone else (a notification delivered to them) says so with {@link #forget(String)}.
 */
@ApplicationScoped
public class HeaderCounts {

    private static final int MAX_PEOPLE = 10_000;
    private static final Set<String> READS = Set.of(HttpMethod.GET.name(), HttpMethod.HEAD.name(), HttpMethod.OPTIONS.name());

    private record Kept(Object value, long untilNanos) {
    }

    @Inject
    CurrentUser user;
    @ConfigProperty(name = "signpost.my-work.keep", defaultValue = "30s")
    Duration keep;

    private final ConcurrentHashMap<String, Map<String, Kept>> people = new ConcurrentHashMap<>();

    /** The person signed in's {@code kind} of count, kept or counted now by {@code count}. */
    @SuppressWarnings("unchecked")
    public <T> T of(String kind, Supplier<T> count) {
        long now = System.nanoTime();
        Map<String, Kept> mine = people.computeIfAbsent(user.username(), name -> {
            if (people.size() >= MAX_PEOPLE) {
                people.clear();
            }
            return new ConcurrentHashMap<>();
        });
        Kept kept = mine.get(kind);
        if (kept == null || now - kept.untilNanos() >= 0) {
            kept = new Kept(count.get(), now + keep.toNanos());
            mine.put(kind, kept);
        }
        return (T) kept.value();
    }

    /**
     * Something made from the person's counts (their header), kept with them: made now when not kept, and kept no
     * longer than the counts it was made from, so it is never older than they may be. Forgotten with them.
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(String kind, Supplier<T> make) {
        long now = System.nanoTime();
        Map<String, Kept> mine = people.get(user.username());
        Kept kept = mine == null ? null : mine.get(kind);
        if (kept != null && now - kept.untilNanos() < 0) {
            return (T) kept.value();
        }
        T value = make.get();
        mine = people.get(user.username());
        if (mine != null) {
            long until = now + keep.toNanos();
            for (Kept count : mine.values()) {
                if (count.untilNanos() - now > 0 && count.untilNanos() - until < 0) {
                    until = count.untilNanos();
                }
            }
            mine.put(kind, new Kept(value, until));
        }
        return value;
    }

    /** Forgets every count of a person: something changed what waits for them. */
    public void forget(String username) {
        if (username != null) {
            people.remove(username);
        }
    }

    /** Forgets the counts of the person signed in. */
    public void changed() {
        if (user.signedIn()) {
            forget(user.username());
        }
    }

    @ServerRequestFilter
    public void forgetOnWrite(ContainerRequestContext request) {
        if (!READS.contains(request.getMethod())) {
            changed();
        }
    }
}
