package dev.signpost.notifications.chat;

import dev.signpost.database.Database;
import dev.signpost.notifications.NotificationsConfig;
import dev.signpost.notifications.Outbox;
import dev.signpost.notifications.OutboxMessage;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/**
 * What an admin sees of the chat channel: whether messages are sent or kept, each SIG's webhook (its host and format,
 * never its address), and the latest chat messages with the payload each was (or, kept, would have been) posted as.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ChatMessages {

    static final int LATEST = 30;

    /** One SIG's webhook as an admin may see it. */
    public record HookRow(String sig, String format, String perSecond, String host) {
    }

    /** One chat message with its rendered payload; {@code asFormat} is the format it is shown in. */
    public record MessageRow(long id, String sig, String title, String status, String note, Instant createdAt,
                             String asFormat, boolean hooked, String payload) {
    }

    /** The page: the mode, the webhooks and the latest messages, newest first. */
    public record View(ChatMode mode, List<HookRow> hooks, List<MessageRow> messages) {
        public boolean keeping() {
            return mode == ChatMode.KEEP;
        }
    }

    @Inject
    SigWebhooks webhooks;
    @Inject
    NotificationsConfig notifications;
    @Inject
    Database database;

    public View view() {
        database.requireReady();
        List<HookRow> hooks = webhooks.all().entrySet().stream().map(e -> new HookRow(e.getKey(), code(e.getValue().format()),
                perSecond(e.getValue().perSecond()), SigWebhooks.host(e.getValue().url()))).toList();
        List<OutboxMessage> latest = OutboxMessage.<OutboxMessage>find("channel", Sort.descending("createdAt").and("id", Sort.Direction.Descending),
                Outbox.CHAT).page(0, LATEST).list();
        return new View(webhooks.mode(), hooks, latest.stream().map(this::row).toList());
    }

    private MessageRow row(OutboxMessage m) {
        var hook = webhooks.hook(m.recipient);
        ChatFormat format = hook.map(ChatConfig.Hook::format).orElse(ChatFormat.SLACK);
        String payload = ChatPayloads.pretty(format, m.title, m.body, ChatPayloads.link(notifications.portalUrl(), m.link));
        return new MessageRow(m.id, m.recipient, m.title, m.status.label(), m.lastError == null ? "" : m.lastError, m.createdAt,
                code(format), hook.isPresent(), payload);
    }

    private static String code(ChatFormat format) {
        return format.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String perSecond(double perSecond) {
        return perSecond == Math.rint(perSecond) ? String.valueOf((long) perSecond) : String.valueOf(perSecond);
    }
}
