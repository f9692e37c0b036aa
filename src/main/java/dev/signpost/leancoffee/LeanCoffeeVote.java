package dev.signpost.leancoffee;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One dot on a topic. */
@Entity
@Table(name = "lean_coffee_vote")
public class LeanCoffeeVote extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "session_id", nullable = false)
    public Long sessionId;

    @Column(name = "topic_id", nullable = false)
    public Long topicId;

    @Column(nullable = false, length = 100)
    public String voter;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
