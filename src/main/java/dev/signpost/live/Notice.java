package dev.signpost.live;

import java.util.Optional;

/**
 * One notice: a channel and a message, checked. On PostgreSQL it travels as the payload {@code <channel>\n<message>};
 * the channel holds no line break, so the first one separates them.
 */
record Notice(String channel, String message) {

    /**
     * PostgreSQL refuses a NOTIFY payload of 8000 bytes or more. The limits keep every notice far below: UTF-8 needs at
     * most 3 bytes per UTF-16 code unit (a surrogate pair takes 4 bytes for 2 units).
     */
    static final int WORST_CASE_PAYLOAD_BYTES = 3 * (LiveBus.MAX_CHANNEL_LENGTH + 1 + LiveBus.MAX_MESSAGE_LENGTH);
    static final int POSTGRES_PAYLOAD_LIMIT_BYTES = 8000;

    Notice {
        requireValidChannel(channel);
        if (message == null) {
            throw new IllegalArgumentException("A live message must not be null");
        }
        if (message.length() > LiveBus.MAX_MESSAGE_LENGTH) {
            throw new IllegalArgumentException("A live message has at most " + LiveBus.MAX_MESSAGE_LENGTH
                    + " characters; this one has " + message.length());
        }
        if (message.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("A live message must not contain NUL characters");
        }
    }

    static String requireValidChannel(String channel) {
        if (channel == null || channel.isBlank()) {
            throw new IllegalArgumentException("A live channel must not be blank");
        }
        if (channel.length() > LiveBus.MAX_CHANNEL_LENGTH) {
            throw new IllegalArgumentException("A live channel has at most " + LiveBus.MAX_CHANNEL_LENGTH
                    + " characters; this one has " + channel.length());
        }
        if (channel.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("A live channel must not contain control characters");
        }
        return channel;
    }

    String payload() {
        return channel + '\n' + message;
    }

    /** The notice a payload carries, or empty when it was not written by {@link #payload()}. */
    static Optional<Notice> fromPayload(String payload) {
        int separator = payload == null ? -1 : payload.indexOf('\n');
        if (separator <= 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Notice(payload.substring(0, separator), payload.substring(separator + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
