package dev.signpost.leancoffee;

import dev.signpost.leancoffee.rules.Thumb;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A participant's thumb at the end of a topic's timebox round. */
@Entity
@Table(name = "lean_coffee_thumb")
@IdClass(LeanCoffeeThumb.Key.class)
public class LeanCoffeeThumb extends PanacheEntityBase {

    @Id
    @Column(name = "topic_id")
    public Long topicId;

    @Id
    @Column(name = "round")
    public int round;

    @Id
    @Column(length = 100)
    public String voter;

    @Convert(converter = Columns.ThumbColumn.class)
    @Column(nullable = false, length = 10)
    public Thumb thumb;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The primary key: one thumb per topic, round and person. */
    public static class Key implements Serializable {
        public Long topicId;
        public int round;
        public String voter;

        public Key() {
        }

        public Key(Long topicId, int round, String voter) {
            this.topicId = topicId;
            this.round = round;
            this.voter = voter;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(topicId, key.topicId) && round == key.round && Objects.equals(voter, key.voter);
        }

        @Override
        public int hashCode() {
            return Objects.hash(topicId, round, voter);
        }
    }
}
