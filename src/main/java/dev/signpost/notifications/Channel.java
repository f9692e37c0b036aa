package dev.signpost.notifications;

/**
 * A way of delivering outbox messages (the portal now; email and chat later), as a CDI bean named by {@link #name()}.
 * {@link #send} runs in the dispatcher's transaction for that one message: a channel that writes to the database
 * commits together with the message being marked sent. It answers what the receiver said; it throws only for
 * surprises, which count as "retry later".
 */
public interface Channel {

    /** The name stored in an outbox message's channel column. */
    String name();

    Delivery send(Message message);
}
