package dev.signpost.database;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;

import java.util.Map;

/** {@link FormOutageCases} on H2: the database is an H2 server in this JVM, stopped and started under the portal. */
@QuarkusTest
@TestProfile(FormOutageTest.Profile.class)
class FormOutageTest extends FormOutageCases {

    static final int PORT = H2Servers.freePort();
    private static Server server = start();

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:tcp://127.0.0.1:" + PORT + "/./form_outage",
                    "quarkus.datasource.jdbc.acquisition-timeout", "2S",
                    "quarkus.datasource.jdbc.min-size", "0");
        }
    }

    @Override
    void stopDatabase() {
        server.stop();
        server = null;
    }

    @Override
    void startDatabase() {
        if (server == null) {
            server = start();
        }
    }

    private static Server start() {
        return H2Servers.start(PORT, "-baseDir", "target/h2-form-outage");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
