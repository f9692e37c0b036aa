package dev.signpost.notifications.follows;

import dev.signpost.notifications.NewMessage;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** Someone follows a subject (a tool, a roadmap item, a campaign): they hear when it changes. */
@Entity
@Table(name = "follow")
public class Follow extends PanacheEntityBase {

    /** The longest subject type and key a follow can name. */
    static final int TYPE_LENGTH = 40;
    static final int KEY_LENGTH = 200;

    @EmbeddedId
    public Key key;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** One row per person and subject. */
    @Embeddable
    public record Key(
            @Column(nullable = false, length = NewMessage.RECIPIENT_LENGTH) String username,
            @Column(name = "subject_type", nullable = false, length = TYPE_LENGTH) String subjectType,
            @Column(name = "subject_key", nullable = false, length = KEY_LENGTH) String subjectKey) implements Serializable {
    }
}
