package dev.signpost.live;

import io.smallrye.mutiny.Multi;

/**
 * Small change notices between app instances, so that a live page on any instance learns of a change made on any
 * other. A notice is a hint to re-read state, not the state itself: delivery is at most once, and notices sent
 * while an instance cannot listen (its listener connection is down) are lost to that instance.
 */
public interface LiveBus {

    /** The longest message, in UTF-16 code units ({@link String#length()}). */
    int MAX_MESSAGE_LENGTH = 1000;
    /** The longest channel name, in UTF-16 code units. */
    int MAX_CHANNEL_LENGTH = 200;

    /**
     * Sends {@code message} to every subscriber of {@code channel} on every instance. Inside a JTA transaction the
     * notice is delivered only once the transaction commits, and never if it rolls back. On PostgreSQL this runs a
     * statement on the caller's datasource connection; call it where database work may be done.
     *
     * @param channel a short key such as {@code lean-coffee:42}: not blank, at most {@value #MAX_CHANNEL_LENGTH}
     *                characters, no control characters
     * @param message a short text of at most {@value #MAX_MESSAGE_LENGTH} characters, without NUL
     * @throws IllegalArgumentException when the channel or the message breaks those rules
     */
    void publish(String channel, String message);

    /**
     * Every message published to {@code channel} after the subscription, on any instance, in the order they were
     * committed, until the subscriber cancels (which frees everything held for it). Messages are emitted on the
     * publishing or listening thread: subscribers must not block (use {@code emitOn} if they need to). A subscriber
     * that has more than {@value InProcessBus#BUFFERED} messages it has not taken is dropped from the bus and, after
     * those, fails with a {@code BackPressureFailure}; a live page then reconnects and re-reads its state.
     *
     * @throws IllegalArgumentException when the channel is not valid (see {@link #publish})
     */
    Multi<String> subscribe(String channel);

    /**
     * Ends every subscription on this instance and makes later ones end at once: live pages, whose event streams end,
     * reconnect (through the load balancer, to another instance) and re-read their state. Called when the instance
     * begins to shut down, so that no open stream holds up its graceful shutdown. Publishing still works.
     */
    void endSubscriptions();
}
