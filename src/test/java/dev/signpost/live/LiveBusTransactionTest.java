package dev.signpost.live;

import io.quarkus.arc.ClientProxy;
import io.quarkus.datasource.common.runtime.DatabaseKind;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The application's bus and JTA: a notice published in a transaction arrives after the commit and never after a
 * rollback. On H2 (the default run) that is the {@link InProcessBus}; with {@code -Ppostgresql} the same tests run
 * against the {@link PostgresBus}, plus a second instance's bus on the same database.
 */
@QuarkusTest
@Tag("database")
class LiveBusTransactionTest {

    private static final Duration WITHIN = Duration.ofSeconds(1);

    @Inject
    LiveBus bus;
    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;
    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> user;

    private boolean postgres() {
        return DatabaseKind.isPostgreSQL(dbKind);
    }

    /** The listener connects in the background at start-up; a notice that comes back proves it is there. */
    @BeforeEach
    void busIsListening() {
        String probe = "probe:" + UUID.randomUUID();
        AssertSubscriber<String> probes = subscribe(bus, probe);
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).until(() -> {
            bus.publish(probe, "are you there");
            return !probes.getItems().isEmpty();
        });
        probes.cancel();
    }

    private static AssertSubscriber<String> subscribe(LiveBus bus, String channel) {
        return bus.subscribe(channel).subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
    }

    private static void assertReceivedExactly(List<String> expected, AssertSubscriber<String> subscriber) {
        await().atMost(WITHIN).until(() -> subscriber.getItems().size() >= expected.size());
        await().during(Duration.ofMillis(300)).atMost(WITHIN).until(() -> subscriber.getItems().size() == expected.size());
        assertEquals(expected, subscriber.getItems());
    }

    @Test
    void shouldUseTheBusOfTheDatasource() {
        Class<? extends LiveBus> expected = postgres() ? PostgresBus.class : InProcessBus.class;
        assertEquals(expected, ClientProxy.unwrap(bus).getClass());
    }

    @Test
    void shouldDeliverNoticesOfATransactionOnlyOnceItCommits() {
        String channel = "lean-coffee:" + UUID.randomUUID();
        AssertSubscriber<String> subscriber = subscribe(bus, channel);
        QuarkusTransaction.requiringNew().run(() -> {
            bus.publish(channel, "topic added");
            bus.publish(channel, "topic moved");
            await().during(Duration.ofMillis(300)).atMost(WITHIN).until(() -> subscriber.getItems().isEmpty());
        });
        assertReceivedExactly(List.of("topic added", "topic moved"), subscriber);
    }

    @Test
    void shouldDropNoticesOfATransactionThatRollsBack() {
        String channel = "lean-coffee:" + UUID.randomUUID();
        AssertSubscriber<String> subscriber = subscribe(bus, channel);
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            bus.publish(channel, "never happened");
            throw new IllegalStateException("the change failed");
        }));
        assertThrows(QuarkusTransactionException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            bus.publish(channel, "nor this");
            QuarkusTransaction.setRollbackOnly();
            bus.publish(channel, "nor this, published after the transaction was doomed");
        }));
        bus.publish(channel, "outside any transaction");
        assertReceivedExactly(List.of("outside any transaction"), subscriber);
    }

    @Test
    void shouldReachAnotherInstanceOnlyWithCommittedNotices() {
        assumeTrue(postgres(), "a second instance needs PostgreSQL");
        PGSimpleDataSource publishing = new PGSimpleDataSource();
        publishing.setUrl(jdbcUrl);
        user.ifPresent(publishing::setUser);
        Properties listening = new Properties();
        user.ifPresent(u -> listening.setProperty("user", u));
        try (PostgresBus other = new PostgresBus(publishing, () -> DriverManager.getConnection(jdbcUrl, listening),
                Duration.ofMillis(100), Duration.ofSeconds(1)).start()) {
            await().atMost(Duration.ofSeconds(5)).until(other::listening);
            String channel = "lean-coffee:" + UUID.randomUUID();
            AssertSubscriber<String> there = subscribe(other, channel);
            AssertSubscriber<String> here = subscribe(bus, channel);
            QuarkusTransaction.requiringNew().run(() -> bus.publish(channel, "committed 1"));
            assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
                bus.publish(channel, "rolled back");
                throw new IllegalStateException("the change failed");
            }));
            QuarkusTransaction.requiringNew().run(() -> bus.publish(channel, "committed 2"));
            bus.publish(channel, "no transaction");
            List<String> expected = List.of("committed 1", "committed 2", "no transaction");
            assertReceivedExactly(expected, there);
            assertReceivedExactly(expected, here);
        }
    }
}
