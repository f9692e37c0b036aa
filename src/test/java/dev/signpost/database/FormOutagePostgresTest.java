package dev.signpost.database;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;

import java.net.URI;
import java.util.Map;

/**
 * {@link FormOutageCases} on PostgreSQL (CI stage 2, {@code -Ppostgresql}): the portal reaches the test database
 * through a TCP proxy on 127.0.0.1:{@value #PORT}; cutting it closes every pooled connection (as a PostgreSQL stop
 * does, SQLSTATE 08006) and refuses new ones until it is restored.
 */
@QuarkusTest
@Tag("postgresql-only")
@TestProfile(FormOutagePostgresTest.Profile.class)
class FormOutagePostgresTest extends FormOutageCases {

    static final int PORT = 18600;
    /** jdbc:postgresql://host:port/database, from -Dtest.db.url. */
    private static final URI DATABASE = URI.create(System.getenv().getOrDefault("SIGNPOST_TEST_JDBC_URL",
            "jdbc:postgresql://127.0.0.1:5432/signpost_ci").substring("jdbc:".length()));
    /** Started once per JVM (Quarkus loads this class a second time in its own class loader; that copy only steers). */
    private static final TcpProxy.Remote PROXY = TcpProxy.once(PORT, DATABASE.getHost(), DATABASE.getPort() < 0 ? 5432 : DATABASE.getPort());

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + PORT + DATABASE.getRawPath(),
                    "quarkus.datasource.jdbc.acquisition-timeout", "2S",
                    "quarkus.datasource.jdbc.min-size", "0",
                    "quarkus.datasource.jdbc.login-timeout", "2S");
        }
    }

    @Override
    void stopDatabase() {
        PROXY.set(false);
    }

    @Override
    void startDatabase() {
        PROXY.set(true);
    }

    @AfterAll
    static void closeProxy() {
        PROXY.set(false);
    }
}
