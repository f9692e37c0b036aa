package dev.signpost.notifications.chat;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** When a webhook may next be posted to, shared by all instances; named by the hash of its address. */
@Entity
@Table(name = "chat_webhook_pace")
public class WebhookPace extends PanacheEntityBase {

    @Id
    @Column(length = 64)
    public String hook;

    @Column(name = "next_send_at", nullable = false)
    public Instant nextSendAt;
}
