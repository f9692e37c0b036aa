package dev.signpost.notifications;

import java.util.Objects;

/**
 * A message a feature asks the {@link Outbox} to send. Text is plain and cut to fit (never markup: every page and
 * channel escapes it); the link must be a path inside the portal. The key names the cause (e.g.
 * {@code action-assigned:42:v3}); the outbox adds recipient and channel, so one cause queues each message once.
 */
public record NewMessage(String kind, String recipient, String title, String body, String link, String key) {

    public static final int KIND_LENGTH = 40;
    public static final int CHANNEL_LENGTH = 20;
    public static final int RECIPIENT_LENGTH = 100;
    public static final int TITLE_LENGTH = 300;
    public static final int BODY_LENGTH = 4000;
    public static final int LINK_LENGTH = 500;
    public static final int KEY_LENGTH = 300;

    public NewMessage {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(key, "key");
        if (kind.isBlank() || kind.length() > KIND_LENGTH) {
            throw new IllegalArgumentException("a kind has 1 to " + KIND_LENGTH + " characters: " + kind);
        }
        if (!isLocal(link)) {
            throw new IllegalArgumentException("a notification links to a path inside the portal, not " + link);
        }
        title = clip(oneLine(title), TITLE_LENGTH);
        body = clip(body == null ? "" : body.strip(), BODY_LENGTH);
    }

    /** The same message for someone else (a team's members each get their own). */
    public NewMessage to(String someone) {
        return new NewMessage(kind, someone, title, body, link, key);
    }

    /** The idempotency key of this message on a channel: the cause, the recipient and the channel. */
    public String keyOn(String channel) {
        return clip(key + ":" + recipient + ":" + channel, KEY_LENGTH);
    }

    static boolean isLocal(String link) {
        return link != null && link.length() <= LINK_LENGTH && link.startsWith("/") && !link.startsWith("//")
                && !link.contains("\\") && link.chars().noneMatch(Character::isISOControl);
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }

    static String clip(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(length - 2)) ? length - 2 : length - 1;
        return text.substring(0, end) + "…";
    }
}
