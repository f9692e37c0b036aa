package dev.signpost.leancoffee;

import dev.signpost.leancoffee.rules.Timebox;
import dev.signpost.leancoffee.rules.TopicState;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;

/** A topic proposed in a session, its place on the board, its notes and its current timebox. */
@Entity
@Table(name = "lean_coffee_topic")
public class LeanCoffeeTopic extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "session_id", nullable = false)
    public Long sessionId;

    @Column(nullable = false, length = 120)
    public String title;

    @Column(nullable = false, length = 1000)
    public String pitch;

    @Column(nullable = false, length = 100)
    public String author;

    @Convert(converter = Columns.TopicStateColumn.class)
    @Column(nullable = false, length = 20)
    public TopicState state;

    /** The topic this one was merged into, or null. */
    @Column(name = "merged_into")
    public Long mergedInto;

    @Column(nullable = false, length = 10_000)
    public String notes;

    @Column(name = "timer_started_at")
    public Instant timerStartedAt;

    @Column(name = "timer_seconds")
    public Integer timerSeconds;

    /** 0 before the first timebox, then 1, 2, ... with each extension. */
    @Column(name = "timer_round", nullable = false)
    public int timerRound;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The running or last timebox, or null when none was started. */
    public Timebox timebox() {
        return timerStartedAt == null ? null : new Timebox(timerStartedAt, Duration.ofSeconds(timerSeconds), timerRound);
    }

    public String anchor() {
        return "topic-" + id;
    }
}
