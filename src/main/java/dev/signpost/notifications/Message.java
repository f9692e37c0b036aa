package dev.signpost.notifications;

/**
 * A message as a {@link Channel} sends it: plain text (each channel escapes for its own format), a local link and
 * the idempotency key that lets a receiver recognise a retry.
 *
 * @param attempts how many times sending it was tried before this one
 */
public record Message(long id, String kind, String channel, String recipient, String title, String body, String link,
                      String idempotencyKey, int attempts) {

    /** The idempotency key as a header value: visible ASCII as it is, anything else (line breaks too) percent-encoded. */
    public String keyAsHeader() {
        return asHeader(idempotencyKey);
    }

    /** Text as a header value that cannot start another header: visible ASCII kept, anything else percent-encoded. */
    public static String asHeader(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c > 0x20 && c < 0x7f && c != '%') {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }
}
