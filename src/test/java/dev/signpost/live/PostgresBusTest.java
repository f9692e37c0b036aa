package dev.signpost.live;

import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.stream.IntStream;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two instances' buses on one PostgreSQL database (created for this test beside the one the postgresql profile
 * names): notices cross from one to the other, in order, once, and survive the listener's connection being killed.
 * Runs only with {@code -Ppostgresql} (tag {@code postgresql-only}).
 */
@Tag("postgresql-only")
class PostgresBusTest {

    private static final Duration WITHIN = Duration.ofSeconds(1);

    private static String adminUrl;
    private static String user;
    private static String database;
    private static String url;
    private static PostgresBus a;
    private static PostgresBus b;
    private static final List<PostgresBus> started = new ArrayList<>();

    @BeforeAll
    static void createDatabaseAndTwoInstances() throws SQLException {
        adminUrl = System.getenv().getOrDefault("SIGNPOST_TEST_JDBC_URL", "");
        user = System.getenv().getOrDefault("SIGNPOST_TEST_DB_USER", "postgres");
        assumeTrue(adminUrl.startsWith("jdbc:postgresql:"), "needs the postgresql profile's database, not " + adminUrl);
        database = "signpost_live_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(adminUrl, "create database " + database);
        url = adminUrl.replaceFirst("^(jdbc:postgresql://[^/]*/)[^?]*", "$1" + database);
        a = instance("signpost-live-test-a");
        b = instance("signpost-live-test-b");
        await().atMost(Duration.ofSeconds(5)).until(() -> a.listening() && b.listening());
    }

    @AfterAll
    static void stopAndDropDatabase() throws SQLException {
        started.forEach(PostgresBus::close);
        if (database != null) {
            execute(adminUrl, "drop database if exists " + database + " with (force)");
        }
    }

    private static PostgresBus instance(String applicationName) {
        PGSimpleDataSource publishing = new PGSimpleDataSource();
        publishing.setUrl(url);
        publishing.setUser(user);
        Properties listening = new Properties();
        listening.setProperty("user", user);
        listening.setProperty("ApplicationName", applicationName);
        PostgresBus bus = new PostgresBus(publishing, () -> DriverManager.getConnection(url, listening),
                Duration.ofMillis(100), Duration.ofMillis(400)).start();
        started.add(bus);
        return bus;
    }

    private static void execute(String jdbcUrl, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, null);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static AssertSubscriber<String> subscribe(LiveBus bus, String channel) {
        return bus.subscribe(channel).subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
    }

    private static String channel() {
        return "lean-coffee:" + UUID.randomUUID();
    }

    /** Waits until exactly {@code expected} arrived, then a little longer to see that nothing arrives twice. */
    private static void assertReceivedExactly(List<String> expected, AssertSubscriber<String> subscriber) {
        await().atMost(WITHIN).until(() -> subscriber.getItems().size() >= expected.size());
        await().during(Duration.ofMillis(300)).atMost(WITHIN).until(() -> subscriber.getItems().size() == expected.size());
        assertEquals(expected, subscriber.getItems());
    }

    @Test
    void shouldDeliverToTheOtherInstanceInOrderAndToTheSenderOnce() {
        String channel = channel();
        AssertSubscriber<String> onB = subscribe(b, channel);
        AssertSubscriber<String> onA = subscribe(a, channel);
        List<String> sent = IntStream.rangeClosed(1, 30).mapToObj(i -> "topic " + i + " voted").toList();
        sent.forEach(message -> a.publish(channel, message));
        assertReceivedExactly(sent, onB);
        assertReceivedExactly(sent, onA);
    }

    @Test
    void shouldKeepChannelsApartAcrossInstances() {
        String one = channel();
        String other = channel();
        AssertSubscriber<String> onB = subscribe(b, one);
        a.publish(other, "elsewhere");
        a.publish(one, "here");
        assertReceivedExactly(List.of("here"), onB);
    }

