package dev.signpost.live;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.AgroalConnectionFactoryConfiguration;
import io.agroal.api.security.AgroalDefaultSecurityProvider;
import io.agroal.api.security.AgroalSecurityProvider;
import io.quarkus.datasource.common.runtime.DatabaseKind;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.Driver;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Chooses the live bus: {@link PostgresBus} when the datasource is PostgreSQL, {@link InProcessBus} otherwise, unless
 * {@code signpost.live.bus} says which. Created at start-up, so an instance listens before its first live page asks.
 */
@ApplicationScoped
class LiveBusProducer {

    private static final Logger LOG = Logger.getLogger(LiveBusProducer.class);
    static final String LISTENER_APPLICATION_NAME = "signpost-live-listener";

    @Inject
    LiveConfig config;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    TransactionSynchronizationRegistry transactions;
    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @Produces
    @ApplicationScoped
    @Startup
    LiveBus liveBus() {
        if (choose(config.bus(), dbKind) == LiveConfig.Mode.POSTGRES) {
            LOG.infof("Live updates go through PostgreSQL (LISTEN %s)", PostgresListener.PG_CHANNEL);
            return new PostgresBus(dataSource, listenerConnections(dataSource), config.reconnectDelay(),
                    config.reconnectMaxDelay()).start();
        }
        LOG.debug("Live updates stay within this instance");
        return new InProcessBus(transactions);
    }

    void close(@Disposes LiveBus bus) throws Exception {
        ((AutoCloseable) bus).close();
    }

    /**
     * First step of a graceful shutdown (quarkus.shutdown.delay-enabled): readiness reports DOWN and the live pages'
     * event streams end, so browsers reconnect to another instance while this one finishes its other requests; an
     * open stream would otherwise hold the shutdown until quarkus.shutdown.timeout.
     */
    void endStreams(@Observes ShutdownDelayInitiatedEvent event, LiveBus bus) {
        LOG.info("Shutting down: live event streams end, their pages reconnect to another instance");
        bus.endSubscriptions();
    }

    /** {@code POSTGRES} or {@code IN_PROCESS}, never {@code AUTO}. */
    static LiveConfig.Mode choose(LiveConfig.Mode mode, String dbKind) {
        boolean postgres = DatabaseKind.isPostgreSQL(dbKind);
        return switch (mode) {
            case AUTO -> postgres ? LiveConfig.Mode.POSTGRES : LiveConfig.Mode.IN_PROCESS;
            case IN_PROCESS -> LiveConfig.Mode.IN_PROCESS;
            case POSTGRES -> {
                if (!postgres) {
                    throw new IllegalStateException("signpost.live.bus=postgres needs a PostgreSQL datasource, but "
                            + "this build's quarkus.datasource.db-kind is " + dbKind + "; use auto or in-process");
                }
                yield LiveConfig.Mode.POSTGRES;
            }
        };
    }

    /**
     * The listener's connection is opened with the pool's own URL, properties and credentials, but outside the pool:
     * a pooled connection held for the application's life would shrink the pool, trip leak detection and be reset
     * by the pool's validation, and Agroal would not tell us when to LISTEN again.
     */
    static PostgresListener.ConnectionSource listenerConnections(AgroalDataSource dataSource) {
        AgroalConnectionFactoryConfiguration factory =
                dataSource.getConfiguration().connectionPoolConfiguration().connectionFactoryConfiguration();
        String url = factory.jdbcUrl();
        Properties properties = new Properties();
        properties.putAll(factory.jdbcProperties());
        List<Object> secrets = new ArrayList<>(factory.credentials());
        if (factory.principal() != null) {
            secrets.add(0, factory.principal());
        }
        for (Object secret : secrets) {
            properties.putAll(securityProperties(factory, secret));
        }
        properties.setProperty("ApplicationName", LISTENER_APPLICATION_NAME);
        properties.setProperty("tcpKeepAlive", "true");
        properties.putIfAbsent("connectTimeout", "10");
        Driver driver = new Driver();
        return () -> {
            Connection connection = driver.connect(url, properties);
            if (connection == null) {
                throw new SQLException("Not a PostgreSQL JDBC URL: " + url);
            }
            return connection;
        };
    }

    private static Properties securityProperties(AgroalConnectionFactoryConfiguration factory, Object secret) {
        List<AgroalSecurityProvider> providers = new ArrayList<>(factory.securityProviders());
        providers.add(new AgroalDefaultSecurityProvider());
        for (AgroalSecurityProvider provider : providers) {
            Properties properties = provider.getSecurityProperties(secret);
            if (properties != null) {
                return properties;
            }
        }
        return new Properties();
    }
}
