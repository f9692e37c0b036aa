package dev.signpost.live;

import io.smallrye.mutiny.Multi;
import jakarta.persistence.PersistenceException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;

/**
 * The live bus across instances sharing one PostgreSQL database. {@code publish} runs {@code pg_notify} on the
 * caller's datasource connection, so inside a transaction PostgreSQL sends it at commit and drops it on rollback.
 * Every instance (this one too) receives it through its {@link PostgresListener} and hands it to its own
 * subscribers: a notice reaches local subscribers by that one path only, so exactly once, in commit order.
 */
public class PostgresBus implements LiveBus, AutoCloseable {

    private final DataSource dataSource;
    private final InProcessBus local = new InProcessBus();
    private final PostgresListener listener;

    /**
     * @param dataSource          where notices are sent: the application's (pooled, transaction-aware) datasource
     * @param listenerConnections opens the dedicated listening connection, to the same database
     * @param reconnectDelay      the first pause after the listening connection failed; it doubles on each failure
     * @param reconnectMaxDelay   the longest pause
     */
    PostgresBus(DataSource dataSource, PostgresListener.ConnectionSource listenerConnections,
                Duration reconnectDelay, Duration reconnectMaxDelay) {
        this.dataSource = dataSource;
        this.listener = new PostgresListener(listenerConnections, local::deliver, reconnectDelay, reconnectMaxDelay);
    }

    /** Starts listening in the background; returns at once, even when the database cannot be reached. */
    public PostgresBus start() {
        listener.start();
        return this;
    }

    /** @throws PersistenceException when the database refuses the notice */
    @Override
    public void publish(String channel, String message) {
        Notice notice = new Notice(channel, message);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
            notify.setString(1, PostgresListener.PG_CHANNEL);
            notify.setString(2, notice.payload());
            notify.execute();
        } catch (SQLException e) {
            throw new PersistenceException("Could not publish a live notice on " + channel, e);
        }
    }

    @Override
    public Multi<String> subscribe(String channel) {
        return local.subscribe(channel);
    }

    @Override
    public void endSubscriptions() {
        local.endSubscriptions();
    }

    /** Whether notices from other instances arrive now. */
    public boolean listening() {
        return listener.listening();
    }

    long connectionsEstablished() {
        return listener.connectionsEstablished();
    }

    int subscriberCount(String channel) {
        return local.subscriberCount(channel);
    }

    @Override
    public void close() {
        listener.close();
        local.close();
    }
}
