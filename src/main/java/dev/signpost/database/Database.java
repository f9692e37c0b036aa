package dev.signpost.database;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The schema's state and the database's reachability. Flyway migrates at start-up; when the database is unreachable
 * then, Signpost starts anyway (documentation needs no database) and keeps retrying in the background.
 */
@ApplicationScoped
public class Database {

    private static final Logger LOG = Logger.getLogger(Database.class);

    @Inject
    Flyway flyway;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    DatabaseConfig config;

    private volatile boolean migrated;
    private volatile String lastError = "not migrated yet";
    private ScheduledExecutorService retries;

    void onStart(@Observes StartupEvent event) {
        if (!migrate()) {
            retries = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "signpost-migration-retry");
                thread.setDaemon(true);
                return thread;
            });
            long every = config.migrationRetry().toMillis();
            retries.scheduleWithFixedDelay(() -> {
                if (migrate()) {
                    retries.shutdown();
                }
            }, every, every, TimeUnit.MILLISECONDS);
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        if (retries != null) {
            retries.shutdownNow();
        }
    }

    synchronized boolean migrate() {
        if (migrated) {
            return true;
        }
        try {
            int applied = flyway.migrate().migrationsExecuted;
            migrated = true;
            lastError = null;
            LOG.infof("Database schema is current (%d migration(s) applied now)", applied);
            return true;
        } catch (RuntimeException e) {
            lastError = rootMessage(e);
            LOG.warnf("Database not available, retrying every %s: %s", config.migrationRetry(), lastError);
            return false;
        }
    }

    /** Throws {@link DatabaseUnavailableException} unless the schema has been migrated. */
    public void requireReady() {
        if (!migrated) {
            throw new DatabaseUnavailableException("The database has not been reached since Signpost started: " + lastError);
        }
    }

    /** Why the database cannot be used now, or empty when a connection works and the schema is current. */
    public Optional<String> problem() {
        if (!migrated) {
            return Optional.of(lastError);
        }
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid((int) Math.max(1, config.checkTimeout().toSeconds()))
                    ? Optional.empty() : Optional.of("a connection did not answer within " + config.checkTimeout());
        } catch (SQLException | RuntimeException e) {
            return Optional.of(rootMessage(e));
        }
    }

    /**
     * Why a failure was the database going away under the request, when it was: a connection error (SQLSTATE class 08)
     * or the server shutting down or not yet accepting connections (57P01-57P03), found among the causes and the
     * suppressed exceptions (a failed commit carries the SQL error as suppressed).
     */
    static Optional<String> connectionLost(Throwable e) {
        return lostConnection(e, 0).map(sql -> "the connection was lost (" + sql.getSQLState() + "): " + rootMessage(e));
    }

    private static Optional<SQLException> lostConnection(Throwable e, int depth) {
        if (e == null || depth > 20) {
            return Optional.empty();
        }
        if (e instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || sql.getSQLState().matches("57P0[1-3]"))) {
            return Optional.of(sql);
        }
        for (Throwable suppressed : e.getSuppressed()) {
            Optional<SQLException> found = lostConnection(suppressed, depth + 1);
            if (found.isPresent()) {
                return found;
            }
        }
        return e.getCause() == e ? Optional.empty() : lostConnection(e.getCause(), depth + 1);
    }

    /**
     * Whether the failure came while the transaction was being committed ({@code RollbackException} or a heuristic
     * outcome from the transaction manager): when the connection was lost then, the database may have committed before
     * it went away, and nobody can say whether the work was saved.
     */
    static boolean whileCommitting(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof jakarta.transaction.RollbackException || cause instanceof jakarta.transaction.HeuristicMixedException
                    || cause instanceof jakarta.transaction.HeuristicRollbackException) {
                return true;
            }
        }
        return false;
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }
}
