package dev.signpost.notifications.follows;

import dev.signpost.notifications.Kind;
import dev.signpost.notifications.Outbox;
import dev.signpost.database.Database;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Announces changes of followed subjects once, whichever instance sees them first and across restarts: a feature hands
 * over its subjects as they are now ({@link Observed}); each is compared with the state recorded in
 * {@code announced_state}. A subject seen for the first time is recorded silently; a changed one is moved to its new
 * state by a conditional update and, in that same transaction, its {@link Announcement} is queued for its SIGs'
 * channels and its followers. An instance that loses the update (another announced it) or meets the outbox's unique key
 * queues nothing. A change that fails is logged and left for the next comparison.
 */
@ApplicationScoped
public class Announcements {

    private static final Logger LOG = Logger.getLogger(Announcements.class);

    /** What a feature says about one change of one of its subjects, from the state recorded; empty to record it silently. */
    @FunctionalInterface
    public interface Announcer {
        Optional<Announcement> of(String was, Observed now);
    }

    /** What one comparison did: subjects recorded for the first time, changes recorded, and those announced. */
    public record Outcome(int first, int changed, int announced) {
    }

    /** The recorded states cannot be read: the database is away. */
    public static class Unavailable extends RuntimeException {
        Unavailable(RuntimeException cause) {
            super(cause.getMessage(), cause);
        }
    }

    @Inject
    Database database;
    @Inject
    Clock clock;
    @Inject
    Outbox outbox;
    @Inject
    Follows follows;
    @Inject
    Instance<SigChannels> sigChannels;

    @Inject
    ComparisonQueue queue;

    /**
     * Runs a feature's comparison on the announcements thread, so that a content refresh never waits for the database;
     * a newer one for the same type replaces one that has not started yet ({@link ComparisonQueue}).
     */
    public void later(String type, Runnable comparison) {
        queue.later(type, comparison);
    }

    /**
     * Compares the subjects of a type as they are now with what was recorded, and announces what changed. A change that
     * fails is left for the next comparison; only when the recorded states cannot be read at all does it throw.
     *
     * @throws Unavailable when the database cannot be read (a comparison run by {@link #later} is then tried again)
     */
    public Outcome announce(String type, Collection<Observed> now, Announcer announcer) {
        Map<String, AnnouncedState> recorded;
        try {
            database.requireReady();
            recorded = QuarkusTransaction.requiringNew().call(() -> AnnouncedState.of(type));
        } catch (RuntimeException e) {
            throw new Unavailable(e);
        }
        int first = 0;
        int changed = 0;
        int announced = 0;
        for (Observed observed : now) {
            if (observed.key().length() > Follow.KEY_LENGTH || observed.state().length() > AnnouncedState.STATE_LENGTH) {
                continue; // nobody can follow it, and its state cannot be recorded
            }
            AnnouncedState was = recorded.get(observed.key());
            switch (was == null ? Observed.Change.FIRST : observed.against(was.state, was.asOf)) {
                case FIRST -> first += recordFirst(type, observed) ? 1 : 0;
                case CHANGED -> {
                    Optional<Boolean> told = change(type, was, observed, announcer);
                    changed += told.isPresent() ? 1 : 0;
                    announced += told.orElse(false) ? 1 : 0;
                }
                case SAME, STALE -> {
                }
            }
        }
        return new Outcome(first, changed, announced);
    }

    private boolean recordFirst(String type, Observed observed) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                AnnouncedState state = new AnnouncedState();
                state.key = new AnnouncedState.Key(type, observed.key());
                state.state = observed.state();
                state.asOf = observed.asOf();
                state.changedAt = clock.instant();
                state.persistAndFlush();
            });
            return true;
        } catch (RuntimeException e) {
            if (duplicate(e)) {
                LOG.debugf("%s %s was recorded by another instance first", type, observed.key());
            } else {
                LOG.warnf("%s %s could not be recorded: %s", type, observed.key(), e.getMessage());
            }
            return false;
        }
    }

    /** Records one change and queues its announcement in one transaction; empty when another instance recorded it. */
    private Optional<Boolean> change(String type, AnnouncedState was, Observed now, Announcer announcer) {
        try {
            Optional<Announcement> announcement = announcer.of(was.state, now);
            Instant at = clock.instant();
            return QuarkusTransaction.requiringNew().call(() -> {
                if (!AnnouncedState.advance(type, now.key(), was, now, at)) {
                    return Optional.<Boolean>empty();
                }
                announcement.ifPresent(a -> queue(type, now.key(), a));
                return Optional.of(announcement.isPresent());
            });
        } catch (RuntimeException e) {
            if (duplicate(e)) {
                LOG.debugf("The change of %s %s was announced by another instance: %s", type, now.key(), e.getMessage());
            } else {
                LOG.warnf(e, "The change of %s %s could not be announced; the next comparison tries again", type, now.key());
            }
            return Optional.empty();
        }
    }

    private void queue(String type, String key, Announcement announcement) {
        for (String sig : channels(announcement)) {
            outbox.toChannel(announcement.to(sig, announcement.kind()));
        }
        for (String follower : follows.followers(type, key)) {
            outbox.queue(announcement.to(follower, Kind.FOLLOWED_CHANGED));
        }
    }

    private Set<String> channels(Announcement announcement) {
        if (sigChannels.isResolvable()) {
            return new TreeSet<>(sigChannels.get().of(announcement.sigs(), announcement.tags()));
        }
        return new TreeSet<>(announcement.sigs());
    }

    /** A unique key met: another instance stored the same row a moment earlier. */
    static boolean duplicate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
