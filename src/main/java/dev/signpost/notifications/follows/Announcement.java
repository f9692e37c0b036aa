package dev.signpost.notifications.follows;

import dev.signpost.notifications.Kind;
import dev.signpost.notifications.NewMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What to say about one change of a followed subject: to the chat channels of the SIGs it belongs to (those it names,
 * and those whose tags mark its page) as {@code kind}, and to each of its followers as {@link Kind#FOLLOWED_CHANGED}.
 *
 * @param cause names the change the same way on every instance ({@code tool-ring:jenkins:supported->hold:1767225600}),
 *              so the outbox stores each message once; a long one is shortened to a prefix and a hash
 */
public record Announcement(Kind kind, String cause, String title, String body, String link, Set<String> sigs, List<String> tags) {

    static final int CAUSE_LENGTH = 150;

    public Announcement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        cause = shortened(Objects.requireNonNull(cause, "cause"));
        sigs = Set.copyOf(sigs);
        tags = List.copyOf(tags);
    }

    NewMessage to(String recipient, Kind as) {
        return new NewMessage(as.code(), recipient, title, body, link, cause);
    }

    /** The cause as given when it leaves room for recipient and channel in the outbox's key, else a prefix and a hash. */
    static String shortened(String cause) {
        if (cause.length() <= CAUSE_LENGTH) {
            return cause;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(cause.getBytes(StandardCharsets.UTF_8));
            return cause.substring(0, 80) + "#" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
