package dev.signpost.notifications;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

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
    public static class Key implements Serializable {
        @Column(nullable = false, length = NewMessage.RECIPIENT_LENGTH)
        public String username;
        @Column(name = "subject_type", nullable = false, length = TYPE_LENGTH)
        public String subjectType;
        @Column(name = "subject_key", nullable = false, length = KEY_LENGTH)
        public String subjectKey;

        public Key() {
        }

        Key(String username, String subjectType, String subjectKey) {
            this.username = username;
            this.subjectType = subjectType;
            this.subjectKey = subjectKey;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(username, key.username) && Objects.equals(subjectType, key.subjectType)
                    && Objects.equals(subjectKey, key.subjectKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(username, subjectType, subjectKey);
        }
    }
}
