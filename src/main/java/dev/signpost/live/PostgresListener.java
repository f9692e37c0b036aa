package dev.signpost.live;

import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * One long-lived connection that LISTENs on {@value #PG_CHANNEL} and hands every notice to the local subscribers, on
 * its own thread. When the connection fails it reconnects with a doubling delay, logging one warning per outage.
 */
final class PostgresListener implements AutoCloseable {

    /** Opens a connection of its own, outside the pool: the listener keeps it as long as the application runs. */
    @FunctionalInterface
    interface ConnectionSource {
        Connection open() throws SQLException;
    }

    static final String PG_CHANNEL = "signpost_live";
    private static final Logger LOG = Logger.getLogger(PostgresListener.class);
    private static final int POLL_MILLIS = 500;
    /** How often an idle connection is proved alive: a dropped network may otherwise go unnoticed for hours. */
    private static final long CHECK_EVERY_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final ConnectionSource connections;
    private final Consumer<Notice> dispatch;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final AtomicLong established = new AtomicLong();
    private volatile boolean running;
    private volatile boolean listening;
    private volatile Connection current;
    private Thread thread;

    PostgresListener(ConnectionSource connections, Consumer<Notice> dispatch, Duration firstDelay, Duration maxDelay) {
        this.connections = connections;
        this.dispatch = dispatch;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
    }

    synchronized void start() {
        if (thread != null) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "signpost-live-listener");
        thread.setDaemon(true);
        thread.start();
    }

    boolean listening() {
        return listening;
    }

    /** How many times a connection has started listening: 1 after start, one more after every reconnect. */
    long connectionsEstablished() {
        return established.get();
    }

    private void run() {
        Duration delay = firstDelay;
        boolean inOutage = false;
        while (running) {
            try (Connection connection = connections.open()) {
                current = connection;
                connection.setAutoCommit(true);
                listen(connection);
                listening = true;
                established.incrementAndGet();
                if (inOutage) {
                    LOG.info("Live updates: listening to other instances again; notices sent meanwhile were missed");
                }
                inOutage = false;
                delay = firstDelay;
                receive(connection);
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (!running) {
                    break;
                }
                if (!inOutage) {
                    LOG.warnf("Live updates from other instances paused: the listener connection failed (%s); "
                            + "reconnecting, at most every %d ms", rootMessage(e), maxDelay.toMillis());
                    inOutage = true;
                } else {
                    LOG.debugf("Live listener still cannot connect: %s", rootMessage(e));
                }
                if (!pause(delay)) {
                    break;
                }
                delay = delay.multipliedBy(2).compareTo(maxDelay) > 0 ? maxDelay : delay.multipliedBy(2);
            } finally {
                listening = false;
                current = null;
            }
        }
    }

    private void receive(Connection connection) throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        long checked = System.nanoTime();
        while (running) {
            PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
            if (notifications != null) {
                for (PGNotification notification : notifications) {
                    if (PG_CHANNEL.equals(notification.getName())) {
                        Notice.fromPayload(notification.getParameter()).ifPresentOrElse(dispatch,
                                () -> LOG.debugf("Ignored a %s payload that is no notice", PG_CHANNEL));
                    }
                }
            }
            if (System.nanoTime() - checked > CHECK_EVERY_NANOS) {
                // a round trip that fails on a dead connection; LISTEN again is a no-op that keeps
                // pg_stat_activity.query telling what this connection is for
                listen(connection);
                checked = System.nanoTime();
            }
        }
    }

    private static void listen(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + PG_CHANNEL);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }

    private boolean pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
            return running;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Stops listening and closes the connection; waits up to two seconds for the thread to end. */
    @Override
    public void close() {
        Thread listener;
        synchronized (this) {
            running = false;
            listener = thread;
        }
        if (listener == null) {
            return;
        }
        listener.interrupt();
        try {
            listener.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Connection stuck = current;
        if (listener.isAlive() && stuck != null) {
            try {
                stuck.close();
            } catch (SQLException e) {
                LOG.debugf("Closing the live listener connection: %s", e.getMessage());
            }
        }
    }
}
