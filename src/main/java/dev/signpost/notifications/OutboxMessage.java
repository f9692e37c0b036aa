package dev.signpost.notifications;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/** One message in the outbox: what to tell whom through which channel, and how far its delivery got. */
@Entity
@Table(name = "notification_outbox")
public class OutboxMessage extends PanacheEntityBase {

    static final int ERROR_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = NewMessage.KIND_LENGTH)
    public String kind;

    @Column(nullable = false, length = NewMessage.CHANNEL_LENGTH)
    public String channel;

    @Column(nullable = false, length = NewMessage.RECIPIENT_LENGTH)
    public String recipient;

    @Column(nullable = false, length = NewMessage.TITLE_LENGTH)
    public String title;

    @Column(nullable = false, length = NewMessage.BODY_LENGTH)
    public String body;

    @Column(nullable = false, length = NewMessage.LINK_LENGTH)
    public String link;

    @Column(name = "idempotency_key", nullable = false, length = NewMessage.KEY_LENGTH)
    public String idempotencyKey;

    @Convert(converter = OutboxStatus.Column.class)
    @Column(nullable = false, length = 10)
    public OutboxStatus status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "last_error", length = ERROR_LENGTH)
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "claimed_by", length = 100)
    public String claimedBy;

    @Column(name = "claimed_until")
    public Instant claimedUntil;

    static Optional<OutboxMessage> byKey(String key) {
        return find("idempotencyKey", key).firstResultOptional();
    }

    /** Where the admin page's forms for this message post: {@code retry} or {@code discard}. */
    public String action(String what) {
        return "/admin/notifications/" + id + "/" + what;
    }

    /** What a channel is given to send: the message's content, never the entity. */
    public Message message() {
        return new Message(id, kind, channel, recipient, title, body, link, idempotencyKey, attempts);
    }
}
