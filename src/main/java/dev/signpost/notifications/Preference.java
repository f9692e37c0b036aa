package dev.signpost.notifications;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A person's chosen {@link Cadence} for one {@link Kind}. */
@Entity
@Table(name = "notification_preference")
public class Preference extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Convert(converter = Cadence.Column.class)
    @Column(nullable = false, length = 20)
    public Cadence cadence;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Embeddable
    public static class Key implements Serializable {
        @Column(nullable = false, length = NewMessage.RECIPIENT_LENGTH)
        public String username;
        @Column(nullable = false, length = NewMessage.KIND_LENGTH)
        public String kind;

        public Key() {
        }

        Key(String username, String kind) {
            this.username = username;
            this.kind = kind;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(username, key.username) && Objects.equals(kind, key.kind);
        }

        @Override
        public int hashCode() {
            return Objects.hash(username, kind);
        }
    }
}
