package dev.signpost.notifications.chat;

import dev.signpost.notifications.Channel;
import dev.signpost.notifications.Delivery;
import dev.signpost.notifications.Message;
import dev.signpost.notifications.NotificationsConfig;
import dev.signpost.notifications.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Optional;

/**
 * The chat channel: a SIG's message (its recipient is the SIG's slug) posted to the SIG's webhook in the webhook's
 * format, once the webhook's turn has come ({@link WebhookTurns}; until then the message waits, uncounted). With
 * {@code mode=keep} nothing leaves the machine: the message counts as delivered with a note, for
 * {@code /admin/notifications/chat} to show.
 */
@ApplicationScoped
public class ChatChannel implements Channel {

    /** The note a kept message is marked sent with. */
    public static final String KEPT = "kept, not sent (signpost.notifications.chat.mode=keep)";
    private static final Logger LOG = Logger.getLogger(ChatChannel.class);

    @Inject
    SigWebhooks webhooks;
    @Inject
    WebhookTurns turns;
    @Inject
    WebhookPost post;
    @Inject
    NotificationsConfig notifications;

    @Override
    public String name() {
        return Outbox.CHAT;
    }

    @Override
    public Delivery send(Message message) {
        if (webhooks.mode() == ChatMode.KEEP) {
            LOG.infof("Chat message %d for SIG %s kept, not sent (mode keep): %s", message.id(), message.recipient(), ChatText.oneLine(message.title()));
            return Delivery.accepted(KEPT);
        }
        Optional<ChatConfig.Hook> configured = webhooks.hook(message.recipient());
        if (configured.isEmpty()) {
            return Delivery.permanentFailure("SIG '" + message.recipient() + "' has no chat webhook (" + SigWebhooks.PREFIX
                    + "\"" + message.recipient() + "\".url); it was removed after the message was queued");
        }
        ChatConfig.Hook hook = configured.get();
        String json = ChatPayloads.json(hook.format(), message.title(), message.body(),
                ChatPayloads.link(notifications.portalUrl(), message.link()));
        Optional<Duration> wait = turns.take(SigWebhooks.key(hook.url()), WebhookTurns.interval(hook.perSecond()));
        if (wait.isPresent()) {
            return Delivery.notYet(wait.get());
        }
        return post.post(hook.url(), json, message.idempotencyKey());
    }
}
