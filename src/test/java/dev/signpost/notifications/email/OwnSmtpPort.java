package dev.signpost.notifications.email;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * A test profile whose application sends mail to an SMTP port of its own, with a mailer (and its connection pool) of
 * its own: for tests that stop their server or script its answers, so that no other class's mailer ever meets a socket
 * they closed, nor theirs one of another's.
 */
public abstract class OwnSmtpPort implements QuarkusTestProfile {

    abstract int port();

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.mailer.port", String.valueOf(port()));
    }

    /** The retry test's server, which it stops and starts. */
    public static final class Retry extends OwnSmtpPort {
        static final int PORT = 3026;

        @Override
        int port() {
            return PORT;
        }
    }

    /** The refusal tests' scripted server. */
    public static final class Refusal extends OwnSmtpPort {
        static final int PORT = 3027;

        @Override
        int port() {
            return PORT;
        }
    }
}
