package dev.signpost.security;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.NewCookie;
import io.quarkus.datasource.common.runtime.DatabaseKind;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;

/** The local sign-in's sessions: issues, reads and clears the signed session cookie. */
@ApplicationScoped
public class LocalSignIn {

    private static final Logger LOG = Logger.getLogger(LocalSignIn.class);

    static final String UNSHARED_KEY_WARNING = "Local sign-in: no session secret is set and the database is PostgreSQL, "
            + "which several instances may share: a session this instance starts is refused by every other one. Give every "
            + "instance the same SIGNPOST_SECURITY_LOCAL_SIGN_IN_SESSION_SECRET (signpost.security.local-sign-in.session-secret), "
            + "e.g. from `openssl rand -base64 32`.";

    private final SecurityConfig config;
    private final LocalSessionCookie cookie;

    @Inject
    public LocalSignIn(SecurityConfig config, Clock clock, @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.config = config;
        this.cookie = new LocalSessionCookie(key(config, DatabaseKind.isPostgreSQL(dbKind)), clock, config.localSignIn().sessionLength());
    }

    public boolean enabled() {
        return config.localSignIn().enabled();
    }

    /** The user name of a valid session cookie on the request. */
    Optional<String> user(HttpServerRequest request) {
        Cookie value = request.getCookie(LocalSessionCookie.NAME);
        return value == null ? Optional.empty() : cookie.verify(value.getValue());
    }

    /** The cookie that starts a session; {@code Secure} when the request came over HTTPS. */
    NewCookie start(String username, boolean secure) {
        return sessionCookie(cookie.issue(username), (int) cookie.length().toSeconds(), secure);
    }

    /** The cookie that ends the session. */
    NewCookie end(boolean secure) {
        return sessionCookie("", 0, secure);
    }

    private static NewCookie sessionCookie(String value, int maxAgeSeconds, boolean secure) {
        return new NewCookie.Builder(LocalSessionCookie.NAME).value(value).path("/").httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX).secure(secure).maxAge(maxAgeSeconds).build();
    }

    /**
     * The session key: from the configured secret, else random. A random key is per instance: with PostgreSQL, which
     * several instances of a twin or demo build share, a session one instance issued is refused by the others, so
     * that case is warned about (not refused: a single instance on PostgreSQL, as in CI's PostgreSQL stage, is fine).
     */
    static byte[] key(SecurityConfig config, boolean sharedDatabase) {
        Optional<String> secret = config.localSignIn().sessionSecret().filter(s -> !s.isBlank());
        if (secret.isPresent()) {
            try {
                return MessageDigest.getInstance("SHA-256").digest(secret.get().getBytes(StandardCharsets.UTF_8));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
            }
        }
        if (config.localSignIn().enabled() && sharedDatabase) {
            LOG.warn(UNSHARED_KEY_WARNING);
        } else if (config.localSignIn().enabled()) {
            LOG.info("Local sign-in: no signpost.security.local-sign-in.session-secret set; sessions end when Signpost restarts");
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return random;
    }
}
