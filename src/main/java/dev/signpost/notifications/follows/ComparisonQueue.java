package dev.signpost.notifications.follows;

import dev.signpost.database.Database;
import dev.signpost.database.DatabaseConfig;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The one background thread that runs the features' comparisons for {@link Announcements}: the newest comparison of a
 * type replaces one still waiting, so a burst of refreshes is compared once. While the database cannot be used (the
 * first snapshot may be ready before the schema is migrated) or cannot be read, a comparison waits and is tried again
 * every {@code signpost.database.migration-retry}. Nothing it runs reaches the thread that loaded the content.
 */
@ApplicationScoped
public class ComparisonQueue {

    private static final Logger LOG = Logger.getLogger(ComparisonQueue.class);

    @Inject
    Database database;
    @Inject
    DatabaseConfig databaseConfig;

    private final Map<String, Runnable> pending = new ConcurrentHashMap<>();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "signpost-announcements");
        thread.setDaemon(true);
        return thread;
    });

    void onStop(@Observes ShutdownEvent event) {
        worker.shutdownNow();
    }

    void later(String type, Runnable comparison) {
        if (pending.put(type, comparison) == null) {
            submit(type, Duration.ZERO);
        }
    }

    private void submit(String type, Duration delay) {
        try {
            worker.schedule(() -> run(type), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            pending.remove(type); // shutting down: the next start compares with what was recorded
        }
    }

    private void run(String type) {
        if (!databaseReady()) {
            submit(type, databaseConfig.migrationRetry());
            return;
        }
        Runnable latest = pending.remove(type);
        if (latest == null) {
            return;
        }
        try {
            latest.run();
        } catch (Announcements.Unavailable e) {
            LOG.warnf("Changes of %s are compared again in %s: %s", type, databaseConfig.migrationRetry(), e.getMessage());
            if (pending.putIfAbsent(type, latest) == null) {
                submit(type, databaseConfig.migrationRetry());
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "Changes of %s could not be announced", type);
        }
    }

    private boolean databaseReady() {
        try {
            database.requireReady();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
