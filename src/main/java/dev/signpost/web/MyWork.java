package dev.signpost.web;

import dev.signpost.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The header's "My work" for the person signed in: every feature's {@link WorkWaiting} counts, in order, kept for a
 * moment by {@link HeaderCounts}. Templates reach it as {@code inject:myWork}.
 */
@Named("myWork")
@ApplicationScoped
public class MyWork {

    @Inject
    Instance<WorkWaiting> kinds;
    @Inject
    CurrentUser user;
    @Inject
    HeaderCounts kept;

    /** The kinds of work with something waiting; empty when the reader is not signed in or nothing waits. */
    public List<WorkWaiting.Count> counts() {
        return user.signedIn() ? kept.of("my-work", this::countNow) : List.of();
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
        kept.changed();
    }
}