    @Test
    void shouldCarryTheLongestMessageInTheWidestCharacters() {
        String channel = "€".repeat(LiveBus.MAX_CHANNEL_LENGTH);
        String message = "€".repeat(LiveBus.MAX_MESSAGE_LENGTH);
        AssertSubscriber<String> onB = subscribe(b, channel);
        a.publish(channel, message);
        assertReceivedExactly(List.of(message), onB);
    }

    @Test
    void shouldIgnoreForeignPayloadsOnTheSharedPostgresChannel() throws SQLException {
        String channel = channel();
        AssertSubscriber<String> onB = subscribe(b, channel);
        execute(url, "select pg_notify('signpost_live', 'not a notice')");
        a.publish(channel, "real");
        assertReceivedExactly(List.of("real"), onB);
        assertTrue(b.listening());
    }

    @Test
    void shouldFreeTheSubscriberWhenItCancels() {
        String channel = channel();
        AssertSubscriber<String> onB = subscribe(b, channel);
        assertEquals(1, b.subscriberCount(channel));
        onB.cancel();
        assertEquals(0, b.subscriberCount(channel));
        a.publish(channel, "to nobody");
        onB.assertHasNotReceivedAnyItem();
    }

    @Test
    void shouldResumeDeliveryAfterTheListenerConnectionIsTerminated() throws SQLException {
        String channel = channel();
        AssertSubscriber<String> onB = subscribe(b, channel);
        long before = b.connectionsEstablished();
        assertEquals(1, terminateListenerOf("signpost-live-test-b"), "one listener backend terminated");

        await().atMost(Duration.ofSeconds(5)).until(() -> b.connectionsEstablished() > before && b.listening());
        a.publish(channel, "after the outage");
        assertReceivedExactly(List.of("after the outage"), onB);
        assertTrue(a.listening(), "the other instance was not disturbed");
    }

    @Test
    void shouldCloseTheListenerConnectionOnShutdown() throws SQLException {
        PostgresBus c = instance("signpost-live-test-c");
        AssertSubscriber<String> onC = subscribe(c, channel());
        await().atMost(Duration.ofSeconds(5)).until(c::listening);
        assertEquals(1, backendsOf("signpost-live-test-c"));
        c.close();
        assertTrue(!c.listening());
        onC.assertCompleted();
        await().atMost(Duration.ofSeconds(3)).until(() -> backendsOf("signpost-live-test-c") == 0);
    }

    @Test
    void shouldKeepTryingUntilTheDatabaseAnswersAndWarnOncePerOutage() {
        AtomicInteger attempts = new AtomicInteger();
        Properties listening = new Properties();
        listening.setProperty("user", user);
        PGSimpleDataSource publishing = new PGSimpleDataSource();
        publishing.setUrl(url);
        publishing.setUser(user);
        List<LogRecord> warnings = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    warnings.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger log = java.util.logging.Logger.getLogger(PostgresListener.class.getName());
        log.addHandler(handler);
        try (PostgresBus late = new PostgresBus(publishing, () -> {
            if (attempts.incrementAndGet() <= 3) {
                throw new SQLException("Connection refused (simulated)");
            }
            return DriverManager.getConnection(url, listening);
        }, Duration.ofMillis(50), Duration.ofMillis(200)).start()) {
            await().atMost(Duration.ofSeconds(5)).until(late::listening);
            assertEquals(4, attempts.get());
            assertEquals(1, late.connectionsEstablished());
            assertEquals(1, warnings.size(), "one warning for the whole outage");

            String channel = channel();
            AssertSubscriber<String> onLate = subscribe(late, channel);
            a.publish(channel, "finally");
            assertReceivedExactly(List.of("finally"), onLate);
        } finally {
            log.removeHandler(handler);
        }
    }

    private static int terminateListenerOf(String applicationName) throws SQLException {
        return count("select count(pg_terminate_backend(pid)) from pg_stat_activity where datname = '" + database
                + "' and application_name = '" + applicationName + "' and query like 'LISTEN%'");
    }

    private static int backendsOf(String applicationName) throws SQLException {
        return count("select count(*) from pg_stat_activity where datname = '" + database
                + "' and application_name = '" + applicationName + "'");
    }

    private static int count(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(adminUrl, user, null);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        }
    }
}
