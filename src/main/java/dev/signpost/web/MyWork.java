package dev.signpost.web;

import dev.signpost.security.CurrentUser;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The header's "My work" for the person signed in: every feature's {@link WorkWaiting} counts, in order. Counting
 * takes a few queries, and the header is on every page, so the counts are kept per person for a moment
 * ({@code signpost.my-work.keep}, 30 seconds); a change the person makes themselves (any write they send, or a feature
 * telling {@link #changed()}) forgets theirs at once, so their own pages never lag behind what they did.
 * Templates reach it as {@code inject:myWork}.
 */
@Named("myWork")
@ApplicationScoped
public class MyWork {

    private static final int MAX_PEOPLE = 10_000;
    private static final Set<String> READS = Set.of(HttpMethod.GET.name(), HttpMethod.HEAD.name(), HttpMethod.OPTIONS.name());

    private record Kept(List<WorkWaiting.Count> counts, long untilNanos) {
    }

    @Inject
    Instance<WorkWaiting> kinds;
    @Inject
    CurrentUser user;
    @ConfigProperty(name = "signpost.my-work.keep", defaultValue = "30s")
    Duration keep;

    private final ConcurrentHashMap<String, Kept> kept = new ConcurrentHashMap<>();

    /** The kinds of work with something waiting; empty when the reader is not signed in or nothing waits. */
    public List<WorkWaiting.Count> counts() {
        if (!user.signedIn()) {
            return List.of();
        }
        long now = System.nanoTime();
        Kept mine = kept.get(user.username());
        if (mine == null || now - mine.untilNanos() >= 0) {
            mine = new Kept(countNow(), now + keep.toNanos());
            if (kept.size() >= MAX_PEOPLE) {
                kept.clear();
            }
            kept.put(user.username(), mine);
        }
        return mine.counts();
    }

    /** Everything waiting, all kinds together: the number beside "My work". */
    public long total() {
        return counts().stream().mapToLong(WorkWaiting.Count::count).sum();
    }

    private List<WorkWaiting.Count> countNow() {
        return kinds.stream().map(kind -> {
            try {
                return kind.count();
            } catch (RuntimeException e) {
                return Optional.<WorkWaiting.Count>empty(); // the database is away: the header still renders
            }
        }).flatMap(Optional::stream).filter(c -> c.count() > 0)
                .sorted(Comparator.comparingInt(WorkWaiting.Count::position)).toList();
    }

    /** Forgets the counts of the person signed in: something they did changed what waits for them. */
    public void changed() {
        if (user.signedIn()) {
            kept.remove(user.username());
        }
    }

    @ServerRequestFilter
    public void forgetOnWrite(ContainerRequestContext request) {
        if (!READS.contains(request.getMethod())) {
            changed();
        }
    }
}
