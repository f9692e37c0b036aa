package dev.signpost.actions;

import dev.signpost.audit.AuditLog;
import dev.signpost.database.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

/**
 * The secrets in people's calendar feed addresses: 256 random bits each, made on first use, replaced on request (which
 * stops every calendar subscribed with the old address).
 */
@ApplicationScoped
@Transactional
public class CalendarTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Database database;
    @Inject
    Clock clock;
    @Inject
    AuditLog audit;

    /** The person's token, made now if they have none. */
    public String of(String username) {
        database.requireReady();
        CalendarToken token = CalendarToken.findById(username);
        return token != null ? token.token : store(username, false);
    }

    /** A new token for the person; the old address stops working. */
    public String regenerate(String username) {
        database.requireReady();
        return store(username, true);
    }

    /** Whose token this is; empty for an unknown or malformed token. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> owner(String token) {
        database.requireReady();
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        return CalendarToken.<CalendarToken>find("token", token).firstResultOptional().map(t -> t.username);
    }

    private String store(String username, boolean replace) {
        CalendarToken token = CalendarToken.findById(username);
        if (token == null) {
            token = new CalendarToken();
            token.username = username;
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        token.token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        token.createdAt = clock.instant();
        token.persist();
        if (replace) {
            audit.record("calendar.token-regenerated", "calendar", username, "old feed address revoked");
        }
        return token.token;
    }
}
