package dev.signpost.notifications;

/**
 * A message as a {@link Channel} sends it: plain text (each channel escapes for its own format), a local link and
 * the idempotency key that lets a receiver recognise a retry.
 *
 * @param attempts how many times sending it was tried before this one
 */
public record Message(long id, String kind, String channel, String recipient, String title, String body, String link,
                      String idempotencyKey, int attempts) {
}
