package dev.signpost.notifications.inbox;

import dev.signpost.notifications.Channel;
import dev.signpost.notifications.Delivery;
import dev.signpost.notifications.Message;
import dev.signpost.notifications.Outbox;
import dev.signpost.web.HeaderCounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;

/**
 * The in-portal channel: delivers a message into its recipient's notifications, in the dispatcher's transaction, so
 * the notification appears exactly when the message is marked sent. A message delivered before (same key) is accepted
 * again without a second notification.
 */
@ApplicationScoped
public class PortalChannel implements Channel {

    public static final String NAME = Outbox.PORTAL;

    @Inject
    Clock clock;
    @Inject
    HeaderCounts headerCounts;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Delivery send(Message message) {
        if (Notification.delivered(message.idempotencyKey())) {
            return Delivery.accepted();
        }
        Notification notification = new Notification();
        notification.recipient = message.recipient();
        notification.kind = message.kind();
        notification.title = message.title();
        notification.body = message.body();
        notification.link = message.link();
        notification.messageKey = message.idempotencyKey();
        notification.createdAt = clock.instant();
        notification.persist();
        headerCounts.forget(message.recipient()); // the bell of this instance shows it on the next page
        return Delivery.accepted();
    }
}
