package dev.signpost.leancoffee;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** Someone taking part in a session, and how many of their dots are placed. */
@Entity
@Table(name = "lean_coffee_participant")
@IdClass(LeanCoffeeParticipant.Key.class)
public class LeanCoffeeParticipant extends PanacheEntityBase {

    @Id
    @Column(name = "session_id")
    public Long sessionId;

    @Id
    @Column(length = 100)
    public String username;

    @Column(name = "dots_used", nullable = false)
    public int dotsUsed;

    @Column(name = "joined_at", nullable = false)
    public Instant joinedAt;

    /** The primary key: one row per session and person. */
    public static class Key implements Serializable {
        public Long sessionId;
        public String username;

        public Key() {
        }

        public Key(Long sessionId, String username) {
            this.sessionId = sessionId;
            this.username = username;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(sessionId, key.sessionId) && Objects.equals(username, key.username);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sessionId, username);
        }
    }
}
