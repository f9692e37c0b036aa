package dev.signpost.notifications;

/**
 * Whether a SIG's chat channel takes messages: the {@link Outbox} asks before it queues one, so a SIG without a
 * webhook collects no rows nobody will send. Implemented by {@code notifications.chat} from its configuration.
 */
public interface ChatHooks {

    /** Whether messages for the SIG with this slug should be queued on the chat channel. */
    boolean wanted(String sigSlug);
}
